/** o[k], o[k] = v, del o[k] and slicing for the built-in sequences and mappings. */
import { PyObject, Tag } from './pyobject.ts';
import type { DictEntry } from './core.ts';
import {
  IndexError, KeyError, None, ValueError, newList, newStr, newTuple, newInt, sliceType, rangeType, newObject, strType,
} from './core.ts';
import { callDescr, hashKey, indexValue, methodDescrType, normIndex, rangeLen, typeName } from './abstract.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen, incref } from '../heap.ts';
import { newException, pyErr, typeErr } from './errors.ts';
import { drainIterable, getIter, iterNext } from './iter.ts';
import { cpArray, cpAt, cpLen, cpSlice } from './codepoints.ts';

function userMethod(o: PyObject, name: string): PyObject | null {
  if (!o.ob_type.heap) return null;
  const m = o.ob_type.lookup(name);
  return m !== null && m.ob_type !== methodDescrType ? m : null;
}

const KIND: Partial<Record<Tag, string>> = { [Tag.List]: 'list', [Tag.Tuple]: 'tuple', [Tag.Str]: 'string' };

export function keyError(k: PyObject): PyObject {
  return newException(KeyError, [incref(k)]);
}

export function getItem(o: PyObject, k: PyObject): PyObject {
  const um = userMethod(o, '__getitem__');
  if (um !== null) return callDescr(um, o, [k]);
  const tag = o.ob_type.tag;
  if (k.ob_type === sliceType) {
    const s = k.v as { start: PyObject; stop: PyObject; step: PyObject };
    return getSlice(o, s.start, s.stop, s.step);
  }
  switch (tag) {
    case Tag.List:
    case Tag.Tuple: {
      const items = o.v as PyObject[];
      const i = normIndex(indexValue(k, KIND[tag]!), items.length, IndexError, KIND[tag]!);
      return incref(items[i]);
    }
    case Tag.Str: {
      const s = o.v as string;
      const i = normIndex(indexValue(k, 'string'), cpLen(s), IndexError, 'string');
      return newStr(cpAt(s, i));
    }
    case Tag.Dict: {
      const e = (o.v as Map<unknown, DictEntry>).get(hashKey(k));
      if (e === undefined) {
        if (o.ob_type.heap) {
          const missing = o.ob_type.lookup('__missing__');
          if (missing !== null) return callDescr(missing, o, [k]);
        }
        throw keyError(k);
      }
      return incref(e.v);
    }
    case Tag.Range: {
      const r = o.v as { start: number; stop: number; step: number };
      if (k.ob_type.tag !== Tag.Int && k.ob_type.tag !== Tag.Bool) throw typeErr(`range indices must be integers or slices, not ${typeName(k)}`);
      const i = normIndex(Number(k.v), rangeLen(r), IndexError, 'range object');
      return newInt(r.start + i * r.step);
    }
  }
  if (o.ob_type.tag === Tag.Type) {
    throw typeErr(`type '${(o as unknown as { name: string }).name}' is not subscriptable`);
  }
  throw typeErr(`'${typeName(o)}' object is not subscriptable`);
}

export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  const um = userMethod(o, '__setitem__');
  if (um !== null) {
    decref(callDescr(um, o, [k, v]));
    return;
  }
  if (k.ob_type === sliceType) {
    const s = k.v as { start: PyObject; stop: PyObject; step: PyObject };
    setSlice(o, s.start, s.stop, s.step, v);
    return;
  }
  switch (o.ob_type.tag) {
    case Tag.List: {
      const items = o.v as PyObject[];
      const i = normIndex(indexValue(k, 'list'), items.length, IndexError, 'list assignment');
      const old = items[i];
      items[i] = incref(v);
      decref(old);
      return;
    }
    case Tag.Dict: {
      dictSet(o, k, v);
      return;
    }
  }
  throw typeErr(`'${typeName(o)}' object does not support item assignment`);
}

/**
 * CPython's `_PyDict_SetItem_Take2`: store under the hash key `hk`, stealing the references to `k`
 * and `v`. An existing entry keeps its original key object, as in CPython.
 */
export function dictSetItemTake2(m: Map<unknown, DictEntry>, hk: unknown, k: PyObject, v: PyObject): void {
  const old = m.get(hk);
  if (old !== undefined) {
    const ov = old.v;
    old.v = v;
    decref(k);
    decref(ov);
  } else m.set(hk, { k, v });
}

/** d[k] = v with borrowed k and v. */
export function dictSet(d: PyObject, k: PyObject, v: PyObject): void {
  dictSetItemTake2(d.v as Map<unknown, DictEntry>, hashKey(k), incref(k), incref(v));
}

export function delItem(o: PyObject, k: PyObject): void {
  const um = userMethod(o, '__delitem__');
  if (um !== null) {
    decref(callDescr(um, o, [k]));
    return;
  }
  if (k.ob_type === sliceType) {
    const s = k.v as { start: PyObject; stop: PyObject; step: PyObject };
    delSlice(o, s.start, s.stop, s.step);
    return;
  }
  switch (o.ob_type.tag) {
    case Tag.List: {
      const items = o.v as PyObject[];
      const i = normIndex(indexValue(k, 'list'), items.length, IndexError, 'list assignment');
      const [old] = items.splice(i, 1);
      decref(old);
      return;
    }
    case Tag.Dict: {
      const m = o.v as Map<unknown, DictEntry>;
      const hk = hashKey(k);
      const e = m.get(hk);
      if (e === undefined) throw keyError(k);
      m.delete(hk);
      decref(e.k);
      decref(e.v);
      return;
    }
  }
  // PyObject_DelItem: an int index on a type with tp_as_sequence (str, tuple, range, dict, set,
  // any class) goes through PySequence_DelItem ("doesn't"); anything else is "does not"
  const t = o.ob_type;
  const seq = t.heap || t.tag === Tag.Str || t.tag === Tag.Tuple || t.tag === Tag.Range || t.tag === Tag.Dict || t.tag === Tag.Set;
  const index = k.ob_type.tag === Tag.Int || k.ob_type.tag === Tag.Bool;
  throw typeErr(`'${typeName(o)}' object ${seq && index ? "doesn't" : 'does not'} support item deletion`);
}

function sliceIndex(o: PyObject | null): number | null {
  if (o === null || o === None) return null;
  const t = o.ob_type.tag;
  if (t === Tag.Int || t === Tag.Bool) return Number(o.v);
  throw typeErr('slice indices must be integers or None or have an __index__ method');
}

/** PySlice_AdjustIndices: [start, stop, step, count] for a sequence of `len`. */
export function sliceIndices(lo: PyObject | null, hi: PyObject | null, st: PyObject | null, len: number): [number, number, number, number] {
  let step = sliceIndex(st) ?? 1;
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  let start = sliceIndex(lo);
  let stop = sliceIndex(hi);
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    stop = stop === null ? len : stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
    const n = stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return [start, stop, step, n];
  }
  start = start === null ? len - 1 : start < 0 ? Math.max(-1, start + len) : Math.min(start, len - 1);
  stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + len) : Math.min(stop, len - 1);
  step = step as number;
  const n = start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return [start, stop, step, n];
}

export function getSlice(o: PyObject, lo: PyObject | null, hi: PyObject | null, st: PyObject | null): PyObject {
  const um = userMethod(o, '__getitem__');
  if (um !== null) {
    const sl = newObject(sliceType, { start: incref(lo ?? None), stop: incref(hi ?? None), step: incref(st ?? None) });
    try {
      return callDescr(um, o, [sl]);
    } finally {
      decref(sl);
    }
  }
  const tag = o.ob_type.tag;
  if (tag === Tag.List || tag === Tag.Tuple) {
    const items = o.v as PyObject[];
    const [start, , step, n] = sliceIndices(lo, hi, st, items.length);
    if (tag === Tag.Tuple && start === 0 && step === 1 && n === items.length && !o.ob_type.heap) return incref(o);
    const out: PyObject[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = incref(items[j]);
    return tag === Tag.List ? newList(out) : newTuple(out);
  }
  if (tag === Tag.Str) {
    const s = o.v as string;
    const len = cpLen(s);
    const [start, , step, n] = sliceIndices(lo, hi, st, len);
    if (step === 1) {
      if (n === len && !o.ob_type.heap) return incref(o);
      return newStr(cpSlice(s, start, start + n));
    }
    const cs: ArrayLike<string> = len === s.length ? s : cpArray(s);
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += cs[j];
    // unicode_subscript's general case builds a new string, even of one latin-1 character
    if (n === 1) return newObject(strType, out);
    return newStr(out);
  }
  if (tag === Tag.Range) {
    const r = o.v as { start: number; stop: number; step: number };
    const [start, , step, n] = sliceIndices(lo, hi, st, rangeLen(r));
    const s0 = r.start + start * r.step;
    const s1 = r.step * step;
    return newObject(rangeType, { start: s0, stop: s0 + n * s1, step: s1 });
  }
  throw typeErr(`'${typeName(o)}' object is not subscriptable`);
}

export function setSlice(o: PyObject, lo: PyObject | null, hi: PyObject | null, st: PyObject | null, v: PyObject): void {
  if (o.ob_type.tag !== Tag.List) throw typeErr(`'${typeName(o)}' object does not support item assignment`);
  const items = o.v as PyObject[];
  const src: PyObject[] = [];
  // PySequence_Fast: a list or tuple is used as it is; the list itself is copied first
  // (list_slice), anything else made into a temporary list (iterator and length hint) — the
  // temporary lists are only counted (freed here, a little before CPython frees them, after the
  // items are placed)
  const isSeq = v.ob_type.tag === Tag.List || v.ob_type.tag === Tag.Tuple;
  const temporary = v === o || !isSeq;
  if (temporary) gcLinkedUnseen('list');
  try {
    if (isSeq) for (const x of v.v as PyObject[]) src.push(incref(x));
    else {
      drainIterable(v, src, () => typeErr(st === null || st === None ? 'can only assign an iterable' : 'must assign iterable to extended slice'));
    }
  } catch (e) {
    for (const x of src) decref(x);
    throw e;
  } finally {
    if (temporary) gcFreedUnseen('list');
  }
  let start: number, step: number, n: number;
  try {
    [start, , step, n] = sliceIndices(lo, hi, st, items.length);
  } catch (e) {
    for (const x of src) decref(x);
    throw e;
  }
  if (step === 1) {
    const removed = items.splice(start, n, ...src);
    // list_ass_slice frees the replaced items last first
    for (let k = removed.length - 1; k >= 0; k--) decref(removed[k]);
    return;
  }
  if (src.length !== n) {
    for (const x of src) decref(x);
    throw pyErr(ValueError, `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  }
  // list_ass_subscript: every slot is replaced first, then the old items freed in order
  const garbage: PyObject[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) {
    garbage.push(items[j]);
    items[j] = src[i];
  }
  for (const g of garbage) decref(g);
}

export function delSlice(o: PyObject, lo: PyObject | null, hi: PyObject | null, st: PyObject | null): void {
  if (o.ob_type.tag !== Tag.List) throw typeErr(`'${typeName(o)}' object does not support item deletion`);
  const items = o.v as PyObject[];
  const [start, , step, n] = sliceIndices(lo, hi, st, items.length);
  const idx: number[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) idx.push(j);
  idx.sort((a, b) => b - a);
  const removed: PyObject[] = [];
  for (const j of idx) removed.push(items.splice(j, 1)[0]);
  // list_ass_slice (step 1) frees last first; an extended slice frees in index order
  if (step !== 1) removed.reverse();
  for (const r of removed) decref(r);
}
