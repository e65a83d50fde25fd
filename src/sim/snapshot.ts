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
import type { DictEntry } from './objects/core.ts';
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

/**
 * The frames from the outermost to `top`, written into `into` (a list reused from step to step:
 * its length changes only when the depth does).
 */
export function frameChain(top: Frame | null, into: Frame[]): Frame[] {
  let depth = 0;
  for (let f = top; f !== null; f = f.back) depth++;
  if (into.length !== depth) into.length = depth;
  for (let f = top, i = depth - 1; f !== null; f = f.back, i--) into[i] = f;
  return into;
}

function isModuleFrame(f: Frame): boolean {
  return f.back === null && f.func === null && f.code.name === '<module>';
}

/**
 * One pass over a frame's names per step: the objects they refer to go to `roots` (where the walk
 * starts), and the names become a VarView list, the previous step's list (and its VarView
 * objects) reused where nothing changed: most steps rebind one name, or none.
 */
class FrameScan {
  roots: PyObject[] = [];
  n = 0;
  private built: VarView[] = [];
  private nb = 0;
  private same = true;
  private prev: readonly VarView[] = NO_VARS;

  private add(name: string, o: PyObject, scope: VarView['scope']): void {
    this.roots[this.n++] = o;
    const addr = o.addr;
    const p = this.prev[this.nb];
    if (p !== undefined && p.to === addr && p.name === name) {
      this.built[this.nb++] = p;
      return;
    }
    this.same = false;
    this.built[this.nb++] = { name, to: addr, scope };
  }

  private readonly visitGlobal = (e: DictEntry): void => {
    const k = e.k.v;
    if (typeof k === 'string' && !MODULE_DUNDERS.has(k)) this.add(k, e.v, 'global');
  };

  /** Scans `f`; returns `prev` itself when the frame's names are the same as then. */
  vars(f: Frame, prev: readonly VarView[] | undefined): VarView[] {
    this.prev = prev ?? NO_VARS;
    this.same = prev !== undefined;
    this.nb = 0;
    // (Map.forEach: for..of would allocate an iterator result per name, every step)
    if (isModuleFrame(f)) f.gmap.forEach(this.visitGlobal);
    else {
      const code = f.code;
      const n = Math.min(code.varnames.length, f.fast.length);
      for (let i = 0; i < n; i++) {
        const o = f.fast[i];
        if (o !== null) this.add(code.varnames[i], o, 'fast');
      }
      const cells = code.cellnames.length;
      const names = cells + code.freenames.length;
      for (let i = 0; i < f.cells.length && i < names; i++) {
        this.add(i < cells ? code.cellnames[i] : code.freenames[i - cells], f.cells[i], 'cell');
      }
      if (f.ns !== null) for (const [k, v] of f.ns) if (!k.startsWith('__')) this.add(k, v, 'ns');
    }
    const nb = this.nb;
    if (this.same && nb === this.prev.length) return this.prev as VarView[];
    return this.built.slice(0, nb);
  }
}

const NO_VARS: readonly VarView[] = [];

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

/** Shared empty lists: most steps change, free and hide nothing (never written to). */
const NO_VIEWS: ObjView[] = [];
const NO_ADDRS: number[] = [];

/** Tracked objects beyond which the unreachable check is rate-limited. */
const LARGE_HEAP = 500;
const RECHECK_EVERY = 25;

/** What the observer knows about one drawn object. */
interface Entry {
  o: PyObject;
  view: ObjView | null;
  /** Observation number when last walked. */
  seen: number;
  /**
   * An immutable atom (int, float, str, bool, None of a built-in type): no children, never
   * tracked, so its view changes only with its count, `rc` when the view was made.
   */
  leaf: boolean;
  rc: number;
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
  private scan = new FrameScan();
  private frameScratch: FrameView[] = [];

  /**
   * The frames of `chain` (outermost first) as views, the previous step's where nothing changed;
   * the objects their names refer to are left in `this.scan.roots[0..n)`.
   */
  private frames(chain: Frame[]): FrameView[] {
    const out = this.frameScratch;
    const scan = this.scan;
    scan.n = 0;
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
      const same = p !== undefined && p.id === id;
      const vars = scan.vars(f, same ? p.vars : undefined);
      const func = f.func !== null ? f.func.addr : null;
      if (same && vars === p.vars && p.line === line && p.func === func) out[i] = p;
      else {
        changed = true;
        out[i] = same ? { id, name: p.name, line, vars, func, globals: p.globals } : { id, name: codeOf(f), line, vars, func, globals: isModuleFrame(f) ? f.globals.addr : undefined };
      }
    }
    if (!changed) return this.prevFrames;
    return (this.prevFrames = out.slice(0, chain.length));
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

  private outsideContext(chain: Frame[], order: Entry[], n: number): OutsideContext {
    if (evalStack.codes.length !== 0) {
      // a traced compilation registered every code object
      if (this.codeList !== evalStack.codes) this.codeList = evalStack.codes;
      return { codes: this.codeList, names: evalStack.names, frames: chain, start: this.start, modules: sysModules };
    }
    const before = this.codes.size;
    for (const f of chain) this.codes.add(f.code);
    for (let i = 0; i < n; i++) {
      const e = order[i];
      if (e.view === null && e.o.ob_type.tag === Tag.Func) {
        const info = ((e.o.v as FuncInfo).code as { info?: CodeInfo }).info;
        if (info !== undefined) this.codes.add(info);
      }
    }
    if (this.codes.size !== before) this.codeList = [...this.codes];
    return { codes: this.codeList, frames: chain, start: this.start, modules: sysModules };
  }

  /**
   * Depth first from `start[0..count)`, children in slot order; each object once per observation.
   * Appends to `order` from index `n` and returns the new length. The stack and the order lists
   * are written by index and never shortened: `length = 0` or `pop()` would make V8 drop and
   * regrow their backing stores on every step.
   */
  private walk(start: PyObject[], count: number, order: Entry[], n: number, stamp: number): number {
    const entries = this.entries;
    const stack = this.stack;
    let sp = 0;
    for (let i = count - 1; i >= 0; i--) stack[sp++] = start[i];
    const prev = this.prevOrder;
    const prevLen = this.prevLen;
    const limit = this.objectLimit;
    while (sp > 0) {
      const o = stack[--sp];
      // most steps walk the same objects in the same order as the step before: no hashing then
      const p = n < prevLen ? prev[n] : undefined;
      let e = p !== undefined && p.o === o ? p : entries.get(o);
      if (e === undefined) {
        const tag = o.ob_type.tag;
        const leaf = (tag === T_INT || tag === T_STR || tag === T_FLOAT || tag === T_NONET || tag === T_BOOL) && o.dict === null && !o.ob_type.heap;
        e = { o, view: null, seen: 0, leaf, rc: 0 };
        entries.set(o, e);
      } else if (e.seen === stamp) continue;
      if (n >= limit) {
        this.objectsTruncated = true;
        break;
      }
      if (e.seen === stamp - 1) this.kept++;
      e.seen = stamp;
      order[n++] = e;
      // whether its view is still right is decided here, while the entry is at hand: an
      // unchanged leaf (same object, same count) is the common case; the rest is checked later
      if (e.leaf) {
        if (e.view === null || e.rc !== o.ob_refcnt) this.dirty[this.ndirty++] = e;
        continue;
      }
      this.dirty[this.ndirty++] = e;
      const g = o.gc;
      if (g !== null && g.tracked) this.trackedDrawn++;
      if (isOpaque(o)) continue;
      // children pushed in slot order, then reversed in place: the first child is popped first
      const base = sp;
      sp = listedChildren(o, stack, sp);
      for (let i = base, j = sp - 1; i < j; i++, j--) {
        const t = stack[i];
        stack[i] = stack[j];
        stack[j] = t;
      }
    }
    return n;
  }
  private stack: PyObject[] = [];
  private spare: Entry[] = [];
  private changedScratch: ObjView[] = [];
  private freedScratch: number[] = [];
  private hiddenScratch: number[] = [];
  /** Entries the walk could not vouch for (new, changed, or not atoms): `dirty[0..ndirty)`. */
  private dirty: Entry[] = [];
  private ndirty = 0;
  /** Length of prevOrder (the lists keep stale entries past their length). */
  private prevLen = 0;
  /** Counted by walk(): entries also drawn at the previous step, tracked objects drawn. */
  private kept = 0;
  private trackedDrawn = 0;

  /**
   * The heap at this moment, compared with the previous observation. `chain`: the frames from
   * the outermost to `top` (frameChain). `extraRoots[0..extraCount)`: objects held by
   * interpreter temporaries (drawn like the objects names refer to).
   */
  observe(chain: Frame[], extraRoots?: readonly PyObject[], extraCount = extraRoots?.length ?? 0): Observation {
    const stamp = ++this.stamp;
    // the first statement of a traced compilation: where the static objects' counts start
    if (this.start === null && evalStack.codes.length !== 0) {
      const ctx: OutsideContext = { codes: evalStack.codes, names: evalStack.names, frames: chain, start: null, modules: sysModules };
      this.start = measureStart((o) => heldOutside(o, ctx).reduce((s, r) => s + r.n, 0));
    }
    const frames = this.frames(chain);
    const roots = this.scan.roots;
    let nroots = this.scan.n;
    if (extraRoots !== undefined) for (let i = 0; i < extraCount; i++) roots[nroots++] = extraRoots[i];
    // double-buffered: the previous step's order is still needed below
    const order = this.spare;
    this.kept = 0;
    this.trackedDrawn = 0;
    this.ndirty = 0;
    let n = this.walk(roots, nroots, order, 0, stamp);
    let trackedDrawn = this.trackedDrawn;
    let tracked = 0;
    for (let i = 0; i < generations.length; i++) tracked += generations[i].size;
    let unreachable = this.unreachableObjs;
    let moved = tracked - trackedDrawn !== this.undrawnAtCheck;
    let force = false;
    for (let i = 0; i < unreachable.length; i++) {
      const o = unreachable[i];
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
    if (unreachable.length !== 0) n = this.walk(unreachable, unreachable.length, order, n, stamp);
    trackedDrawn = this.trackedDrawn;
    // garbage drawn now counts as drawn: the check reruns only when something else changes (a
    // postponed check keeps the old reference point, so it still runs later)
    if (recheck) this.undrawnAtCheck = tracked - trackedDrawn;
    this.unreachableObjs = unreachable;

    let ctx: OutsideContext | null = null;
    // gathered in reused lists, then copied at their exact size (a list grown by push from empty
    // keeps room for 17: most of a long trace's memory would be that room)
    const changed = this.changedScratch;
    const freed = this.freedScratch;
    const hidden = this.hiddenScratch;
    let nchanged = 0;
    let nfreed = 0;
    let nhidden = 0;
    const prev = this.prevOrder;
    const prevLen = this.prevLen;
    // every object of the previous step walked again: nothing was freed or hidden
    if (this.kept !== prevLen) for (let i = 0; i < prevLen; i++) {
      const p = prev[i];
      if (p.seen === stamp) continue;
      // not drawn any more: freed (count reached 0), or alive but only internals refer to it
      if (p.o.ob_refcnt <= 0) freed[nfreed++] = p.o.addr;
      else hidden[nhidden++] = p.o.addr;
      this.entries.delete(p.o);
    }
    const dirty = this.dirty;
    for (let i = 0; i < this.ndirty; i++) {
      const e = dirty[i];
      const v = e.view;
      if (v !== null && sameView(v, e.o)) continue;
      ctx ??= this.outsideContext(chain, order, n);
      e.view = makeView(e.o, isOpaque(e.o), ctx, v);
      e.rc = e.o.ob_refcnt;
      changed[nchanged++] = e.view;
    }
    // stale entries past the new length would keep freed objects alive: cleared
    for (let i = n; i < prevLen; i++) prev[i] = undefined as unknown as Entry;
    for (let i = 0; i < this.ndirty; i++) dirty[i] = undefined as unknown as Entry;
    this.spare = prev;
    this.prevOrder = order;
    this.prevLen = n;
    if (recheck) {
      const un = unreachable.map((o) => o.addr);
      const same = un.length === this.prevUnreachable.length && un.every((a, i) => a === this.prevUnreachable[i]);
      if (!same) this.prevUnreachable = un;
    }
    return {
      frames,
      changed: nchanged === 0 ? NO_VIEWS : changed.slice(0, nchanged),
      freed: nfreed === 0 ? NO_ADDRS : freed.slice(0, nfreed),
      hidden: nhidden === 0 ? NO_ADDRS : hidden.slice(0, nhidden),
      unreachable: this.prevUnreachable,
    };
  }

  /** The views of the last observation (the state a collector replay starts from). */
  currentViews(): Map<number, ObjView> {
    const m = new Map<number, ObjView>();
    for (let i = 0; i < this.prevLen; i++) {
      const e = this.prevOrder[i];
      if (e.view !== null) m.set(e.o.addr, e.view);
    }
    return m;
  }
}
