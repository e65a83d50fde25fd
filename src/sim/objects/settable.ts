/**
 * CPython 3.11's set hash table (Objects/setobject.c), kept beside the JS Map that answers membership.
 * The Map (hash key -> element) stays the fast path for get/has; the slot table only decides the
 * iteration order, set.pop()'s choice and how copies/merges lay elements out, which is what learners
 * see when a set is printed. Leaf module: the hash function is injected by abstract.ts (no cycles).
 */
import type { PyObject } from './pyobject.ts';

const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const EMPTY: unique symbol = Symbol('empty');
const DUMMY: unique symbol = Symbol('dummy');

type Hash = number | bigint;
type Slot = unknown; // a Map key, EMPTY or DUMMY

/** PyObject_Hash for an element whose Map key is `k` (set by abstract.ts). */
export const setHash: { fn: (v: PyObject, k: unknown) => Hash } = { fn: () => 0 };

/** The signed 64-bit hash split into unsigned 32-bit halves (size_t arithmetic without BigInt). */
function halves(h: Hash): [number, number] {
  if (typeof h === 'number') return [h >>> 0, Math.floor(h / 4294967296) >>> 0];
  const u = BigInt.asUintN(64, h);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

/** Map keys compare like SameValueZero (a NaN key finds itself). */
const sameKey = (a: unknown, b: unknown): boolean => a === b || (a !== a && b !== b);

export class SetTable extends Map<unknown, PyObject> {
  slots: Slot[] = new Array<Slot>(PySet_MINSIZE).fill(EMPTY);
  lo = new Uint32Array(PySet_MINSIZE);
  hi = new Uint32Array(PySet_MINSIZE);
  mask = PySet_MINSIZE - 1;
  fill = 0;
  finger = 0;

  override set(k: unknown, v: PyObject): this {
    if (super.has(k)) return super.set(k, v);
    super.set(k, v);
    if (this.slots !== undefined) this.addEntry(k, halves(setHash.fn(v, k)));
    return this;
  }

  override delete(k: unknown): boolean {
    const v = super.get(k);
    if (v === undefined || !super.delete(k)) return false;
    this.slots[this.findSlot(k, halves(setHash.fn(v, k)))] = DUMMY;
    return true;
  }

  /** set_lookkey for a key known to be present. */
  private findSlot(k: unknown, [lo, hi]: [number, number]): number {
    const mask = this.mask;
    const slots = this.slots;
    let i = lo & mask;
    let plo = lo;
    let phi = hi;
    for (let rounds = 0; rounds < 64; rounds++) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = i; j <= i + probes; j++) if (sameKey(slots[j], k)) return j;
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
    }
    // unreachable while hashes are stable; a linear scan keeps the table consistent regardless
    for (let j = 0; j <= mask; j++) if (sameKey(slots[j], k)) return j;
    throw new Error('set table: key not found');
  }

  override clear(): void {
    super.clear();
    this.reset(PySet_MINSIZE);
  }

  private reset(size: number): void {
    this.slots = new Array<Slot>(size).fill(EMPTY);
    this.lo = new Uint32Array(size);
    this.hi = new Uint32Array(size);
    this.mask = size - 1;
    this.fill = 0;
  }

  /** set_add_entry for a key known to be absent: the last dummy on the probe path, else the first unused slot. */
  private addEntry(k: unknown, [lo, hi]: [number, number]): void {
    let mask = this.mask;
    let i = lo & mask;
    let plo = lo;
    let phi = hi;
    let free = -1;
    const slots = this.slots;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const s = slots[j];
        if (s === EMPTY) {
          if (free >= 0) {
            this.put(free, k, lo, hi);
            return;
          }
          this.put(j, k, lo, hi);
          this.fill++;
          if (this.fill * 5 < mask * 3) return;
          this.resize(this.size > 50000 ? this.size * 2 : this.size * 4);
          return;
        }
        if (s === DUMMY) free = j; // the last dummy on the path wins, as in setobject.c
        j++;
      } while (probes--);
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
      mask = this.mask;
    }
  }

  private put(i: number, k: unknown, lo: number, hi: number): void {
    this.slots[i] = k;
    this.lo[i] = lo;
    this.hi[i] = hi;
  }

  /** set_insert_clean: the table has no dummies and the key is absent. */
  private insertClean(k: unknown, lo: number, hi: number): void {
    const mask = this.mask;
    const slots = this.slots;
    let i = lo & mask;
    let plo = lo;
    let phi = hi;
    for (;;) {
      if (slots[i] === EMPTY) return this.put(i, k, lo, hi);
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) if (slots[j] === EMPTY) return this.put(j, k, lo, hi);
      }
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** set_table_resize: smallest power of two > minused, active entries reinserted in slot order. */
  resize(minused: number): void {
    let newsize = PySet_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const { slots, lo, hi } = this;
    this.reset(newsize);
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      if (s !== EMPTY && s !== DUMMY) this.insertClean(s, lo[i], hi[i]);
    }
    this.fill = this.size;
  }

  /** set_merge(this, other): the fast paths CPython takes when the source is a set. */
  merge(other: SetTable, incref: (o: PyObject) => PyObject): void {
    if (other === this || other.size === 0) return;
    if ((this.fill + other.size) * 5 >= this.mask * 3) this.resize((this.size + other.size) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.size) {
      for (let i = 0; i <= other.mask; i++) {
        const s = other.slots[i];
        if (s !== EMPTY) {
          this.put(i, s, other.lo[i], other.hi[i]);
          super.set(s, incref(other.get(s)!));
        }
      }
      this.fill = other.fill;
      return;
    }
    if (this.fill === 0) {
      for (let i = 0; i <= other.mask; i++) {
        const s = other.slots[i];
        if (s !== EMPTY && s !== DUMMY) {
          this.insertClean(s, other.lo[i], other.hi[i]);
          super.set(s, incref(other.get(s)!));
        }
      }
      this.fill = other.size;
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const s = other.slots[i];
      if (s !== EMPTY && s !== DUMMY && !super.has(s)) {
        super.set(s, incref(other.get(s)!));
        this.addEntry(s, [other.lo[i], other.hi[i]]);
      }
    }
  }

  /** set_update_internal's one big resize before adding a dict's keys. */
  presize(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.size + n) * 2);
  }

  /** set_difference_update_internal's tail: if more than 1/4th are dummies, resize them away. */
  purgeDummies(): void {
    if (this.fill - this.size <= this.mask / 4) return;
    this.resize(this.size > 50000 ? this.size * 2 : this.size * 4);
  }

  /** set_pop: the first active slot from the finger on; returns the Map key (the caller removes it). */
  popKey(): unknown {
    let i = this.finger & this.mask;
    while (this.slots[i] === EMPTY || this.slots[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    this.finger = i + 1;
    return this.slots[i];
  }

  /** set_swap_bodies: take `other`'s table (intersection_update). */
  takeBody(other: SetTable): void {
    super.clear();
    for (const [k, v] of other.rawEntries()) super.set(k, v);
    this.slots = other.slots;
    this.lo = other.lo;
    this.hi = other.hi;
    this.mask = other.mask;
    this.fill = other.fill;
    other.clear();
  }

  private *rawEntries(): IterableIterator<[unknown, PyObject]> {
    yield* super.entries();
  }

  override *keys(): MapIterator<unknown> {
    for (let i = 0; i < this.slots.length; i++) {
      const s = this.slots[i];
      if (s !== EMPTY && s !== DUMMY) yield s;
    }
  }

  override *values(): MapIterator<PyObject> {
    for (let i = 0; i < this.slots.length; i++) {
      const s = this.slots[i];
      if (s !== EMPTY && s !== DUMMY) {
        const v = this.get(s);
        if (v !== undefined) yield v;
      }
    }
  }

  override *entries(): MapIterator<[unknown, PyObject]> {
    for (let i = 0; i < this.slots.length; i++) {
      const s = this.slots[i];
      if (s !== EMPTY && s !== DUMMY) {
        const v = this.get(s);
        if (v !== undefined) yield [s, v];
      }
    }
  }

  override [Symbol.iterator](): MapIterator<[unknown, PyObject]> {
    return this.entries();
  }

  override forEach(cb: (v: PyObject, k: unknown, m: Map<unknown, PyObject>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this);
  }
}
