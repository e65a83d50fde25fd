/**
 * PyObject: the simulated `struct _object` (ob_refcnt, ob_type) plus the simulator's payload.
 * One JS class for every object keeps property access monomorphic (fast in V8).
 */

/** CPython's PyGC_Head, as the cycle collector (src/sim/gc.ts) needs it. */
import type { AttrMap } from './attrdict.ts';

export interface GcHead {
  tracked: boolean;
  /** 0, 1, 2; -1 for the permanent generation (gc.freeze). */
  generation: number;
  gc_refs: number;
  finalized: boolean;
  /** Links of the generation list this object is in (CPython's _gc_prev/_gc_next). */
  prev: PyObject | null;
  next: PyObject | null;
}

export class PyObject {
  ob_refcnt: number;
  ob_type: PyType;
  /**
   * The simulated address (see `addr`) in units of 16 bytes: > 0 on the heap, < 0 among the
   * static objects, 0 before allocation. Addresses like 0x7f3a5c000010 are beyond V8's small
   * integers, so storing them directly would box a double for every object.
   */
  a16 = 0;
  /** Payload: number|bigint (int), number (float), string (str), PyObject[] (list/tuple)... */
  v: any;
  /**
   * Instance attributes (CPython 3.11 keeps them inline, without a separate dict object): an
   * AttrDict (shared-key layout, attrdict.ts) for instances, a Map for modules.
   */
  dict: AttrMap | null = null;
  /**
   * The gc header lives inline on the object, as PyGC_Head sits right before the object in
   * CPython's memory: `gc` (below) is the object itself, or null for an object the collector does
   * not know, so no separate JS object is allocated per container. Its small fields share one
   * small integer (fewer fields per object: less memory for V8's collector to copy and mark):
   * bit 0 header present, bit 1 tracked, bit 2 finalized, bits 3+ the id of the gc list the
   * object is in (heap.ts GcList.id; `gcListGeneration` maps it to a generation).
   */
  gcbits = 1 << 3;
  gc_refs = 0;
  prev: PyObject | null = null;
  next: PyObject | null = null;
  constructor(type: PyType, v: any) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.v = v;
  }
  get gc(): GcHead | null {
    return (this.gcbits & 1) !== 0 ? this : null;
  }
  /** Only `o.gc = o` (give `o` its header) and `o.gc = null` (drop it) are meaningful. */
  set gc(h: GcHead | null) {
    this.gcbits = h === null ? this.gcbits & ~1 : this.gcbits | 1;
  }
  get tracked(): boolean {
    return (this.gcbits & 2) !== 0;
  }
  set tracked(t: boolean) {
    this.gcbits = t ? this.gcbits | 2 : this.gcbits & ~2;
  }
  get finalized(): boolean {
    return (this.gcbits & 4) !== 0;
  }
  set finalized(t: boolean) {
    this.gcbits = t ? this.gcbits | 4 : this.gcbits & ~4;
  }
  /** 0, 1, 2; -1 permanent; 3, 4 the collector's working lists (heap.ts collectingLists). */
  get generation(): number {
    return gcListGeneration[this.gcbits >> 3];
  }
  set generation(g: number) {
    this.gcbits = (this.gcbits & 7) | (gcListIdOf[g + 1] << 3);
  }
  /** Simulated address returned by id(); 0 until allocated. */
  get addr(): number {
    const a = this.a16;
    return a > 0 ? HEAP_BASE + (a - 1) * 16 : a < 0 ? STATIC_BASE + (-a - 1) * 16 : 0;
  }
  set addr(v: number) {
    this.a16 = v === 0 ? 0 : v >= HEAP_BASE ? (v - HEAP_BASE) / 16 + 1 : -((v - STATIC_BASE) / 16 + 1);
  }
}

/**
 * The gc lists' ids (gcbits >> 3) and generations, both ways. A list's id can change: when
 * gc_list_merge moves a large list into a small one, the objects of the small one take the large
 * one's id, which passes to the merged list (heap.ts GcList), so only the smaller side is relabelled.
 * Ids start as generation + 1: permanent 0, generations 1..3, the collector's working lists 4, 5.
 */
export const gcListGeneration: number[] = [-1, 0, 1, 2, 3, 4];
export const gcListIdOf: number[] = [0, 1, 2, 3, 4, 5];

/** Where heap objects start (pymalloc arenas, as a 64-bit Linux CPython shows them). */
export const HEAP_BASE = 0x7f3a5c000000;
/** Where statically allocated objects (small ints, None, types...) start: the binary's data. */
// None comes first: at CPython 3.11's _Py_NoneStruct offset within a 1 MiB-aligned mapping (the low
// 20 bits ASLR leaves alone, 0x5bbe0 for python3.11 -S here), so hash(None) puts None in the same
// set slot as CPython does
export const STATIC_BASE = 0x55d1c6a5bbe0;

/** Fast type tags: a user class inherits the tag of its built-in base. */
export const enum Tag {
  Object, Int, Bool, Float, Str, List, Tuple, Dict, Set, NoneT, Func, Builtin, Method, Type,
  Module, Cell, Range, Iter, Exc, Slice, NotImpl, Code, Property, StaticMethod, ClassMethod,
  Generator, CTypes, WeakRef, Complex,
}

export class PyType extends PyObject {
  name: string;
  base: PyType | null;
  mro: PyType[] = [];
  /** tp_dict: the class namespace. */
  tp_dict = new Map<string, PyObject>();
  tag: Tag;
  /** A heap type (a `class` statement): instances hold a reference to it, like CPython. */
  heap: boolean;
  /** Basic size in bytes, used for the allocator's size classes. */
  size: number;
  /** Instances are gc containers. */
  isGc: boolean;
  /** Cached special-method lookups (undefined = not looked up yet), cleared on class mutation. */
  cache = new Map<string, PyObject | null>();
  module = 'builtins';
  /**
   * True when attribute access on instances is the plain object protocol (no __getattr__,
   * __setattr__, __getattribute__ or properties defined by the program): enables fast paths.
   * undefined = not computed yet; reset with the lookup cache.
   */
  plainAttrs: boolean | undefined = undefined;
  /** The most attributes an instance has had: new instances' AttrDict capacity (attrdict.ts). */
  attrHint = 0;
  /**
   * A class statement's type: the objects CPython makes with it that the simulator only counts
   * (interpreter/class-parts.ts): its __bases__, the references to itself from its __mro__
   * tuple and __dict__/__weakref__ descriptors, and the collection serial it was made at.
   */
  classParts: { bases: PyType[]; selfRefs: number; descriptors: number; bornAt: number; subclassesDict: boolean } | null = null;
  constructor(meta: PyType | null, name: string, base: PyType | null, tag: Tag, size: number, isGc: boolean, heap: boolean) {
    super(meta as PyType, null);
    this.name = name;
    this.base = base;
    this.tag = tag;
    this.size = size;
    this.isGc = isGc;
    this.heap = heap;
    this.mro = base ? [this, ...base.mro] : [this];
  }

  lookup(name: string): PyObject | null {
    const c = this.cache.get(name);
    if (c !== undefined) return c;
    let found: PyObject | null = null;
    for (const t of this.mro) {
      const v = t.tp_dict.get(name);
      if (v !== undefined) { found = v; break; }
    }
    this.cache.set(name, found);
    return found;
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const m = this.mro;
    for (let i = 1; i < m.length; i++) if (m[i] === other) return true;
    return false;
  }
}

/**
 * Bumped whenever a heap type's namespace changes (CPython: tp_version_tag), so per-site method
 * caches in the interpreter (interpreter/attrcache.ts) know their entries for heap types are stale.
 */
export const typeVersion = { epoch: 0 };

/** Invalidate cached lookups after a class attribute changes (subclasses too). */
export function invalidateTypeCaches(all: Iterable<PyType>): void {
  typeVersion.epoch++;
  for (const t of all) {
    t.cache.clear();
    t.plainAttrs = undefined;
  }
}
