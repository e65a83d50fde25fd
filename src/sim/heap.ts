/**
 * The simulated heap: addresses, ob_refcnt bookkeeping and deallocation.
 *
 * Addresses come from a size-class allocator shaped like pymalloc: each 16-byte size class owns a
 * region; a freed slot goes on its class's free list and is reused LIFO, so `id()` of a new object
 * may equal a dead one's, as in CPython. `ctypes.c_long.from_address(a)` reads `readRefcnt(a)`:
 * the ob_refcnt of the live object at `a`, or 0 for a freed slot that has not been reused (the
 * simulator zeroes freed memory; CPython's value there is undefined but happens to read 0 in the
 * corpus), or 0 for an address that was never allocated.
 *
 * Deallocation is iterative (a work stack, like CPython's trashcan) so freeing a 100,000-long
 * chain never overflows the JS stack, while keeping CPython's depth-first order.
 */
import { PyObject, Tag, HEAP_BASE, STATIC_BASE, gcListGeneration, gcListIdOf } from './objects/pyobject.ts';
import type { PyType } from './objects/pyobject.ts';

const REGION = 0x10000000;

interface SizeClass {
  size: number;
  next: number;
  free: number[];
  slots: (PyObject | null)[];
}
/** Addresses are kept in 16-byte units (PyObject.a16): a region is this many units. */
const REGION16 = REGION / 16;
const REGION16_SHIFT = 24; // REGION16 === 1 << 24: 65 regions fit a 31-bit integer

const classes: SizeClass[] = [];
for (let ci = 0; ci <= 64; ci++) classes.push({ size: ci * 16, next: 0, free: [], slots: [] });
const staticObjects = new Map<number, PyObject>();
let staticNext = STATIC_BASE;

function sizeClass(size: number): number {
  let idx = (size + 15) >> 4;
  if (idx > 64) idx = 64; // larger objects share the last class (CPython: malloc)
  return idx;
}

/**
 * Bounds on the simulated heap, so a memory bomb stops with a limit message (`limit: 'heap'`)
 * instead of exhausting the tab: live objects are counted at allocation, and a container's item
 * count is checked by `reserveItems` before its JS array is built. `live` restarts at 0 each run.
 */
export const heapBudget = {
  live: 0,
  maxLive: 2_000_000,
  maxItems: 10_000_000,
  // 10M characters (20 MB as a JS string): far more than a lesson needs, little enough for a tab
  maxChars: 10_000_000,
  /** Characters in live strings of LIVE_CHARS_FROM characters or more, and their bound. */
  liveChars: 0,
  maxLiveChars: 40_000_000,
  /** The error to throw; run.ts installs LimitExceeded('heap') (errors.ts imports this module). */
  exceeded: (): unknown => new RangeError('simulated heap limit'),
  /** Reads the clock against the run's time budget (run.ts installs step-budget's checkDeadline). */
  checkTime: null as (() => void) | null,
};

/** Throws the heap limit when a string would be longer than `maxChars` characters. */
export function reserveChars(n: number): void {
  if (n > heapBudget.maxChars) throw heapBudget.exceeded();
  if (n >= LARGE_ALLOCATION && heapBudget.checkTime !== null) heapBudget.checkTime();
}

/**
 * A JavaScript engine's own size limit (a string over ~2**29 characters, an array too long): the
 * simulated heap ran out before the simulator's checks saw it coming. Reported as the heap limit.
 */
export function isJsSizeError(e: unknown): boolean {
  if (!(e instanceof RangeError)) return false;
  // plain string tests: this runs at the bottom of an exhausted JS stack too, where even
  // compiling a regular expression overflows
  const m = e.message;
  return m.startsWith('Invalid string length') || m.startsWith('Invalid array length') || m.startsWith('Invalid typed array length') || m.includes('allocation failed');
}

/** A str object's characters: long strings count against `maxChars` (and the clock) however made. */
export function reserveStr(length: number): void {
  if (length < LIVE_CHARS_FROM) return;
  if (length >= LARGE_ALLOCATION) reserveChars(length);
  if (heapBudget.liveChars + length > heapBudget.maxLiveChars) throw heapBudget.exceeded();
  heapBudget.liveChars += length;
}

/** Throws the heap limit when a container would hold more than `maxItems` references. */
export function reserveItems(n: number): void {
  if (n > heapBudget.maxItems) throw heapBudget.exceeded();
  // one statement building a big list or string can take milliseconds: the time budget is
  // checked at it, not only every few thousand steps (run.ts installs the check)
  if (n >= LARGE_ALLOCATION && heapBudget.checkTime !== null) heapBudget.checkTime();
}
const LARGE_ALLOCATION = 1 << 16;
// many mid-sized strings fill memory as surely as one long one (a list of 30,000 strings of 30K
// characters); the tiny ones are not worth the bookkeeping
const LIVE_CHARS_FROM = 256;

/** Give `o` an address for `size` bytes (object size as CPython counts it, gc header excluded). */
export function allocAddr(o: PyObject, size: number): void {
  if (++heapBudget.live > heapBudget.maxLive) {
    heapBudget.live--;
    throw heapBudget.exceeded();
  }
  const ci = sizeClass(size);
  const c = classes[ci];
  const idx = c.free.length > 0 ? c.free.pop()! : c.next++;
  c.slots[idx] = o;
  // addr = HEAP_BASE + ci * REGION + 16 + idx * c.size, computed in small integers
  o.a16 = ci * REGION16 + 2 + idx * ci;
}

function freeAddr(o: PyObject): void {
  const off = o.a16 - 2;
  if (off < 0 || off >= 65 * REGION16) return;
  const ci = off >> REGION16_SHIFT;
  const c = classes[ci];
  const idx = (off - ci * REGION16) / ci;
  c.slots[idx] = null;
  c.free.push(idx);
  heapBudget.live--;
  const v = o.v;
  if (typeof v === 'string' && v.length >= LIVE_CHARS_FROM) heapBudget.liveChars -= v.length;
}

/**
 * Every run starts from the same heap: the allocator's state and the static objects' counts as
 * they were when the first run began (module load). Objects a previous run left behind (its code
 * constants, for one) are unreachable from the new run, so their slots are simply reused.
 */
interface HeapState {
  classes: { next: number; free: number[]; slots: number }[];
  statics: [PyObject, number][];
}
let savedState: HeapState | null = null;

export function saveHeapState(): void {
  savedState = {
    classes: classes.map((c) => ({ next: c.next, free: c.free.slice(), slots: c.slots.length })),
    statics: [...staticObjects.values()].map((o): [PyObject, number] => [o, o.ob_refcnt]),
  };
}

export function restoreHeapState(): void {
  if (savedState === null) return;
  savedState.classes.forEach((s, i) => {
    const c = classes[i];
    for (let k = s.slots; k < c.slots.length; k++) c.slots[k] = null;
    c.slots.length = s.slots;
    c.next = s.next;
    c.free = s.free.slice();
  });
  for (const [o, n] of savedState.statics) o.ob_refcnt = n;
  // what a run stopped by a limit in the middle of a deallocation left to drop
  deallocStack.length = 0;
}

/** Static (statically allocated in CPython's binary) objects: small ints, None, True... */
export function allocStatic(o: PyObject, size: number): void {
  o.addr = staticNext;
  staticObjects.set(o.addr, o);
  staticNext += (size + 15) & ~15;
}

/** What `ctypes.c_long.from_address(addr).value` reads. */
export function readRefcnt(addr: number): number | null {
  const s = staticObjects.get(addr);
  if (s !== undefined) return s.ob_refcnt;
  const off = addr - HEAP_BASE;
  if (off < 0 || off >= 65 * REGION) return null;
  const ci = Math.floor(off / REGION);
  const c = classes[ci];
  if (c.next === 0) return null; // a size class nothing was ever allocated in
  const rel = off - ci * REGION - 16;
  if (rel < 0 || rel % c.size !== 0) return null;
  const o = c.slots[rel / c.size];
  return o ? o.ob_refcnt : 0;
}

// ---- gc bookkeeping (the collector in gc.ts uses these) ------------------------------------------

/**
 * A generation list: an intrusive doubly-linked list through each object's gc header, like
 * CPython's PyGC_Head lists (O(1) insert/remove, insertion order kept, no hashing).
 */
export class GcList {
  first: PyObject | null = null;
  last: PyObject | null = null;
  size = 0;
  readonly generation: number;
  /** What its objects carry in gcbits >> 3 (objects/pyobject.ts gcListGeneration; see gcListSwapIds). */
  id: number;
  constructor(generation: number) {
    this.generation = generation;
    this.id = generation + 1;
  }
  /** Append a tracked object (its gc header must not be in another list). */
  append(o: PyObject): void {
    // the gc header is the object itself (PyObject.gc): its fields are used directly
    o.gcbits = (o.gcbits & 7) | (this.id << 3);
    const last = this.last;
    o.prev = last;
    o.next = null;
    if (last === null) this.first = o;
    else last.next = o;
    this.last = o;
    this.size++;
  }
  remove(o: PyObject): void {
    const prev = o.prev;
    const next = o.next;
    if (prev === null) this.first = next;
    else prev.next = next;
    if (next === null) this.last = prev;
    else next.prev = prev;
    o.prev = o.next = null;
    this.size--;
  }
  has(o: PyObject): boolean {
    return o.gc !== null && o.gc.tracked && o.gc.generation === this.generation;
  }
  /** Move every object of this list to the end of `other` (gc_list_merge). */
  mergeInto(other: GcList): void {
    for (let o = this.first; o !== null; ) {
      const next = o.gc!.next;
      other.append(o);
      o = next;
    }
    this.first = this.last = null;
    this.size = 0;
  }
  clear(): void {
    for (let o = this.first; o !== null; ) {
      const g = o.gc!;
      const next = g.next;
      g.prev = g.next = null;
      g.tracked = false;
      o = next;
    }
    this.first = this.last = null;
    this.size = 0;
  }
  *[Symbol.iterator](): IterableIterator<PyObject> {
    for (let o = this.first; o !== null; ) {
      const next = o.gc!.next;
      yield o;
      o = next;
    }
  }
}

/** Per-generation lists of tracked objects (insertion ordered, like gc's linked lists). */
export const generations: GcList[] = [new GcList(0), new GcList(1), new GcList(2)];
/** Permanent generation (gc.freeze). */
export const permanent = new GcList(-1);
/** gc.get_count(): generation 0 counts allocations minus deallocations of gc objects. */
export const gcCount = [0, 0, 0];
/** Completed collections so far (a class's __bases__ tuple is untracked by the first it survives). */
export const gcSerial = { n: 0 };

/**
 * Hooks on gc allocations. afterAlloc: the collector's threshold check (automatic collection).
 * counted: for measuring tools only (src/tools/measure/sim_gc_state.ts `allocs`), each
 * allocation that moved the count.
 */
export const gcHooks: { afterAlloc: (() => void) | null; counted: ((what: string) => void) | null } = { afterAlloc: null, counted: null };

export function gcTrack(o: PyObject): void {
  let g = o.gc;
  if (g === null) {
    // the header is inline (see PyObject.gc): a fresh one starts in generation 0, unfinalized
    g = o;
    g.generation = 0;
    g.gc_refs = 0;
    g.finalized = false;
    o.gc = g;
  } else if (g.tracked) return;
  g.tracked = true;
  generations[0].append(o);
}

export function gcUntrack(o: PyObject): void {
  // gcbits (objects/pyobject.ts): bit 0 header, bit 1 tracked, bits 3+ the list's id
  const b = o.gcbits;
  if ((b & 3) !== 3) return;
  o.gcbits = b & ~2;
  gcListById[b >> 3].remove(o);
}

/**
 * The collector's working lists while a collection runs (gc.ts: `unreachable` is generation 3,
 * `still_unreachable` generation 4), so an object freed in the middle of a collection (by a
 * finalizer, by tp_clear) leaves the right list, as gc_list_remove does in CPython.
 */
export const collectingLists: GcList[] = [new GcList(3), new GcList(4)];

/** Every gc list by its id (gcbits >> 3): where gcUntrack finds an object's list. */
const gcListById: GcList[] = [permanent, ...generations, ...collectingLists];

/**
 * Swap two lists' ids (gc.ts gc_list_merge, once every object of both carries `b.id`): CPython
 * splices two PyGC_Head lists in O(1); the simulator tags each object with its list, and this lets
 * a merge retag the smaller list only.
 */
export function gcListSwapIds(a: GcList, b: GcList): void {
  const ia = a.id;
  const ib = b.id;
  a.id = ib;
  b.id = ia;
  gcListById[ib] = a;
  gcListById[ia] = b;
  gcListGeneration[ib] = a.generation;
  gcListGeneration[ia] = b.generation;
  gcListIdOf[a.generation + 1] = ib;
  gcListIdOf[b.generation + 1] = ia;
}

/**
 * CPython 3.11's free lists of exact lists (80), dicts (80) and tuples (2000 per length 1..20: 3.11's free_list[size - 1]):
 * an object taken from one is not a gc allocation and one pushed on it is not a gc deallocation,
 * so neither moves gc.get_count() (fidelity NOTES §2). Only the number of saved objects matters.
 * The state at the start of a run is set by gc.ts (`resetCollector`).
 */
/**
 * Tuples of 1..PyTuple_MAXSAVESIZE items go onto free lists when freed (maybe_freelist_push), but
 * only those under PyTuple_MAXSAVESIZE are taken back (maybe_freelist_pop tests `size <
 * PyTuple_MAXSAVESIZE`): a freed 20-tuple leaves the count as it was, and the next is new.
 */
const PyTuple_MAXSAVESIZE = 20;
export const freeLists = { list: 0, dict: 0, tuple: new Array<number>(PyTuple_MAXSAVESIZE + 1).fill(0) };

/**
 * Set while a type call builds its object (`list(x)`, `dict(a=1)`): list_new and dict_new
 * allocate through tp_alloc (PyType_GenericAlloc), which never takes from the free lists, so
 * such an object always adds to the gc count (a list display or `{}` may not).
 */
let viaTypeCall = false;

/** Makes the object of a type call (see viaTypeCall). */
export function allocByTypeCall<T>(make: () => T): T {
  viaTypeCall = true;
  try {
    return make();
  } finally {
    viaTypeCall = false;
  }
}

type FreeListKind = 'tuple' | 'list' | 'dict';

/**
 * One object of this kind (a tuple of n items) from its free list, if one is saved there. Tuples
 * of 20 items are saved but never taken again (3.11 indexes its tuple free lists by size - 1 when
 * saving and by size when taking; measured).
 */
function freeListTake(kind: FreeListKind, n: number): boolean {
  if (kind === 'tuple') {
    if (n === 0 || n >= PyTuple_MAXSAVESIZE || freeLists.tuple[n] === 0) return false;
    freeLists.tuple[n]--;
    return true;
  }
  if (freeLists[kind] === 0) return false;
  freeLists[kind]--;
  return true;
}

/** A freed object of this kind onto its free list, unless the list is full. */
function freeListGive(kind: FreeListKind, n: number): boolean {
  if (kind === 'tuple') {
    if (n === 0 || n > PyTuple_MAXSAVESIZE || freeLists.tuple[n] >= 2000) return false;
    freeLists.tuple[n]++;
    return true;
  }
  if (freeLists[kind] >= 80) return false;
  freeLists[kind]++;
  return true;
}

function freeListKind(t: PyType): FreeListKind | null {
  if (t.tag === Tag.Tuple) return 'tuple';
  if (t.tag === Tag.List) return 'list';
  if (t.tag === Tag.Dict) return 'dict';
  return null;
}

function freeListPop(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.heap || viaTypeCall) return false;
  const kind = freeListKind(t);
  return kind !== null && freeListTake(kind, kind === 'tuple' ? (o.v as PyObject[]).length : 0);
}

function freeListPush(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.heap) return false;
  const kind = freeListKind(t);
  if (kind === null || (kind !== 'tuple' && t.name !== kind)) return false;
  return freeListGive(kind, kind === 'tuple' ? (o.v as PyObject[]).length : 0);
}

/**
 * Instances whose `__dict__` was read: CPython 3.11 then gives them a real dict object, which a
 * collection counts as one more unreachable container (`cycles/cycle_through_dict`). The
 * simulator keeps the attributes inline and only remembers the fact (gc.ts counts it).
 */
class MaterializedDicts extends WeakSet<PyObject> {
  /** Whether any object was ever added: a collection skips its per-object lookups otherwise. */
  any = false;
  override add(o: PyObject): this {
    this.any = true;
    return super.add(o);
  }
}
export const materializedDicts = new MaterializedDicts();

/** Set by the weakref support (weakrefs.ts): clear the weakrefs to an object being freed. */
export const weakHooks: { clear: ((o: PyObject) => void) | null } = { clear: null };

/** Called when a new gc object is created (allocation counts toward automatic collection). */
export function gcAllocated(o: PyObject): void {
  // 3.11 collects inside the allocation (_PyObject_GC_Link), before the new object is tracked
  if (!freeListPop(o)) {
    gcCount[0]++;
    if (gcHooks.counted !== null) gcHooks.counted(o.ob_type.name);
    if (gcHooks.afterAlloc !== null) gcHooks.afterAlloc();
  }
  gcTrack(o);
}

/**
 * Objects CPython allocates that the simulator keeps no object for (a class's __bases__ and
 * __mro__ tuples, its __dict__ descriptors, a print() call's argument tuple...): the allocation
 * moves gc.get_count() as gcAllocated would (a tuple, list or dict of the built-in type is taken
 * from its free list when one is saved there), without triggering a collection itself (the next
 * real allocation does). `n` is a tuple's length. Returns whether the count moved.
 */
export function gcAllocatedUnseen(kind: FreeListKind | 'other', n = 0): boolean {
  if (kind === 'tuple' && n === 0) return false; // the empty tuple is a singleton
  if (kind !== 'other' && freeListTake(kind, n)) return false;
  gcCount[0]++;
  if (gcHooks.counted !== null) gcHooks.counted(`unseen ${kind}${kind === 'tuple' ? ` of ${n}` : ''}`);
  return true;
}

/**
 * An unseen allocation through _PyObject_GC_Link (not from a free list): like gcAllocatedUnseen,
 * and, as there, it may start an automatic collection before the object exists.
 */
export function gcLinkedUnseen(kind: FreeListKind | 'other', n = 0): void {
  if (gcAllocatedUnseen(kind, n) && gcHooks.afterAlloc !== null) gcHooks.afterAlloc();
}

/** The deallocation of such an object (see gcAllocatedUnseen): onto its free list, or count - 1. */
export function gcFreedUnseen(kind: FreeListKind | 'other', n = 0): void {
  if (kind === 'tuple' && n === 0) return;
  if (kind !== 'other' && freeListGive(kind, n)) return;
  if (gcCount[0] > 0) gcCount[0]--;
}

// ---- reference counting ---------------------------------------------------------------------------

/** Type-specific behaviour the object modules register (avoids import cycles). */
export interface DeallocHooks {
  /** Run `__del__` if the type has one; true when the object was resurrected. */
  finalize: (o: PyObject) => boolean;
  /**
   * Push the references `o` owns onto `stack`, last-dropped first: popping them gives the order
   * CPython's tp_dealloc drops them in. A shared stack, so freeing allocates no array per object.
   */
  pushContents: (o: PyObject, stack: PyObject[]) => void;
}
export const deallocHooks: DeallocHooks = {
  finalize: () => false,
  pushContents: () => {},
};

export const stats = { allocated: 0, freed: 0 };

export function incref(o: PyObject): PyObject {
  o.ob_refcnt++;
  return o;
}

export function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
}

export function xdecref(o: PyObject | null | undefined): void {
  if (o != null && --o.ob_refcnt === 0) dealloc(o);
}

/** An int, float or str of the built-in type: owns no references, has no finalizer. */
function isAtom(o: PyObject): boolean {
  const t = o.ob_type;
  const tag = t.tag;
  return (tag === Tag.Int || tag === Tag.Float || tag === Tag.Str) && (o.gcbits & 1) === 0 && o.dict === null && !t.heap;
}

/**
 * Free `o` (its count just reached 0) and, depth first, everything that dies with it. One shared
 * stack holds the references still to drop (each object's pushed so that its first is on top), so
 * children are released in CPython's order without JS recursion and without an array per object.
 */
export function dealloc(o: PyObject): void {
  if (isAtom(o)) {
    // atoms own no references and have no finalizer: just give the memory back
    freeAddr(o);
    stats.freed++;
    return;
  }
  // a __del__ run from release() may dealloc recursively: each call only pops above the depth it
  // started at
  const stack = deallocStack;
  const base = stack.length;
  release(o, stack);
  while (stack.length > base) {
    const child = stack.pop()!;
    if (--child.ob_refcnt === 0) {
      // isAtom, inline: this loop runs once per object freed, often before V8 optimizes it
      const t = child.ob_type;
      const tag = t.tag;
      if ((tag === Tag.Int || tag === Tag.Float || tag === Tag.Str) && (child.gcbits & 1) === 0 && child.dict === null && !t.heap) {
        // as release() would do for it, without the call
        freeAddr(child);
        stats.freed++;
      } else release(child, stack);
    }
  }
}
const deallocStack: PyObject[] = [];

/**
 * Set by the collector while delete_garbage frees a set in which no Python code can run (no class
 * of the run defines __del__, no weakref exists): release() then skips the finalizer lookups.
 */
export const deallocQuiet = { on: false };

/** Finalize and free one object; push the references it held (to be dropped in order). */
function release(o: PyObject, stack: PyObject[]): void {
  let closedFirst = false;
  // gcbits (objects/pyobject.ts): bit 0 header, bit 1 tracked, bit 2 finalized, 3+ list id
  const b = o.gcbits;
  if ((b & 1) !== 0) {
    const t = o.ob_type;
    if (!deallocQuiet.on) {
      // only instances of classes defined by the program can have a __del__
      if ((b & 4) === 0 && t.heap && deallocHooks.finalize(o)) return; // resurrected
      // PyObject_ClearWeakRefs: after __del__, before the object's references are dropped
      if (weakHooks.clear !== null) weakHooks.clear(o);
    }
    // gcUntrack and GcList.remove, inline (a finalizer may have changed the bits: read them again)
    const b2 = o.gcbits;
    if ((b2 & 2) !== 0) {
      const l = gcListById[b2 >> 3];
      const prev = o.prev;
      const next = o.next;
      if (prev === null) l.first = next;
      else prev.next = next;
      if (next === null) l.last = prev;
      else next.prev = prev;
      o.prev = o.next = null;
      l.size--;
    }
    // a heap type's instance never goes on a free list. A generator is closed first (gen_dealloc:
    // GeneratorExit makes a frame object and a traceback) and leaves the count after that
    closedFirst = t.tag === Tag.Generator;
    if (!closedFirst && (t.heap || !freeListPush(o)) && gcCount[0] > 0) gcCount[0]--;
    o.gcbits = b2 & ~3;
  }
  deallocHooks.pushContents(o, stack);
  if (closedFirst && gcCount[0] > 0) gcCount[0]--;
  freeAddr(o);
  stats.freed++;
}

export function isStaticAddr(o: PyObject): boolean {
  return staticObjects.has(o.addr);
}

export { Tag };
