/**
 * The generational cycle collector, after CPython 3.11's Modules/gcmodule.c (same phases, same
 * names, same order of events, so a learner can read the C beside this file).
 *
 * Invariants (checked by gc.test.ts like `validate_list` in a debug build):
 * - every tracked object is in exactly one list: generations[0..2], `permanent` (gc.freeze), or,
 *   while a collection runs, `collectingLists` (`unreachable` = 3, `still_unreachable` = 4);
 * - after `subtract_refs`, an object's gc_refs is the number of references to it from outside
 *   the generations being collected (ob_refcnt minus the references from collected objects).
 *
 * Simulator specifics, each documented where it matters:
 * - dicts are created untracked in CPython and tracked when a container is stored in them
 *   (MAINTAIN_TRACKING). Here every dict is in a generation list (so the collector never misses a
 *   cycle through one), and what CPython would say about its tracking is kept in `trackedDicts`,
 *   updated when the collector or gc.is_tracked/get_objects looks at the dict (`dictTracked`).
 *   An untracked dict is never part of the collected set (as in CPython, where it is in no list).
 * - start-up: CPython's own start-up objects (about 4,000 tracked objects in `python3 -S`) are not
 *   simulated; STARTUP_COUNT, STARTUP_YOUNG, STARTUP_LONG_LIVED and PRECOMPILE_FREE_LISTS model
 *   their effect on gc.get_count() and on when collections run (measured, see below).
 * - free lists (heap.ts freeLists): a list, dict or tuple recycled through one is not a gc
 *   allocation or deallocation; a full collection empties them, as clear_freelists does.
 * - an instance whose `__dict__` was read counts one more unreachable container
 *   (heap.ts materializedDicts).
 */
import { PyObject, PyType, Tag } from './objects/pyobject.ts';
import type { DictEntry } from './objects/core.ts';
import type { FuncInfo } from './objects/abstract.ts';
import {
  GcList, collectingLists, deallocHooks, deallocQuiet, decref, freeLists, materializedDicts, gcCount, gcHooks, gcListSwapIds, gcUntrack, generations, incref,
  permanent, gcSerial,
} from './heap.ts';
import { tp_clear, tp_traverse } from './objects/traverse.ts';
import type { Visit } from './objects/traverse.ts';
import { gcPhaseHook } from './trace-hooks.ts';
import type { GcPhase, GcPhaseEvent } from './trace-types.ts';
import { slotsOf, weakrefHooks } from './weakrefs.ts';
import { heapTypes } from './objects/abstract.ts';
import { AttrDict } from './objects/attrdict.ts';
import { resetTextIO } from './textio-count.ts';
import { resetImportCount } from './import-count.ts';
import { resetFirstUse } from './first-use.ts';

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/*
 * CPython's start-up state, which the simulator does not build object by object (measured by
 * src/tools/measure/gc_startup.py for `python3 -S`; the simulator's own start-up objects are
 * subtracted so a program sees CPython's numbers):
 * - gc.get_count() is (410, 6, 0) when the compiler starts on a program file (PRECOMPILE_COUNT,
 *   gdb); what compiling adds is compile-model/'s, what `import gc` adds import-count.ts's, and
 *   the first line of a program that imports gc sees (448, 6, 0) in the fidelity corpus's
 *   environment (python3 -S, PYTHONUNBUFFERED unset: an unbuffered stdout changes it);
 * - about 4,000 tracked start-up objects sit in generations 0 and 1 (439 + 3,584); the first
 *   generation-1 collection adds them to long_lived_pending (STARTUP_YOUNG), and a full
 *   collection counts them in long_lived_total: 3,992 objects in generation 2 after gc.collect(),
 *   24 of which the simulator has itself (STARTUP_LONG_LIVED). These two numbers decide when a
 *   generation-2 collection may run (`gc_api/generations_progression` needs long_lived_total in
 *   3072..4096).
 */
export const STARTUP_COUNT: readonly number[] = [410, 6, 0];
export const STARTUP_YOUNG = 439 + 3584 - 21;
export const STARTUP_LONG_LIVED = 3992 - 24;

/**
 * What CPython 3.11 has on its free lists (lists, dicts, tuples by length) and in gc.get_count()
 * when `_PyAST_Compile` starts on a program file (the parser's arena list made): the same for
 * every program. Read with gdb (`break _PyAST_Compile`, then `_PyRuntime.interpreters.main`'s
 * list.numfree, dict_state.numfree, tuple.numfree[] and gc.generations[0].count): from there the
 * compiler model (compile-model/) reproduces CPython's state at `run_eval_code_obj` object for
 * object. A full collection empties the free lists (clear_freelists).
 */
export const PRECOMPILE_FREE_LISTS = { list: 1, dict: 2, tuple: [0, 3, 2, 2, 1, 1, 3, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0] };
export const PRECOMPILE_COUNT = 410;

export interface GenStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export const gcState = {
  enabled: true,
  thresholds: [700, 10, 10] as [number, number, number],
  debug: 0,
  /** True while a collection runs (gcstate->collecting): no nested automatic collection. */
  collecting: false,
  long_lived_total: 0,
  long_lived_pending: 0,
  /** Start-up objects of CPython's younger generations not yet moved by a collection (see above). */
  startupYoung: 0,
  stats: [] as GenStats[],
  /** gc.garbage and gc.callbacks, created when the gc module is first imported in a run. */
  garbage: null as PyObject | null,
  callbacks: null as PyObject | null,
  /** Callbacks into the Python world, set by modules/gc.ts (avoids an import cycle). */
  invokeCallbacks: null as ((phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number) => void) | null,
  /** stderr, for the DEBUG_COLLECTABLE lines. */
  debugWrite: null as ((s: string) => void) | null,
};

/** Dicts CPython would report as tracked (see the file comment). */
let trackedDicts = new WeakSet<PyObject>();

/**
 * __main__'s globals dict, and where CPython's module object holding it sits in the lists (the
 * simulator has no module object there). The module starts in gen0 next to its dict, sys.modules
 * in gen1. A full collection while they are still in gen0 finds the module tentatively
 * unreachable (sys.modules comes later in gen2 + gen0 + gen1) and moves it to the end of the list
 * when sys.modules is scanned: from then on it follows the object `after`. Interpreter shutdown
 * reaches the dict through the module (interpreter/shutdown.ts).
 */
export const mainModule: { dict: PyObject | null; after: PyObject | null; moved: boolean } = { dict: null, after: null, moved: false };

/** Per-run reset (called from interpreter/run.ts). */
export function resetCollector(): void {
  mainModule.dict = null;
  mainModule.after = null;
  mainModule.moved = false;
  gcState.enabled = true;
  gcState.thresholds = [700, 10, 10];
  gcState.debug = 0;
  gcState.collecting = false;
  gcState.long_lived_total = 0;
  gcState.long_lived_pending = 0;
  gcState.startupYoung = STARTUP_YOUNG;
  gcCount[0] = STARTUP_COUNT[0];
  gcCount[1] = STARTUP_COUNT[1];
  gcCount[2] = STARTUP_COUNT[2];
  gcState.stats = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  gcState.garbage = null;
  gcState.callbacks = null;
  trackedDicts = new WeakSet();
  // the classes of earlier runs (a worker runs many programs) are garbage now: keeping them
  // leaked ~17 KB a run (a class, its functions and their compiled code)
  heapTypes.clear();
  gcSerial.n = 0;
  presetFreeLists();
  for (const l of collectingLists) l.clear();
  resetTextIO();
  resetFirstUse();
  resetImportCount();
}

/** The free lists and count as the compiler finds them (PRECOMPILE_FREE_LISTS, PRECOMPILE_COUNT). */
export function presetFreeLists(): void {
  gcCount[0] = PRECOMPILE_COUNT;
  freeLists.list = PRECOMPILE_FREE_LISTS.list;
  freeLists.dict = PRECOMPILE_FREE_LISTS.dict;
  for (let i = 0; i < freeLists.tuple.length; i++) freeLists.tuple[i] = PRECOMPILE_FREE_LISTS.tuple[i];
}

// ---- tracking rules ------------------------------------------------------------------------------

function isExactDict(o: PyObject): boolean {
  return o.ob_type.tag === Tag.Dict && !o.ob_type.heap;
}

/** _PyObject_GC_MAY_BE_TRACKED: a gc type, and for a tuple, a tracked one. */
function mayBeTracked(o: PyObject): boolean {
  const g = o.gc;
  if (g === null) return false;
  if (o.ob_type.tag === Tag.Tuple && !o.ob_type.heap) return g.tracked;
  return true;
}

/**
 * The containers of a function the simulator keeps as arrays (objects/function-parts.ts) that
 * CPython's collector would find unreachable with it: the closure tuple (its cells are always
 * tracked), and the defaults tuple, kwdefaults dict and __dict__ when they hold a container (a
 * dict of atomic values is never tracked; a tuple of them is untracked by the first collection
 * it survives, which is assumed here).
 */
function functionPartsTracked(o: PyObject): number {
  const f = o.v as FuncInfo;
  let n = 0;
  if (f.closure !== null || f.classCellClosure === true) n++;
  if (f.defaults !== null && f.builtDefaults === true && f.defaults.some(mayBeTracked)) n++;
  if (f.kwdefaults !== null && [...f.kwdefaults.values()].some(mayBeTracked)) n++;
  if (f.dictCounted === true && o.dict !== null && [...o.dict.values()].some(mayBeTracked)) n++;
  return n;
}

/**
 * The objects of a class (objects/class-parts.ts) CPython's collector finds unreachable with it:
 * the __mro__ tuple (it holds the class), the descriptors, tp_dict when it holds a container (the
 * descriptors are), and the __bases__ tuple unless it holds only built-in types and has survived
 * a collection (untrack_tuples).
 */
function classPartsTracked(t: PyType): number {
  const p = t.classParts;
  if (p === null || p.selfRefs === 0) return 0;
  let n = 1 + p.descriptors;
  if (p.descriptors > 0 || [...t.tp_dict.values()].some(mayBeTracked)) n++;
  if (p.bases.some((b) => b.heap) || p.bornAt === gcSerial.n) n++;
  return n;
}

function dictHoldsContainer(o: PyObject): boolean {
  if (!(o.v instanceof Map)) return false;
  for (const e of (o.v as Map<unknown, DictEntry>).values()) {
    if (mayBeTracked(e.v) || mayBeTracked(e.k)) return true;
  }
  return false;
}

/** Whether CPython would have this dict tracked now (MAINTAIN_TRACKING seen lazily). */
export function dictTracked(o: PyObject): boolean {
  if (trackedDicts.has(o)) return true;
  if (dictHoldsContainer(o)) {
    trackedDicts.add(o);
    return true;
  }
  return false;
}

/** gc.is_tracked(o). */
export function isTracked(o: PyObject): boolean {
  const g = o.gc;
  // built-in functions made once for every run (untracked by the per-run reset) are tracked
  // objects in CPython
  if (g !== null && !g.tracked && o.ob_type.tag === Tag.Builtin && o.ob_refcnt >= 1_000_000) return true;
  if (g === null || !g.tracked) return false;
  return isExactDict(o) ? dictTracked(o) : true;
}

// ---- traversal (tp_traverse, with the types weakrefs.ts adds) --------------------------------------

// func_traverse without func_globals (see `traverse`): one reusable visitor, no closure per call
let funcSkip: PyObject | null = null;
let funcVisit: Visit | null = null;
function visitSkippingGlobals(x: PyObject): void {
  if (funcSkip !== null && x === funcSkip) funcSkip = null;
  else funcVisit!(x);
}

export function traverse(o: PyObject, visit: Visit): void {
  const t = o.ob_type;
  if (t.tag === Tag.Func && !t.heap) {
    // the simulator's functions do not own a reference to their globals (func_globals): visit
    // only the references ob_refcnt counts, or subtract_refs would make live objects look dead
    const savedSkip = funcSkip;
    const savedVisit = funcVisit;
    funcSkip = (o.v as FuncInfo).globals;
    funcVisit = visit;
    try {
      tp_traverse(o, visitSkippingGlobals);
    } finally {
      funcSkip = savedSkip;
      funcVisit = savedVisit;
    }
    return;
  }
  if (t.tag === Tag.Dict && !t.heap && o.v instanceof Map) {
    // dict_traverse: a table with only str keys visits the values alone
    const m = o.v as Map<unknown, DictEntry>;
    let unicode = true;
    for (const e of m.values()) {
      if (e.k.ob_type.tag !== Tag.Str) {
        unicode = false;
        break;
      }
    }
    for (const e of m.values()) {
      if (!unicode) visit(e.k);
      visit(e.v);
    }
    return;
  }
  if (t.tag === Tag.WeakRef) {
    const slots = slotsOf(t);
    if (slots !== undefined) {
      slots.traverse(o, visit);
      return;
    }
  }
  tp_traverse(o, visit);
}

/*
 * The collector's two hot visitors (visit_decref, visit_reachable) are specialised below for the
 * commonest containers (lists, tuples, instances): the same references in tp_traverse's order,
 * without an indirect call per reference. Anything else goes through `traverse`.
 * gcbits: bit 0 header, bit 1 tracked, bits 3+ the id of the object's list (objects/pyobject.ts).
 */
function hasFastTraverse(tag: Tag): boolean {
  return tag === Tag.Object || tag === Tag.List || tag === Tag.Tuple;
}

/** visit_decref for one referent. */
function decrefIn(op: PyObject, genBits: number): void {
  const b = op.gcbits;
  if ((b & 3) === 3 && b >> 3 === genBits && op.gc_refs > 0) op.gc_refs--;
}

function subtractFrom(o: PyObject, genBits: number): void {
  const t = o.ob_type;
  if (t.tag !== Tag.Object) {
    const items = o.v as PyObject[];
    for (let i = items.length - 1; i >= 0; i--) decrefIn(items[i], genBits);
  }
  const d = o.dict;
  if (d !== null) {
    if (d instanceof AttrDict) {
      const vals = d.vals;
      const n = d.size;
      for (let i = 0; i < n; i++) decrefIn(vals[i], genBits);
    } else for (const v of d.values()) decrefIn(v, genBits);
  }
  if (t.heap) decrefIn(t, genBits);
}

// ---- trace events (zero cost when nobody listens) --------------------------------------------------

function emit(phase: GcPhase, generation: number, lists: GcList[] | PyObject[], unreachable: GcList | null, extra?: Partial<GcPhaseEvent>): void {
  const fn = gcPhaseHook.fn;
  if (fn === null) return;
  const objects: { addr: number; gc_refs: number }[] = [];
  for (const l of lists) {
    if (l instanceof GcList) {
      for (let o = l.first; o !== null; o = o.gc!.next) objects.push({ addr: o.addr, gc_refs: o.gc!.gc_refs });
    } else if (l.gc !== null) objects.push({ addr: l.addr, gc_refs: l.gc.gc_refs });
  }
  const ev: GcPhaseEvent = { phase, generation, objects, ...extra };
  if (unreachable !== null) {
    const un: number[] = [];
    for (let o = unreachable.first; o !== null; o = o.gc!.next) un.push(o.addr);
    ev.unreachable = un;
  }
  fn(ev);
}

// ---- the phases ------------------------------------------------------------------------------------

/**
 * gc_list_merge: splice `from` onto the end of `to`. Only the list ids in gcbits need a pass, over
 * the smaller list: a large `from` keeps its id and gives it to `to` (heap.ts gcListSwapIds), so a
 * full collection after building a large young generation does not retag all of it.
 */
export function gc_list_merge(from: GcList, to: GcList): void {
  const first = from.first;
  if (first === null || from === to) return;
  if (from.size > to.size) {
    const bits = from.id << 3;
    for (let o: PyObject | null = to.first; o !== null; o = o.next) o.gcbits = (o.gcbits & 7) | bits;
    gcListSwapIds(from, to);
  } else {
    const bits = to.id << 3;
    for (let o: PyObject | null = first; o !== null; o = o.next) o.gcbits = (o.gcbits & 7) | bits;
  }
  const last = to.last;
  if (last === null) to.first = first;
  else {
    last.next = first;
    first.prev = last;
  }
  to.last = from.last;
  to.size += from.size;
  from.first = from.last = null;
  from.size = 0;
}

/** gc_refs = ob_refcnt for every object of the set. Untracked dicts are set aside (see above). */
export function update_refs(containers: GcList): void {
  for (let o = containers.first; o !== null; o = o.next) {
    const t = o.ob_type;
    if (t.tag === Tag.Dict && !t.heap && !dictTracked(o)) {
      // not in any list in CPython: treated as outside the set (never unreachable, never counted)
      o.gc_refs = -1;
    } else o.gc_refs = o.ob_refcnt;
  }
}

// The visitors the generic `traverse` calls, as module functions reading the collection's
// parameters from here: no closure is made per collection (nothing re-enters a phase).
let decrefGenBits = 0;
function visit_decref(op: PyObject): void {
  decrefIn(op, decrefGenBits);
}
let reachYoung: GcList | null = null;
let reachUnreachable: GcList | null = null;
let reachGenBits = 0;
let reachUnBits = 0;
function visit_reachable(op: PyObject): void {
  reachIn(op, reachYoung!, reachUnreachable!, reachGenBits, reachUnBits);
}

/** Subtract the references between objects of the set (visit_decref over tp_traverse). */
export function subtract_refs(containers: GcList): void {
  const genBits = containers.id;
  decrefGenBits = genBits;
  // subtractFrom and visit_decref written out for instances, the commonest container: a full
  // collection runs this loop once, over the whole heap, often before V8 has optimized it, when
  // every call costs
  for (let o = containers.first; o !== null; o = o.next) {
    if (o.gc_refs < 0) continue;
    const t = o.ob_type;
    const d = o.dict;
    if (t.tag === Tag.Object && d instanceof AttrDict) {
      const vals = d.vals;
      for (let i = d.size - 1; i >= 0; i--) {
        const op = vals[i];
        const b = op.gcbits;
        if ((b & 3) === 3 && b >> 3 === genBits && op.gc_refs > 0) op.gc_refs--;
      }
      const b = t.gcbits;
      if (t.heap && (b & 3) === 3 && b >> 3 === genBits && t.gc_refs > 0) t.gc_refs--;
    } else if (hasFastTraverse(t.tag)) subtractFrom(o, genBits);
    else traverse(o, visit_decref);
  }
}

/**
 * Split the set: objects with gc_refs > 0 are reachable from outside, and so is everything they
 * reach (visit_reachable); the rest moves to `unreachable`. Tentatively unreachable objects that
 * turn out reachable move back to the end of `young`, which is still being scanned (CPython's
 * single pass). Reachable objects end with gc_refs >= 1.
 */
export function move_unreachable(young: GcList, unreachable: GcList, untrack = Untrack.None, boundary: PyObject | null = null): void {
  const genBits = young.id;
  const unBits = unreachable.id;
  reachYoung = young;
  reachUnreachable = unreachable;
  reachGenBits = genBits;
  reachUnBits = unBits;
  let o = young.first;
  while (o !== null) {
    if (o.gc_refs !== 0) {
      // reachable (an untracked dict's -1 too: it is outside the set); read `next` after the
      // traversal, which may have appended rescued objects to the end of `young`
      const t = o.ob_type;
      if (hasFastTraverse(t.tag)) {
        if (t.tag !== Tag.Object) {
          const items = o.v as PyObject[];
          for (let i = items.length - 1; i >= 0; i--) reachIn(items[i], young, unreachable, genBits, unBits);
        }
        const d = o.dict;
        if (d !== null) {
          if (d instanceof AttrDict) {
            const vals = d.vals;
            const n = d.size;
            for (let i = 0; i < n; i++) reachIn(vals[i], young, unreachable, genBits, unBits);
          } else for (const v of d.values()) reachIn(v, young, unreachable, genBits, unBits);
        }
        if (t.heap) reachIn(t, young, unreachable, genBits, unBits);
      } else traverse(o, visit_reachable);
      const next = o.next;
      if (untrack !== Untrack.None && !t.heap) {
        if (t.tag === Tag.Tuple) maybeUntrackTuple(o);
        else if (t.tag === Tag.Dict && untrack === Untrack.TuplesAndDicts) dictsSeen.push(o);
      }
      if (o === boundary) mainModule.after = young.last;
      o = next;
    } else {
      // young.remove(o) + unreachable.append(o), written out (the loop runs once per object of
      // the collection, often before V8 has optimized it)
      const prev = o.prev;
      const next = o.next;
      if (prev === null) young.first = next;
      else prev.next = next;
      if (next === null) young.last = prev;
      else next.prev = prev;
      young.size--;
      o.gcbits = (o.gcbits & 7) | (unBits << 3);
      const last = unreachable.last;
      o.prev = last;
      o.next = null;
      if (last === null) unreachable.first = o;
      else last.next = o;
      unreachable.last = o;
      unreachable.size++;
      if (o === boundary) mainModule.after = young.last;
      o = next;
    }
  }
}

/** visit_reachable for one referent. */
function reachIn(op: PyObject, young: GcList, unreachable: GcList, genBits: number, unBits: number): void {
  const b = op.gcbits;
  if ((b & 3) !== 3) return;
  const g = b >> 3;
  if (g === unBits) {
    unreachable.remove(op);
    young.append(op);
    op.gc_refs = 1;
  } else if (g === genBits && op.gc_refs === 0) {
    op.gc_refs = 1;
  }
}

/**
 * What untrack_tuples and untrack_dicts (below) do after move_unreachable, done by
 * move_unreachable itself as it passes each reachable object (when no trace listens to the phases
 * in between). The same objects in the same order: move_unreachable passes the reachable objects
 * in the order they end up in `young`, which is the order the separate passes walk, and a tuple's
 * items are tracked or not the same way at that moment in both.
 */
export const enum Untrack {
  None,
  Tuples,
  TuplesAndDicts,
}

/** _PyTuple_MaybeUntrack: a tuple of objects that can never be in a cycle leaves the collector. */
function maybeUntrackTuple(o: PyObject): void {
  const items = o.v as PyObject[];
  for (let i = 0; i < items.length; i++) if (mayBeTracked(items[i])) return;
  gcUntrack(o);
}

/** _PyTuple_MaybeUntrack over the survivors. */
export function untrack_tuples(young: GcList): void {
  for (let o = young.first; o !== null; ) {
    const next = o.next;
    const t = o.ob_type;
    if (t.tag === Tag.Tuple && !t.heap) maybeUntrackTuple(o);
    o = next;
  }
}

/** _PyDict_MaybeUntrack over the survivors of a full collection. */
export function untrack_dicts(young: GcList): void {
  for (let o = young.first; o !== null; o = o.next) {
    const t = o.ob_type;
    if (t.tag === Tag.Dict && !t.heap && trackedDicts.has(o) && !dictHoldsContainer(o)) trackedDicts.delete(o);
  }
}

/** untrack_tuples then untrack_dicts, fused (each only looks at its own type). */
function untrack_tuples_and_dicts(young: GcList): void {
  for (let o = young.first; o !== null; ) {
    const next = o.next;
    const t = o.ob_type;
    const tag = t.tag;
    if (tag === Tag.Tuple && !t.heap) maybeUntrackTuple(o);
    else if (tag === Tag.Dict && !t.heap) dictsSeen.push(o);
    o = next;
  }
  untrack_seen_dicts();
}

/**
 * The dicts after every tuple, as in the two passes: a tuple a dict holds may just have been
 * untracked.
 */
function untrack_seen_dicts(): void {
  for (let i = 0; i < dictsSeen.length; i++) {
    const d = dictsSeen[i];
    if (trackedDicts.has(d) && !dictHoldsContainer(d)) trackedDicts.delete(d);
  }
  dictsSeen.length = 0;
}
const dictsSeen: PyObject[] = [];

/**
 * Clear the weakrefs to unreachable objects; call the callbacks of the weakrefs that are not
 * themselves garbage (CPython's handle_weakrefs). Returns the number of weakref objects that died
 * once their callback ran.
 */
let weakrefCallbacksRun = 0;
function handle_weakrefs(unreachable: GcList, old: GcList): number {
  if (!weakrefHooks.any()) return 0;
  weakrefCallbacksRun++;
  const targets: PyObject[] = [];
  for (let o = unreachable.first; o !== null; o = o.gc!.next) targets.push(o);
  return weakrefHooks.handleUnreachable(targets, unreachable.generation, old);
}

/**
 * Whether some class of the program defines __del__ (else finalize_garbage has nothing to do, and
 * no Python code can run while garbage is freed). `heapTypes` holds this run's classes only
 * (resetCollector clears it).
 */
function anyFinalizer(): boolean {
  for (const t of heapTypes) if (t.ob_refcnt > 0 && t.lookup('__del__') !== null) return true;
  return false;
}

/**
 * PEP 442: call __del__ once per object, in list order. Returns whether Python code ran. Called
 * only when some class of the run defines __del__ (anyFinalizer).
 */
function finalize_garbage(unreachable: GcList): boolean {
  // __del__ may free objects of the list or move them: walk a snapshot, holding references
  const todo: PyObject[] = [];
  let lastType: PyObject | null = null;
  let lastHas = false;
  for (let o = unreachable.first; o !== null; o = o.gc!.next) {
    const t = o.ob_type;
    if (t !== lastType) {
      lastType = t;
      lastHas = t.heap && t.lookup('__del__') !== null;
    }
    if (lastHas && !o.gc!.finalized) todo.push(o);
  }
  if (todo.length === 0) return false;
  for (const o of todo) {
    // freed meanwhile (a finalizer broke the cycle): its dealloc already ran __del__
    if (o.gc === null || o.gc.finalized) continue;
    incref(o);
    deallocHooks.finalize(o);
    decref(o);
  }
  return true;
}

/** After finalizers: recompute reachability inside `unreachable`; resurrected objects go to `old`. */
function handle_resurrected_objects(unreachable: GcList, still: GcList, old: GcList): void {
  update_refs(unreachable);
  subtract_refs(unreachable);
  move_unreachable(unreachable, still);
  gc_list_merge(unreachable, old);
}

/** tp_clear each object (or keep it in gc.garbage with DEBUG_SAVEALL); survivors go to `old`. */
function delete_garbage(collectable: GcList, old: GcList, quiet: boolean): void {
  const garbage = gcState.garbage;
  // `quiet`: without a finalizer or a weakref, no Python code can run while the set is freed, so
  // the frees need not look for either (heap.ts release)
  deallocQuiet.on = quiet;
  try {
    while (collectable.first !== null) {
      const op: PyObject = collectable.first;
      if ((gcState.debug & DEBUG_SAVEALL) !== 0 && garbage !== null) {
        (garbage.v as PyObject[]).push(incref(op));
      } else {
        incref(op);
        tp_clear(op);
        decref(op); // the last reference may go here: dealloc unlinks it from the list
      }
      if (collectable.first === op) {
        // still alive: move it, it may die later
        collectable.remove(op);
        old.append(op);
      }
    }
  } finally {
    deallocQuiet.on = false;
  }
}

// ---- a collection ----------------------------------------------------------------------------------

export interface CollectResult {
  collected: number;
  uncollectable: number;
}

/** gc_collect_main(generation). */
function gc_collect_main(generation: number): CollectResult {
  if (generation + 1 < 3) gcCount[generation + 1]++;
  for (let i = 0; i <= generation; i++) gcCount[i] = 0;
  // the module object's move (see mainModule): it is appended once the scan is past gen0 and gen1
  const md = mainModule.dict;
  const boundary = generation === 2 && !mainModule.moved && md !== null && (md.gcbits & 3) === 3 && (md.gcbits >> 3) === generations[0].id
    ? (generations[1].last ?? generations[0].last)
    : null;
  if (boundary !== null) mainModule.moved = true;
  for (let i = 0; i < generation; i++) gc_list_merge(generations[i], generations[generation]);
  const young = generations[generation];
  const old = generation < 2 ? generations[generation + 1] : young;
  const unreachable = collectingLists[0];
  const still = collectingLists[1];
  const lists = [young];

  emit('start', generation, lists, null);
  update_refs(young);
  emit('update_refs', generation, lists, null);
  subtract_refs(young);
  emit('subtract_refs', generation, lists, null);
  if (gcPhaseHook.fn === null) {
    // untrack_tuples (and untrack_dicts for a full collection) during move_unreachable's pass:
    // no trace sees the list in between (see Untrack)
    move_unreachable(young, unreachable, young === old ? Untrack.TuplesAndDicts : Untrack.Tuples, boundary);
    if (young === old) untrack_seen_dicts();
  } else {
    move_unreachable(young, unreachable, Untrack.None, boundary);
    emit('move_unreachable', generation, lists, unreachable);
    // a full collection also untracks dicts below (untrack_dicts): one pass over the survivors
    // does both, as nothing between the two changes the list or what the dicts hold
    if (young === old) untrack_tuples_and_dicts(young);
    else untrack_tuples(young);
  }
  // for the trace: the survivors of the collected generations, once they are merged into `old`
  const survivors: PyObject[] = [];
  if (gcPhaseHook.fn !== null) for (let o = young.first; o !== null; o = o.gc!.next) survivors.push(o);
  if (young !== old) {
    if (generation === 1) {
      gcState.long_lived_pending += young.size + gcState.startupYoung;
      gcState.startupYoung = 0;
    }
    gc_list_merge(young, old);
  } else {
    gcState.long_lived_pending = 0;
    gcState.long_lived_total = young.size + STARTUP_LONG_LIVED;
    gcState.startupYoung = 0;
  }
  // no type of the simulator has a legacy tp_del finalizer: nothing is moved to `finalizers`
  emit('move_legacy_finalizers', generation, survivors, unreachable);
  if ((gcState.debug & DEBUG_COLLECTABLE) !== 0) debugCycles('collectable', unreachable);

  const weakBefore = weakrefCallbacksRun;
  let m = handle_weakrefs(unreachable, old);
  emit('handle_weakrefs', generation, survivors, unreachable);
  // anyFinalizer walks the run's classes: once per collection, again only if Python code ran
  const fin = anyFinalizer();
  const ran = (fin && finalize_garbage(unreachable)) || weakrefCallbacksRun !== weakBefore;
  emit('finalize_garbage', generation, survivors, unreachable);
  // no Python code ran since move_unreachable, so nothing can have been resurrected: the
  // recomputation CPython does here would find the same set, so `unreachable` is used as it is
  // (not spliced into `still`, which would re-tag every object)
  if (ran) handle_resurrected_objects(unreachable, still, old);
  const collectable = ran ? still : unreachable;
  emit('handle_resurrected_objects', generation, survivors, collectable);
  m += collectable.size;
  // containers CPython has and the simulator only counts, found unreachable with their owner
  for (let o = collectable.first; o !== null; o = o.next) {
    // a materialized __dict__ (see heap.ts materializedDicts)
    if (materializedDicts.any && materializedDicts.has(o)) m++;
    const tag = o.ob_type.tag;
    if (tag === Tag.Func) m += functionPartsTracked(o);
    // a staticmethod's or classmethod's functools_wraps __dict__ holds __annotations__, a dict
    else if (tag === Tag.StaticMethod || tag === Tag.ClassMethod) m++;
    else if (tag === Tag.Type) m += classPartsTracked(o as PyType);
  }
  delete_garbage(collectable, old, !weakrefHooks.any() && !(ran ? anyFinalizer() : fin));
  emit('delete_garbage', generation, survivors, collectable);

  if (generation === 2) {
    // clear_freelists: only the collection of the highest generation does it, and each object
    // it frees leaves through PyObject_GC_Del, which takes one off the gen0 count (down to 0):
    // what a finalizer allocated and freed onto a free list is uncounted again
    const freed = freeLists.list + freeLists.dict + freeLists.tuple.reduce((a, b) => a + b, 0);
    gcCount[0] = Math.max(0, gcCount[0] - freed);
    freeLists.list = 0;
    freeLists.dict = 0;
    freeLists.tuple.fill(0);
  }
  const st = gcState.stats[generation];
  st.collections++;
  gcSerial.n++;
  st.collected += m;
  emit('done', generation, [], null, { collected: m, uncollectable: 0 });
  return { collected: m, uncollectable: 0 };
}

function debugCycles(msg: string, list: GcList): void {
  for (let o = list.first; o !== null; o = o.gc!.next) {
    gcState.debugWrite?.(`gc: ${msg} <${o.ob_type.name} 0x${o.addr.toString(16)}>\n`);
  }
}

/** Wall time of the last collection (gc_collect_main, callbacks excluded): bench:sim reports it. */
export const gcTimings = { lastMs: 0, lastGeneration: -1 };

/** gc_collect_with_callback: the callbacks see 'start' and 'stop'. */
function collectWithCallback(generation: number): number {
  const cb = gcState.invokeCallbacks;
  if (cb !== null) cb('start', generation, 0, 0);
  const t0 = performance.now();
  const r = gc_collect_main(generation);
  gcTimings.lastMs = performance.now() - t0;
  gcTimings.lastGeneration = generation;
  if (cb !== null) cb('stop', generation, r.collected, r.uncollectable);
  return r.collected + r.uncollectable;
}

/** gc.collect(generation): the number of unreachable objects found. */
export function collect(generation = 2): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    return collectWithCallback(generation);
  } finally {
    gcState.collecting = false;
  }
}

/**
 * Interpreter exit (_PyGC_CollectNoFail in finalize_modules): one full collection without the
 * callbacks, so garbage cycles still waiting for the collector are finalized before the end.
 */
export function collectAtExit(): void {
  if (gcState.collecting || exitCollectionUnseen()) return;
  gcState.collecting = true;
  // the program is over: a trace has nothing to show for this collection
  const hook = gcPhaseHook.fn;
  gcPhaseHook.fn = null;
  try {
    gc_collect_main(2);
  } finally {
    gcPhaseHook.fn = hook;
    gcState.collecting = false;
  }
}

/**
 * Whether the exit collection could not be seen: no Python code can run while it frees the
 * garbage (no `__del__` in any class, no weakref, so no callback; no generator, whose close could
 * run `finally` code), and no debug output is asked for. The program is over and the trace ignores
 * shutdown, so then skipping it changes nothing but the time a run takes (a whole-heap collection:
 * as long as the program itself for a program that builds a large heap).
 */
export function exitCollectionUnseen(): boolean {
  if (gcState.debug !== 0 || weakrefHooks.any() || anyFinalizer()) return false;
  for (const l of generations) {
    for (let o = l.first; o !== null; o = o.next) if (o.ob_type.tag === Tag.Generator) return false;
  }
  return true;
}

/** gc_collect_generations: the oldest generation over its threshold, with the long-lived rule. */
function collect_generations(): void {
  for (let i = 2; i >= 0; i--) {
    if (gcCount[i] > gcState.thresholds[i]) {
      // a full collection only when the pending objects exceed 25% of the long-lived ones
      if (i === 2 && gcState.long_lived_pending < Math.floor(gcState.long_lived_total / 4)) continue;
      collectWithCallback(i);
      break;
    }
  }
}

/** Automatic collection, checked at each gc allocation (_PyObject_GC_Link in 3.11). */
function afterAlloc(): void {
  if (gcCount[0] > gcState.thresholds[0] && gcState.enabled && gcState.thresholds[0] !== 0 && !gcState.collecting) {
    gcState.collecting = true;
    try {
      collect_generations();
    } finally {
      gcState.collecting = false;
    }
  }
}
gcHooks.afterAlloc = afterAlloc;

// ---- queries used by the gc module -----------------------------------------------------------------

/** Tracked objects of one generation (or all), as gc.get_objects lists them. */
export function trackedObjects(generation: number | null): PyObject[] {
  const out: PyObject[] = [];
  const lists = generation === null ? generations : [generations[generation]];
  for (const l of lists) {
    for (let o = l.first; o !== null; o = o.gc!.next) if (!isExactDict(o) || dictTracked(o)) out.push(o);
  }
  return out;
}

export function referents(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  if (o.gc === null) return out;
  traverse(o, (r) => out.push(r));
  return out;
}

export function referrers(targets: PyObject[], exclude: PyObject | null): PyObject[] {
  const want = new Set(targets);
  const out: PyObject[] = [];
  for (const o of trackedObjects(null)) {
    if (o === exclude) continue;
    let hit = false;
    traverse(o, (r) => {
      if (want.has(r)) hit = true;
    });
    if (hit) out.push(o);
  }
  return out;
}

export function freeze(): void {
  for (let i = 0; i < 3; i++) {
    gc_list_merge(generations[i], permanent);
    gcCount[i] = 0;
  }
}

export function unfreeze(): void {
  gc_list_merge(permanent, generations[2]);
}
