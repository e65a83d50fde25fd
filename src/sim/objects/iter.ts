/** The iteration protocol: built-in iterators (each holds a reference to what it iterates). */
import { PyObject, Tag } from './pyobject.ts';
import type { DictEntry } from './core.ts';
import {
  IndexError, None, RuntimeError, StopIteration, ValueError, iterTypes, newInt, newObject, newStr, newTuple,
} from './core.ts';
import { callDescr, callObject, eq, methodDescrType, rangeLen, typeName, iterHooks, isInstance } from './abstract.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen, gcTrack, incref } from '../heap.ts';
import { pyErr, typeErr } from './errors.ts';

/** Payload of every built-in iterator: `next` returns a new reference or null when exhausted. */
export interface IterState {
  next: (s: IterState) => PyObject | null;
  /** References the iterator owns (released when it is freed). */
  refs: PyObject[];
  [k: string]: unknown;
}

export function makeIter(type: keyof typeof iterTypes, state: IterState): PyObject {
  return newObject(iterTypes[type], state);
}

function seqNext(s: IterState): PyObject | null {
  const items = (s.seq as PyObject).v as PyObject[];
  const i = s.i as number;
  if (i < items.length) {
    s.i = i + 1;
    const o = items[i];
    o.ob_refcnt++;
    return o;
  }
  return null;
}

export function rangeNext(s: IterState): PyObject | null {
  const left = s.left as number;
  if (left <= 0) return null;
  s.left = left - 1;
  const v = s.cur as number;
  s.cur = v + (s.step as number);
  return newInt(v);
}

function strNext(s: IterState): PyObject | null {
  const str = (s.seq as PyObject).v as string;
  const i = s.i as number;
  if (i >= str.length) return null;
  // A character outside the BMP is two UTF-16 units but one Python character.
  const c = str.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < str.length && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    s.i = i + 2;
    return newStr(str.slice(i, i + 2));
  }
  s.i = i + 1;
  return newStr(str[i]);
}

function mapIterNext(s: IterState): PyObject | null {
  const m = (s.seq as PyObject).v as Map<unknown, unknown>;
  if (m.size !== s.size) {
    s.size = -1;
    const what = (s.seq as PyObject).ob_type.tag === Tag.Set ? 'Set' : 'dictionary';
    throw pyErr(RuntimeError, `${what} changed size during iteration`);
  }
  const r = (s.it as Iterator<unknown>).next();
  if (r.done) return null;
  const kind = s.kind as string;
  if (kind === 'set') return incref(r.value as PyObject);
  const e = r.value as DictEntry;
  if (kind === 'keys') return incref(e.k);
  if (kind === 'values') return incref(e.v);
  return refillResult(s.result as PyObject, [incref(e.k), incref(e.v)]);
}

export function dictIter(d: PyObject, kind: 'keys' | 'values' | 'items'): PyObject {
  const m = d.v as Map<unknown, DictEntry>;
  const t = kind === 'keys' ? 'dict_keyiterator' : kind === 'values' ? 'dict_valueiterator' : 'dict_itemiterator';
  const state: IterState = { next: mapIterNext, refs: [incref(d)], seq: d, it: m.values(), size: m.size, kind };
  const it = makeIter(t, state);
  if (kind === 'items') {
    // dictiter_new: the iterator, then its result tuple
    state.result = resultTuple(2);
    state.refs.push(state.result as PyObject);
  }
  return it;
}

/** zip_new's and map_vectorcall's tuple of iterators: the tuple first, then each iterator. */
export function iteratorTuple(sources: PyObject[]): PyObject {
  const tuple = resultTuple(sources.length);
  const its = tuple.v as PyObject[];
  for (let k = 0; k < sources.length; k++) {
    let it: PyObject;
    try {
      it = getIter(sources[k]);
    } catch (e) {
      decref(tuple);
      throw e;
    }
    const old = its[k];
    its[k] = it;
    decref(old);
  }
  return tuple;
}

/** A result tuple as zip_new, enum_new and dictiter_new make it: (None, None, ...). */
export function resultTuple(n: number): PyObject {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(incref(None));
  return newTuple(items);
}

/**
 * zip_next: with the kept result tuple free, refill it item by item; else a new tuple, made
 * before the items are fetched. Null (and the tuple dropped) when an iterator is exhausted.
 */
export function zipResult(result: PyObject, its: PyObject[]): PyObject | null {
  const reuse = result.ob_refcnt === 1;
  const r = reuse ? incref(result) : resultTuple(its.length);
  const slots = r.v as PyObject[];
  for (let i = 0; i < its.length; i++) {
    let x: PyObject | null;
    try {
      x = iterNext(its[i]);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (x === null) {
      decref(r);
      return null;
    }
    const old = slots[i];
    slots[i] = x;
    decref(old);
  }
  if (reuse) gcTrack(r);
  return r;
}

/**
 * zip, enumerate and dict items iterators keep a result tuple and refill it in place when nobody
 * else holds it (Py_REFCNT(result) == 1): the same tuple, id and all, comes back without an
 * allocation (zip_next, enum_next, dictiter_iternextitem); otherwise a new tuple, and the kept
 * one waits. A result the collector untracked is tracked again (bpo-42536).
 */
export function refillResult(result: PyObject, items: PyObject[]): PyObject {
  if (result.ob_refcnt !== 1) return newTuple(items);
  result.ob_refcnt++;
  const slots = result.v as PyObject[];
  for (let i = 0; i < items.length; i++) {
    const old = slots[i];
    slots[i] = items[i];
    decref(old);
  }
  gcTrack(result);
  return result;
}

/** iter(o) (new reference). */
export function getIter(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t.heap) {
    const m = t.lookup('__iter__');
    if (m !== null && m.ob_type !== methodDescrType) {
      const r = callDescr(m, o, []);
      if (!isIterator(r)) {
        const n = typeName(r);
        decref(r);
        throw typeErr(`iter() returned non-iterator of type '${n}'`);
      }
      return r;
    }
    if (m === null && t.lookup('__getitem__') !== null) {
      // PySeqIter: the __getitem__ protocol's iterator, whose type is called just 'iterator'
      return makeIter('iterator', { next: getitemNext, refs: [incref(o)], seq: o, i: 0 });
    }
  }
  switch (t.tag) {
    case Tag.List:
      return makeIter('list_iterator', { next: seqNext, refs: [incref(o)], seq: o, i: 0 });
    case Tag.Tuple:
      return makeIter('tuple_iterator', { next: seqNext, refs: [incref(o)], seq: o, i: 0 });
    case Tag.Range: {
      const r = o.v as { start: number; stop: number; step: number };
      return makeIter('range_iterator', { next: rangeNext, refs: [], cur: r.start, step: r.step, left: rangeLen(r) });
    }
    case Tag.Str:
      // unicode_iter: a faster iterator type for ASCII strings
      return makeIter(/^[\x00-\x7f]*$/.test(o.v as string) ? 'str_ascii_iterator' : 'str_iterator', { next: strNext, refs: [incref(o)], seq: o, i: 0 });
    case Tag.Dict:
      return dictIter(o, 'keys');
    case Tag.Set: {
      const m = o.v as Map<unknown, PyObject>;
      return makeIter('set_iterator', { next: mapIterNext, refs: [incref(o)], seq: o, it: m.values(), size: m.size, kind: 'set' });
    }
    case Tag.Iter:
      if (t.name === 'dict_keys' || t.name === 'dict_values' || t.name === 'dict_items') {
        const v = o.v as { dict: PyObject; kind: 'keys' | 'values' | 'items' };
        return dictIter(v.dict, v.kind);
      }
      return incref(o);
    case Tag.Generator:
      return incref(o);
  }
  throw typeErr(`'${typeName(o)}' object is not iterable`);
}

function getitemNext(s: IterState): PyObject | null {
  const o = s.seq as PyObject;
  const idx = newInt(s.i as number);
  s.i = (s.i as number) + 1;
  try {
    return callDescr(o.ob_type.lookup('__getitem__')!, o, [idx]);
  } catch (e) {
    if (e instanceof PyObject && (e.ob_type.isSubtype(IndexError) || e.ob_type.isSubtype(StopIteration))) {
      decref(e);
      return null;
    }
    throw e;
  } finally {
    decref(idx);
  }
}

/** iter(callable, sentinel): calliter_iternext calls until a result equals the sentinel. */
export function callableIterator(callable: PyObject, sentinel: PyObject): PyObject {
  const s: IterState = {
    refs: [incref(callable), incref(sentinel)],
    next: (st) => {
      if (st.done === true) return null;
      let r: PyObject;
      try {
        r = callObject(callable, [], null);
      } catch (e) {
        if (e instanceof PyObject && e.ob_type.isSubtype(StopIteration)) {
          decref(e);
          st.done = true;
          return null;
        }
        throw e;
      }
      if (eq(sentinel, r)) {
        decref(r);
        st.done = true;
        return null;
      }
      return r;
    },
  };
  return makeIter('callable_iterator', s);
}

export function isIterator(o: PyObject): boolean {
  const tag = o.ob_type.tag;
  if (tag === Tag.Iter || tag === Tag.Generator) return !['dict_keys', 'dict_values', 'dict_items'].includes(o.ob_type.name);
  return o.ob_type.lookup('__next__') !== null;
}

/** next(it): a new reference, or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const tag = it.ob_type.tag;
  if ((tag === Tag.Iter || tag === Tag.Generator) && !it.ob_type.heap) return (it.v as IterState).next(it.v as IterState);
  const m = it.ob_type.lookup('__next__');
  if (m === null) throw typeErr(`'${typeName(it)}' object is not an iterator`);
  try {
    return callDescr(m, it, []);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type.isSubtype(StopIteration)) {
      decref(e);
      return null;
    }
    throw e;
  }
}

/** The built-in iterator types whose __length_hint__ PyObject_LengthHint finds (none of them has a length). */
const HAS_LENGTH_HINT = new Set([
  'iterator', 'list_iterator', 'tuple_iterator', 'range_iterator', 'str_ascii_iterator', 'str_iterator', 'dict_keyiterator',
  'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'reversed', 'list_reverseiterator', 'dict_reversekeyiterator',
]);

/**
 * PyObject_LengthHint(o), as list.extend, list(), sorted(), tuple() and str.join call it on an
 * iterable that is not a list or tuple: when o has no length, its type's __length_hint__ is looked
 * up with _PyObject_LookupSpecial, which binds it: a bound method made and freed (a collection can
 * start at it). Only the built-in iterators are known to have one here.
 */
export function lengthHint(o: PyObject): void {
  if (o.ob_type.tag === Tag.Iter && HAS_LENGTH_HINT.has(o.ob_type.name)) {
    gcLinkedUnseen('other');
    gcFreedUnseen('other');
  }
}

/**
 * list_extend's slow path (PySequence_List, PySequence_Tuple...): the items of an iterable that is
 * not a list or tuple, through an iterator and a length hint, appended to `out`. A `v` that is not
 * iterable raises `notIterable()` instead of iter()'s TypeError (each caller words it its way).
 */
export function drainIterable(v: PyObject, out: PyObject[], notIterable: () => PyObject): void {
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type.name === 'TypeError') {
      decref(e);
      throw notIterable();
    }
    throw e;
  }
  try {
    lengthHint(v);
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } finally {
    decref(it);
  }
}

/**
 * unpack_iterable: the items of `v` for `n` targets (a list for the starred one at `starIdx`).
 * Unless a specialized UNPACK_SEQUENCE reads a list or tuple directly (`specialized`, see
 * interpreter/specialize.ts), CPython asks even those for an iterator: a gc allocation alive
 * until the unpacking ends, which the simulator only counts.
 */
export function unpackIterable(v: PyObject, n: number, starIdx: number, specialized: boolean): PyObject[] {
  const tag = v.ob_type.tag;
  if ((tag === Tag.Tuple || tag === Tag.List) && !v.ob_type.heap) {
    if (specialized) return unpackItems((v.v as PyObject[]).map((x) => incref(x)), n, starIdx, false);
    gcLinkedUnseen('other');
    try {
      return unpackItems((v.v as PyObject[]).map((x) => incref(x)), n, starIdx, true);
    } finally {
      gcFreedUnseen('other');
    }
  }
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type.name === 'TypeError') {
      decref(e);
      throw typeErr(`cannot unpack non-iterable ${typeName(v)} object`);
    }
    throw e;
  }
  try {
    const items: PyObject[] = [];
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      items.push(x);
      if (starIdx < 0 && items.length > n) break;
    }
    return unpackItems(items, n, starIdx, HAS_LENGTH_HINT.has(it.ob_type.name));
  } finally {
    decref(it);
  }
}

/** `hinted`: the starred list is PySequence_List of an iterator with a __length_hint__ (lengthHint). */
function unpackItems(items: PyObject[], n: number, starIdx: number, hinted: boolean): PyObject[] {
  if (starIdx < 0) {
    if (items.length !== n) {
      for (const x of items) decref(x);
      if (items.length > n) throw pyErr(ValueError, `too many values to unpack (expected ${n})`);
      throw pyErr(ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    return items;
  }
  const before = starIdx;
  const after = n - starIdx - 1;
  if (items.length < before + after) {
    for (const x of items) decref(x);
    throw pyErr(ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
  }
  const mid = items.slice(before, items.length - after);
  const out = items.slice(0, before);
  out.push(newListRef(mid));
  if (hinted) {
    gcLinkedUnseen('other');
    gcFreedUnseen('other');
  }
  return out.concat(items.slice(items.length - after));
}

import { newList } from './core.ts';
function newListRef(items: PyObject[]): PyObject {
  return newList(items);
}

iterHooks.getIter = getIter;
iterHooks.next = iterNext;
