/**
 * sys.getsizeof with CPython 3.11's sizes on 64-bit Linux (fixture: __fixtures__/getsizeof.json,
 * made by src/tools/measure/getsizeof.py). Containers add the 16-byte gc header, as
 * sys.getsizeof does. A list's size depends on its allocated capacity, so the capacity is
 * followed through the list methods that resize (list_resize's over-allocation rule); a list
 * the simulator built otherwise is taken as allocated exactly (rounded up to even, like
 * list_preallocate_exact for a literal of constants or list(iterable)).
 */
import { PyObject, PyType, Tag } from './objects/pyobject.ts';
import type { DictEntry } from './objects/core.ts';
import { listType } from './objects/core.ts';

const GC_HEAD = 16;

/** list -> allocated slots, as far as the methods below have seen it. */
const listAllocated = new WeakMap<PyObject, number>();

function allocatedOf(l: PyObject): number {
  const n = (l.v as PyObject[]).length;
  const a = listAllocated.get(l);
  if (a !== undefined && a >= n) return a;
  return n <= 1 ? n : (n + 1) & ~1;
}

/** list_resize: the capacity after growing or shrinking to `newsize`. */
export function listResize(allocated: number, oldsize: number, newsize: number): number {
  if (allocated >= newsize && newsize >= allocated >> 1) return allocated;
  if (newsize === 0) return 0;
  let a = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > a - newsize) a = (newsize + 3) & ~3;
  return a;
}

/** Wrap a list method so the capacity follows the length change it made. */
function follow(name: string, clears = false): void {
  const d = listType.tp_dict.get(name);
  if (d === undefined) return;
  const info = d.v as { fn: (self: PyObject | null, a: PyObject[], kw: Map<string, PyObject> | null) => PyObject };
  const fn = info.fn;
  info.fn = (self, a, kw) => {
    const before = self !== null ? (self.v as PyObject[]).length : 0;
    const alloc = self !== null ? allocatedOf(self) : 0;
    const r = fn(self, a, kw);
    if (self !== null && Array.isArray(self.v)) {
      const after = (self.v as PyObject[]).length;
      if (clears && after === 0) listAllocated.set(self, 0);
      else if (after !== before) {
        // extend by k items resizes once to the final size; append/pop/insert/remove by one
        listAllocated.set(self, listResize(alloc, before, after));
      }
    }
    return r;
  };
}
let followed = false;
function followListMethods(): void {
  if (followed) return;
  followed = true;
  for (const n of ['append', 'insert', 'pop', 'remove', 'extend']) follow(n);
  follow('clear', true);
}

function intSize(v: number | bigint): number {
  let x = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  let digits = 0;
  while (x > 0n) {
    digits++;
    x >>= 30n;
  }
  return 24 + 4 * Math.max(1, digits);
}

function strSize(s: string): number {
  let max = 0;
  let len = 0;
  for (const ch of s) {
    len++;
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
  }
  if (max < 128) return 49 + len;
  if (max < 256) return 73 + len;
  if (max < 65536) return 74 + 2 * len;
  return 76 + 4 * len;
}

/** The keys table a dict of `n` items grown by insertion has: 8, 16, 32... slots (usable 2/3). */
function dictKeysSize(n: number, unicode: boolean): number {
  let size = 8;
  while (((size * 2) / 3 | 0) < n) size *= 2;
  const usable = (size * 2) / 3 | 0;
  const indexBytes = size <= 128 ? 1 : size <= 32768 ? 2 : 4;
  return 32 + size * indexBytes + usable * (unicode ? 16 : 24);
}

/** A set grown by adding items: smalltable of 8 until fill*5 >= mask*3, then used*4 rounded up. */
function setTableSlots(n: number): number {
  let mask = 7;
  let fill = 0;
  for (let i = 0; i < n; i++) {
    fill++;
    if (fill * 5 >= mask * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      mask = size - 1;
    }
  }
  return mask + 1;
}

export function getsizeof(o: PyObject): number {
  followListMethods();
  const t = o.ob_type;
  const gc = t.isGc ? GC_HEAD : 0;
  switch (t.tag) {
    case Tag.Int:
      return intSize(o.v as number | bigint);
    case Tag.Bool:
      return 28;
    case Tag.Float:
      return 24;
    case Tag.Complex:
      return 32;
    case Tag.Str:
      return strSize(o.v as string);
    case Tag.NoneT:
    case Tag.NotImpl:
      return 16;
    case Tag.Tuple:
      return 24 + 8 * (o.v as PyObject[]).length + GC_HEAD;
    case Tag.List:
      return 40 + 8 * allocatedOf(o) + GC_HEAD;
    case Tag.Dict: {
      const m = o.v as Map<unknown, DictEntry>;
      if (!(m instanceof Map) || m.size === 0) return 48 + GC_HEAD;
      let unicode = true;
      for (const e of m.values()) if (e.k.ob_type.tag !== Tag.Str) unicode = false;
      return 48 + GC_HEAD + dictKeysSize(m.size, unicode);
    }
    case Tag.Set: {
      const n = o.v instanceof Map ? (o.v as Map<unknown, PyObject>).size : 0;
      const slots = setTableSlots(n);
      return 200 + GC_HEAD + (slots > 8 ? slots * 16 : 0);
    }
    case Tag.Func:
      return 136 + GC_HEAD;
    case Tag.Range:
      return 48;
    case Tag.Type:
      return o instanceof PyType && o.heap ? 1688 : 920 + GC_HEAD;
    case Tag.Object:
      // an instance: object header, inline values pointer, managed dict/weakref slots
      if (t.heap) return 40 + GC_HEAD;
      return 16;
  }
  return t.size + gc;
}
