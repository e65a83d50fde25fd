/**
 * Where things go: frames in a column on the left, objects to the right, ranked by how many
 * references away from a name they are (dagre, rankdir LR).
 *
 * Stability: dagre lays out the UNION of every object the trace ever draws, once; each step then
 * draws the objects alive at that step at their fixed places, so nothing jumps while stepping
 * (Python Tutor's "objects don't move"). A trace whose union is too large for one readable
 * picture falls back to laying out each step on its own, keeping the place of every object that
 * was already drawn when it still fits (`LayoutMemory`).
 */
import dagre from '@dagrejs/dagre';
import type { HeapState, ObjView, Trace } from '../../sim/trace-types.ts';
import { eachListedRef } from '../../sim/trace-replay.ts';

export interface LayoutOptions {
  /** Hide cached/static objects (small ints, None, interned str, modules, built-ins). */
  hideCached: boolean;
}

export const NODE_W = 196;
export const HEADER_H = 40;
export const ROW_H = 18;
export const MAX_ROWS = 20;
export const FRAME_W = 150;
export const FRAME_HEADER_H = 24;
export const FRAME_GAP = 12;
const MARGIN = 16;
const COLUMN_GAP = 60;
/** Beyond this many objects in the whole trace, each step is laid out on its own. */
export const UNION_LIMIT = 250;

export interface NodeBox {
  addr: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FrameBox {
  id: number;
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Row centre of each shown name. */
  rows: { name: string; to: number; y: number; scope: string }[];
}

export interface HeapLayout {
  frames: FrameBox[];
  nodes: Map<number, NodeBox>;
  width: number;
  height: number;
}

/** Drawn or not, under the options. */
export function isShown(v: ObjView | undefined, opts: LayoutOptions): boolean {
  return v !== undefined && !(opts.hideCached && v.cached);
}

/** The rows an object shows: one per reference (cut at MAX_ROWS, then a "+N more" row). */
export function shownRows(v: ObjView): number {
  if (v.opaque || v.nrefs === 0) return 0;
  return v.nrefs > MAX_ROWS ? MAX_ROWS + 1 : v.nrefs;
}

function nodeHeight(rows: number): number {
  return HEADER_H + rows * ROW_H + (rows > 0 ? 6 : 0);
}

/** Positions kept between steps (top-left corner, objects column coordinates). */
export type Positions = Map<number, { x: number; y: number }>;

interface GraphInput {
  nodes: Map<number, number>; // addr -> rows
  edges: Set<string>; // "from>to"
  roots: number[]; // named from a frame, in order of first appearance
}

function runDagre(input: GraphInput): Positions {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 56, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  g.setNode('frames', { width: 1, height: 1 });
  for (const [addr, rows] of input.nodes) g.setNode(String(addr), { width: NODE_W, height: nodeHeight(rows) });
  for (const a of input.roots) if (input.nodes.has(a)) g.setEdge('frames', String(a), { weight: 2 });
  for (const e of input.edges) {
    const [from, to] = e.split('>');
    if (from !== to) g.setEdge(from, to, { weight: 1 });
  }
  dagre.layout(g);
  const pos: Positions = new Map();
  let minX = Infinity;
  let minY = Infinity;
  for (const addr of input.nodes.keys()) {
    const n = g.node(String(addr));
    minX = Math.min(minX, n.x! - n.width / 2);
    minY = Math.min(minY, n.y! - n.height / 2);
  }
  for (const addr of input.nodes.keys()) {
    const n = g.node(String(addr));
    pos.set(addr, { x: n.x! - n.width / 2 - minX, y: n.y! - n.height / 2 - minY });
  }
  return pos;
}

function addState(input: GraphInput, objects: Iterable<ObjView>, lookup: (a: number) => ObjView | undefined, opts: LayoutOptions): void {
  for (const v of objects) {
    if (!isShown(v, opts)) continue;
    const rows = shownRows(v);
    const prev = input.nodes.get(v.addr);
    if (prev === undefined || prev < rows) input.nodes.set(v.addr, rows);
    if (v.opaque) continue;
    let i = 0;
    // an instance's arrow to its class does not rank the class after its instances
    eachListedRef(v, (_l, kind, t) => {
      if (i++ < MAX_ROWS && kind !== 'type' && isShown(lookup(t), opts)) input.edges.add(v.addr + '>' + t);
    });
  }
}

/**
 * The union layout of a whole trace, or null when it is too large (then `layoutHeap` lays out
 * each step by itself). Reads only the steps' deltas: cost ~ the number of changes, not steps × heap.
 */
export function planTrace(trace: Trace, opts: LayoutOptions): Positions | null {
  const input: GraphInput = { nodes: new Map(), edges: new Set(), roots: [] };
  const latest = new Map<number, ObjView>();
  const seenRoots = new Set<number>();
  const lookup = (a: number) => latest.get(a);
  const first = trace.keyframes[0] ?? [];
  for (const v of first) latest.set(v.addr, v);
  let lastFrames: unknown = null;
  for (const step of trace.steps) {
    for (const v of step.changed) latest.set(v.addr, v);
    if (step.frames !== lastFrames) {
      lastFrames = step.frames;
      for (const f of step.frames) {
        for (const v of f.vars) {
          if (!seenRoots.has(v.to)) {
            seenRoots.add(v.to);
            input.roots.push(v.to);
          }
        }
      }
    }
    addState(input, step.changed, lookup, opts);
    if (input.nodes.size > UNION_LIMIT) return null;
  }
  addState(input, first, lookup, opts);
  if (input.nodes.size > UNION_LIMIT) return null;
  return runDagre(input);
}

/** Positions of objects laid out step by step when no union plan exists. */
export class LayoutMemory {
  positions: Positions = new Map();
}

/** Lay out one step: frames on the left, objects at their planned (or remembered) places. */
export function layoutHeap(state: HeapState, opts: LayoutOptions, plan: Positions | null, memory?: LayoutMemory): HeapLayout {
  // frames column
  const frames: FrameBox[] = [];
  let fy = MARGIN;
  for (const f of state.frames) {
    // every name is listed; one bound to a hidden cached object shows its value inline
    const shown = f.vars.map((v, i) => ({ name: v.name, to: v.to, scope: v.scope, y: fy + FRAME_HEADER_H + i * ROW_H + ROW_H / 2 }));
    const h = FRAME_HEADER_H + Math.max(1, shown.length) * ROW_H + 6;
    frames.push({ id: f.id, name: f.name, x: MARGIN, y: fy, w: FRAME_W, h, rows: shown });
    fy += h + FRAME_GAP;
  }
  const ox = MARGIN + FRAME_W + COLUMN_GAP;
  const oy = MARGIN + 24; // room for the loop of an object that refers to itself
  const visible = [...state.objects.values()].filter((v) => isShown(v, opts));
  let pos: Positions;
  if (plan !== null && visible.every((v) => plan.has(v.addr))) pos = plan;
  else {
    const input: GraphInput = { nodes: new Map(), edges: new Set(), roots: [] };
    for (const f of state.frames) for (const v of f.vars) input.roots.push(v.to);
    addState(input, visible, (a) => state.objects.get(a), opts);
    pos = runDagre(input);
    if (memory !== undefined) pos = keepPlaces(pos, memory, visible);
  }
  const nodes = new Map<number, NodeBox>();
  let width = ox;
  let height = fy;
  for (const v of visible) {
    const p = pos.get(v.addr);
    if (p === undefined) continue;
    const box = { addr: v.addr, x: ox + p.x, y: oy + p.y, w: NODE_W, h: nodeHeight(shownRows(v)) };
    nodes.set(v.addr, box);
    width = Math.max(width, box.x + box.w);
    height = Math.max(height, box.y + box.h);
  }
  return { frames, nodes, width: width + MARGIN, height: height + MARGIN };
}

/** Keep every remembered place that does not overlap another kept one; new objects go to dagre's place. */
function keepPlaces(fresh: Positions, memory: LayoutMemory, visible: ObjView[]): Positions {
  const out: Positions = new Map();
  const boxes: { x: number; y: number; h: number }[] = [];
  const overlaps = (x: number, y: number, h: number) =>
    boxes.some((b) => Math.abs(b.x - x) < NODE_W + 8 && y < b.y + b.h + 8 && b.y < y + h + 8);
  for (const v of visible) {
    const old = memory.positions.get(v.addr);
    const h = nodeHeight(shownRows(v));
    if (old !== undefined && !overlaps(old.x, old.y, h)) {
      out.set(v.addr, old);
      boxes.push({ x: old.x, y: old.y, h });
    }
  }
  for (const v of visible) {
    if (out.has(v.addr)) continue;
    const f = fresh.get(v.addr)!;
    const h = nodeHeight(shownRows(v));
    let y = f.y;
    while (overlaps(f.x, y, h)) y += ROW_H;
    out.set(v.addr, { x: f.x, y });
    boxes.push({ x: f.x, y, h });
  }
  memory.positions = new Map([...memory.positions, ...out]);
  return out;
}
