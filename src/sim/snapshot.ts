/**
 * The heap as the learner sees it, captured from the running interpreter: the frames with their
 * names, the objects reachable from those names, and the objects still alive although no name
 * reaches them (a cycle awaiting the collector).
 *
 * "Unreachable" is decided the way the collector decides it (gcmodule.c's update_refs /
 * subtract_refs / move_unreachable), without touching the real gc headers: for every tracked
 * object, ob_refcnt minus the references other tracked objects hold; whatever keeps a positive
 * count is referenced from outside (a frame, the interpreter), and so is everything it reaches.
 * What is left is exactly what `gc.collect()` would find.
 *
 * `HeapObserver.observe()` is called once per step, so it compares against the previous step and
 * builds a new view only for objects that changed (views are immutable and shared).
 */
import type { PyObject } from './objects/pyobject.ts';
import type { FuncInfo } from './objects/abstract.ts';
import { Tag } from './objects/pyobject.ts';
import { generations as heapGenerations } from './heap.ts';
import type { Frame, CodeInfo } from './interpreter/frame.ts';
import { forEachRef, isOpaque } from './references.ts';
import { heldOutside, listedChildren, makeView, sameView, MODULE_DUNDERS as MODULE_DUNDERS_ } from './object-view.ts';
import { evalStack } from './trace-stack.ts';
import { measureStart } from './trace-static.ts';
import type { StartCount } from './trace-static.ts';
import { loaded as sysModules } from './modules/index.ts';
import type { OutsideContext } from './object-view.ts';
import type { FrameView, ObjView, VarView } from './trace-types.ts';

// Read on every step: module-local copies (cheaper than a cross-module binding in hot loops)
const generations = heapGenerations;
const T_INT = Tag.Int;
const T_STR = Tag.Str;
const T_FLOAT = Tag.Float;
const T_NONET = Tag.NoneT;
const T_BOOL = Tag.Bool;

/** Interpreter-defined module globals a learner did not write (hidden from the frame). */
const MODULE_DUNDERS = MODULE_DUNDERS_;

function codeOf(f: Frame): string {
  return f.code.name === '<module>' ? '<module>' : f.code.qualname;
}

function frameVars(f: Frame): VarView[] {
  const vars: VarView[] = [];
  if (isModuleFrame(f)) {
    for (const e of f.gmap.values()) {
      const k = e.k.v;
      if (typeof k !== 'string' || MODULE_DUNDERS.has(k)) continue;
      vars.push({ name: k, to: e.v.addr, scope: 'global' });
    }
    return vars;
  }
  const code = f.code;
  const n = Math.min(code.varnames.length, f.fast.length);
  for (let i = 0; i < n; i++) {
    const o = f.fast[i];
    if (o !== null) vars.push({ name: code.varnames[i], to: o.addr, scope: 'fast' });
  }
  const cellNames = code.cellnames.concat(code.freenames);
  for (let i = 0; i < f.cells.length && i < cellNames.length; i++) {
    vars.push({ name: cellNames[i], to: f.cells[i].addr, scope: 'cell' });
  }
  if (f.ns !== null) for (const [k, v] of f.ns) if (!k.startsWith('__')) vars.push({ name: k, to: v.addr, scope: 'ns' });
  return vars;
}

function isModuleFrame(f: Frame): boolean {
  return f.back === null && f.func === null && f.code.name === '<module>';
}

/** Are the frame's names still `vars`? (the common case; checked without building a list) */
function sameVars(f: Frame, vars: VarView[]): boolean {
  let i = 0;
  if (isModuleFrame(f)) {
    for (const e of f.gmap.values()) {
      const k = e.k.v;
      if (typeof k !== 'string' || MODULE_DUNDERS.has(k)) continue;
      const v = vars[i++];
      if (v === undefined || v.to !== e.v.addr || v.name !== k) return false;
    }
    return i === vars.length;
  }
  const built = frameVars(f);
  if (built.length !== vars.length) return false;
  for (let j = 0; j < built.length; j++) if (built[j].to !== vars[j].to || built[j].name !== vars[j].name) return false;
  return true;
}

function rootsOf(f: Frame, out: PyObject[]): void {
  if (isModuleFrame(f)) {
    for (const e of f.gmap.values()) {
      const k = e.k.v;
      if (typeof k === 'string' && !MODULE_DUNDERS.has(k)) out.push(e.v);
    }
    return;
  }
  for (const o of f.fast) if (o !== null) out.push(o);
  for (const c of f.cells) out.push(c);
  if (f.ns !== null) for (const [k, v] of f.ns) if (!k.startsWith('__')) out.push(v);
}

/**
 * Tracked objects no frame can reach: gc_refs = ob_refcnt minus references from other tracked
 * objects; positive gc_refs means an outside reference; everything reachable from those survives.
 */
export function findUnreachable(): PyObject[] {
  const refs = new Map<PyObject, number>();
  for (const gen of generations) for (const o of gen) refs.set(o, o.ob_refcnt);
  const dec = (_l: string, _k: unknown, t: PyObject) => {
    const r = refs.get(t);
    if (r !== undefined) refs.set(t, r - 1);
  };
  for (const o of refs.keys()) forEachRef(o, dec);
  const reachable = new Set<PyObject>();
  const stack: PyObject[] = [];
  for (const [o, r] of refs) if (r > 0) stack.push(o);
  const mark = (_l: string, _k: unknown, t: PyObject) => {
    if (refs.has(t) && !reachable.has(t)) stack.push(t);
  };
  while (stack.length) {
    const o = stack.pop()!;
    if (reachable.has(o)) continue;
    reachable.add(o);
    forEachRef(o, mark);
  }
  const out: PyObject[] = [];
  for (const o of refs.keys()) if (!reachable.has(o)) out.push(o);
  return out;
}

export interface Observation {
  frames: FrameView[];
  changed: ObjView[];
  freed: number[];
  hidden: number[];
  unreachable: number[];
}

/** Tracked objects beyond which the unreachable check is rate-limited. */
const LARGE_HEAP = 500;
const RECHECK_EVERY = 25;

/** What the observer knows about one drawn object. */
interface Entry {
  o: PyObject;
  view: ObjView | null;
  /** Observation number when last walked. */
  seen: number;
}

/** Compares each step with the previous one; keeps views of unchanged objects. */
export class HeapObserver {
  private frameIds = new WeakMap<Frame, number>();
  private nextFrameId = 1;
  private prevFrames: FrameView[] = [];
  /** One entry per object drawn at the previous step (a persistent map: no per-step hashing setup). */
  private entries = new Map<PyObject, Entry>();
  private prevOrder: Entry[] = [];
  private stamp = 0;
  private prevUnreachable: number[] = [];
  /** More objects than this are not drawn (the learner cannot read them anyway). */
  readonly objectLimit: number;
  objectsTruncated = false;
  /**
   * Tracked objects not drawn at the last full check: interpreter internals (module objects, the
   * iterator of a running loop...). Garbage is always a tracked container that stopped being
   * drawn, or one created without ever being drawn: either way this number moves, and only then
   * does the whole-heap check (findUnreachable) run again.
   */
  private undrawnAtCheck = -1;
  private unreachableObjs: PyObject[] = [];
  private checkedAt = -RECHECK_EVERY;

  constructor(objectLimit = 400) {
    this.objectLimit = objectLimit;
  }

  /** Frames from the innermost `top`, outermost first; `line` is the innermost frame's line. */
  private frames(chain: Frame[]): FrameView[] {
    const out: FrameView[] = [];
    let changed = chain.length !== this.prevFrames.length;
    for (let i = 0; i < chain.length; i++) {
      const f = chain[i];
      let id = this.frameIds.get(f);
      if (id === undefined) {
        id = this.nextFrameId++;
        this.frameIds.set(f, id);
      }
      const line = f.pos ? f.pos.lineno : null;
      const p = this.prevFrames[i];
      const func = f.func !== null ? f.func.addr : null;
      if (p !== undefined && p.id === id && sameVars(f, p.vars)) {
        if (p.line === line && p.func === func) out.push(p);
        else {
          changed = true;
          out.push({ id, name: p.name, line, vars: p.vars, func, globals: p.globals });
        }
      } else {
        changed = true;
        out.push({ id, name: codeOf(f), line, vars: frameVars(f), func, globals: isModuleFrame(f) ? f.globals.addr : undefined });
      }
    }
    if (!changed) return this.prevFrames;
    this.prevFrames = out;
    return out;
  }

  /**
   * Code objects seen so far. The simulator's code objects keep their constants for the whole
   * run (as CPython's module code keeps its nested code objects), so once seen, a code object
   * stays a holder of its constants.
   */
  private codes = new Set<CodeInfo>();
  private codeList: CodeInfo[] = [];

  /** The static objects' counts at the first statement of the run. */
  private start: Map<PyObject, StartCount> | null = null;

  private outsideContext(chain: Frame[], order: Entry[]): OutsideContext {
    if (evalStack.codes.length !== 0) {
      // a traced compilation registered every code object
      if (this.codeList !== evalStack.codes) this.codeList = evalStack.codes;
      return { codes: this.codeList, names: evalStack.names, frames: chain, start: this.start, modules: sysModules };
    }
    const before = this.codes.size;
    for (const f of chain) this.codes.add(f.code);
    for (const e of order) {
      if (e.view === null && e.o.ob_type.tag === Tag.Func) {
        const info = ((e.o.v as FuncInfo).code as { info?: CodeInfo }).info;
        if (info !== undefined) this.codes.add(info);
      }
    }
    if (this.codes.size !== before) this.codeList = [...this.codes];
    return { codes: this.codeList, frames: chain, start: this.start, modules: sysModules };
  }

  /** Depth first from `start`, children in slot order; each object once per observation. */
  private walk(start: PyObject[], order: Entry[], stamp: number): void {
    const entries = this.entries;
    const stack = this.stack;
    const kids = this.kids;
    for (let i = start.length - 1; i >= 0; i--) stack.push(start[i]);
    const prev = this.prevOrder;
    while (stack.length) {
      const o = stack.pop()!;
      // most steps walk the same objects in the same order as the step before: no hashing then
      const p = prev[order.length];
      let e = p !== undefined && p.o === o ? p : entries.get(o);
      if (e === undefined) {
        e = { o, view: null, seen: 0 };
        entries.set(o, e);
      } else if (e.seen === stamp) continue;
      if (order.length >= this.objectLimit) {
        this.objectsTruncated = true;
        stack.length = 0;
        return;
      }
      if (e.seen === stamp - 1) this.kept++;
      e.seen = stamp;
      order.push(e);
      if (o.gc !== null && o.gc.tracked) this.trackedDrawn++;
      const tag = o.ob_type.tag;
      // leaves (most objects): nothing to walk into
      if ((tag === T_INT || tag === T_STR || tag === T_FLOAT || tag === T_NONET || tag === T_BOOL) && o.dict === null && !o.ob_type.heap) continue;
      if (isOpaque(o)) continue;
      kids.length = 0;
      listedChildren(o, kids);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  private stack: PyObject[] = [];
  private kids: PyObject[] = [];
  private roots: PyObject[] = [];
  private spare: Entry[] = [];
  /** Counted by walk(): entries also drawn at the previous step, tracked objects drawn. */
  private kept = 0;
  private trackedDrawn = 0;

  /**
   * The heap at this moment, compared with the previous observation. `extraRoots`: objects held by
   * interpreter temporaries (drawn like the objects names refer to).
   */
  observe(top: Frame | null, extraRoots?: readonly PyObject[]): Observation {
    const stamp = ++this.stamp;
    const chain: Frame[] = [];
    for (let f = top; f !== null; f = f.back) chain.push(f);
    chain.reverse();
    // the first statement of a traced compilation: where the static objects' counts start
    if (this.start === null && evalStack.codes.length !== 0) {
      const ctx: OutsideContext = { codes: evalStack.codes, names: evalStack.names, frames: chain, start: null, modules: sysModules };
      this.start = measureStart((o) => heldOutside(o, ctx).reduce((s, r) => s + r.n, 0));
    }
    const frames = this.frames(chain);
    const roots = this.roots;
    roots.length = 0;
    for (const f of chain) rootsOf(f, roots);
    if (extraRoots !== undefined) for (const o of extraRoots) roots.push(o);
    // double-buffered: the previous step's order is still needed below
    const order = this.spare;
    order.length = 0;
    this.kept = 0;
    this.trackedDrawn = 0;
    this.walk(roots, order, stamp);
    let trackedDrawn = this.trackedDrawn;
    let tracked = 0;
    for (const g of generations) tracked += g.size;
    let unreachable = this.unreachableObjs;
    let moved = tracked - trackedDrawn !== this.undrawnAtCheck;
    let force = false;
    for (const o of unreachable) {
      // freed, or reachable again (a finalizer or gc.get_objects() handed it out)
      if (o.ob_refcnt <= 0 || this.entries.get(o)?.seen === stamp) force = true;
    }
    // the whole-heap check costs O(tracked objects): past LARGE_HEAP a moved count triggers it
    // every RECHECK_EVERY steps at most (the highlight of a new cycle may come a few steps late)
    if (moved && tracked > LARGE_HEAP && stamp - this.checkedAt < RECHECK_EVERY) moved = false;
    const recheck = moved || force;
    if (recheck) {
      unreachable = findUnreachable();
      this.checkedAt = stamp;
    }
    this.walk(unreachable, order, stamp);
    trackedDrawn = this.trackedDrawn;
    // garbage drawn now counts as drawn: the check reruns only when something else changes (a
    // postponed check keeps the old reference point, so it still runs later)
    if (recheck) this.undrawnAtCheck = tracked - trackedDrawn;
    this.unreachableObjs = unreachable;

    let ctx: OutsideContext | null = null;
    const changed: ObjView[] = [];
    const freed: number[] = [];
    const hidden: number[] = [];
    // every object of the previous step walked again: nothing was freed or hidden
    if (this.kept !== this.prevOrder.length) for (const p of this.prevOrder) {
      if (p.seen === stamp) continue;
      // not drawn any more: freed (count reached 0), or alive but only internals refer to it
      if (p.o.ob_refcnt <= 0) freed.push(p.o.addr);
      else hidden.push(p.o.addr);
      this.entries.delete(p.o);
    }
    for (const e of order) {
      const v = e.view;
      if (v !== null) {
        const o = e.o;
        // the common case, inline: an unchanged atom (same object, same count)
        if (v.refcnt === o.ob_refcnt && v.items === null && v.nrefs === 0 && o.gc === null && !v.opaque) {
          const tag = o.ob_type.tag;
          if (tag === T_INT || tag === T_STR || tag === T_FLOAT || tag === T_NONET || tag === T_BOOL) continue;
        }
        if (sameView(v, o)) continue;
      }
      ctx ??= this.outsideContext(chain, order);
      e.view = makeView(e.o, isOpaque(e.o), ctx);
      changed.push(e.view);
    }
    this.spare = this.prevOrder;
    this.prevOrder = order;
    if (recheck) {
      const un = unreachable.map((o) => o.addr);
      const same = un.length === this.prevUnreachable.length && un.every((a, i) => a === this.prevUnreachable[i]);
      if (!same) this.prevUnreachable = un;
    }
    return { frames, changed, freed, hidden, unreachable: this.prevUnreachable };
  }

  /** The views of the last observation (the state a collector replay starts from). */
  currentViews(): Map<number, ObjView> {
    const m = new Map<number, ObjView>();
    for (const e of this.prevOrder) if (e.view !== null) m.set(e.o.addr, e.view);
    return m;
  }
}
