/**
 * The `copy` module, natively, following Lib/copy.py of CPython 3.11 step by step: copy.copy()
 * returns immutable objects themselves and calls list.copy/dict.copy/set.copy or `__copy__`;
 * an instance is rebuilt without __init__ (copyreg.__newobj__) and its attributes set in order.
 * copy.deepcopy() keeps CPython's memo — a real dict, id(original) → copy, with the originals
 * kept alive in a list at memo[id(memo)] — so cycles and shared references copy as in CPython and
 * a class's `__deepcopy__(memo)` receives it.
 */
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import type { DictEntry } from '../objects/core.ts';
import { Exception, None, dictType, frozensetType, listType, newDict, newInt, newList, newTuple, setType, tupleType, typeType } from '../objects/core.ts';
import { callObject, getAttr, getAttrOrNull, hashKey, setAttr, typeName } from '../objects/abstract.ts';
import { decref, incref } from '../heap.ts';
import { pyErr, typeErr } from '../objects/errors.ts';
import { setItem, dictSetItemTake2 } from '../objects/subscript.ts';
import { tpNew } from '../objects/instance.ts';
import { makeBuiltin, nargs } from './builtins.ts';

/** copy.Error, a class of the module (`class Error(Exception): pass` in copy.py). */
const copyError = new PyType(typeType, 'Error', Exception, Tag.Exc, 72, true, true);
copyError.module = 'copy';
copyError.ob_refcnt = 1_000_000_000;

/** Types whose instances are their own copy, shallow and deep (copy.py's _copy_immutable / _deepcopy_atomic). */
const ATOMIC_TAGS = new Set([Tag.NoneT, Tag.Int, Tag.Bool, Tag.Float, Tag.Str, Tag.Type, Tag.Range, Tag.Func, Tag.Builtin, Tag.NotImpl, Tag.Code, Tag.Property, Tag.WeakRef]);

function isAtomic(x: PyObject): boolean {
  const t = x.ob_type;
  if (t === typeType || t.isSubtype(typeType)) return true;
  return !t.heap && (ATOMIC_TAGS.has(t.tag) || t.name === 'complex');
}

/** Call the bound method `name` of `o` with borrowed args; a new reference. */
function callMethod(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  const m = getAttr(o, name);
  try {
    return callObject(m, args.map((a) => incref(a)), null);
  } finally {
    decref(m);
  }
}

function cannotCopy(x: PyObject): never {
  throw typeErr(`cannot pickle '${typeName(x)}' object`);
}

/** copyreg.__newobj__(cls): the bare instance, __init__ not run. */
function newobj(x: PyObject): PyObject {
  const t = x.ob_type;
  if (!t.heap || !(t.tag === Tag.Object || t.tag === Tag.List || t.tag === Tag.Dict)) cannotCopy(x);
  return tpNew(t, []);
}

// ---- copy.copy ---------------------------------------------------------------------------------

function shallowCopy(x: PyObject): PyObject {
  const t = x.ob_type;
  if (isAtomic(x) || t === tupleType || t === frozensetType) return incref(x);
  if (t === listType || t === dictType || t === setType) return callMethod(x, 'copy');
  const special = getAttrOrNull(t, '__copy__');
  if (special !== null) {
    decref(special);
    return callMethod(x, '__copy__');
  }
  // _reconstruct(x, None, copyreg.__newobj__, (cls,), state, listitems, dictitems)
  const y = newobj(x);
  try {
    if (x.dict !== null) for (const [k, v] of x.dict.entries()) setAttr(y, k, v);
    if (t.tag === Tag.List) for (const item of [...(x.v as PyObject[])]) decref(callMethod(y, 'append', item));
    if (t.tag === Tag.Dict) for (const { k, v } of [...(x.v as Map<unknown, DictEntry>).values()]) setItem(y, k, v);
  } catch (e) {
    decref(y);
    throw e;
  }
  return y;
}

// ---- copy.deepcopy ----------------------------------------------------------------------------

/** memo.get(id(x)), borrowed, or null. */
function memoGet(memo: PyObject, x: PyObject): PyObject | null {
  const key = newInt(x.addr);
  try {
    return (memo.v as Map<unknown, DictEntry>).get(hashKey(key))?.v ?? null;
  } finally {
    decref(key);
  }
}

/** memo[id(x)] = y (borrowed y). */
function memoSet(memo: PyObject, x: PyObject, y: PyObject): void {
  const key = newInt(x.addr);
  dictSetItemTake2(memo.v as Map<unknown, DictEntry>, hashKey(key), key, incref(y));
}

/** copy._keep_alive: memo[id(memo)].append(x), the list made on first use. */
function keepAlive(memo: PyObject, x: PyObject): void {
  const list = memoGet(memo, memo);
  if (list !== null && list.ob_type === listType) {
    (list.v as PyObject[]).push(incref(x));
    return;
  }
  const fresh = newList([incref(x)]);
  memoSet(memo, memo, fresh);
  decref(fresh);
}

function deepCopy(x: PyObject, memo: PyObject): PyObject {
  const found = memoGet(memo, x);
  if (found !== null) return incref(found);
  const y = deepCopyUncached(x, memo);
  // an object that is its own copy is not memoized
  if (y !== x) {
    memoSet(memo, x, y);
    keepAlive(memo, x);
  }
  return y;
}

function deepCopyUncached(x: PyObject, memo: PyObject): PyObject {
  const t = x.ob_type;
  if (isAtomic(x)) return incref(x);
  if (t === listType) {
    const y = newList([]);
    memoSet(memo, x, y);
    try {
      for (const item of [...(x.v as PyObject[])]) (y.v as PyObject[]).push(deepCopy(item, memo));
    } catch (e) {
      decref(y);
      throw e;
    }
    return y;
  }
  if (t === tupleType) return deepCopyTuple(x, memo);
  if (t === dictType) {
    const y = newDict();
    memoSet(memo, x, y);
    try {
      deepCopyItemsInto(x, y, memo);
    } catch (e) {
      decref(y);
      throw e;
    }
    return y;
  }
  if (t === setType || t === frozensetType) {
    // set.__reduce__: the type called with a deep copy of its items as a list
    const items = newList([]);
    try {
      for (const item of [...setItems(x)]) (items.v as PyObject[]).push(deepCopy(item, memo));
      const y = callObject(incref(t), [incref(items)], null);
      memoSet(memo, x, y);
      return y;
    } finally {
      decref(items);
    }
  }
  const special = getAttrOrNull(t, '__deepcopy__');
  if (special !== null) {
    decref(special);
    return callMethod(x, '__deepcopy__', memo);
  }
  const y = newobj(x);
  memoSet(memo, x, y);
  try {
    if (x.dict !== null) {
      for (const [k, v] of [...x.dict.entries()]) {
        const v2 = deepCopy(v, memo);
        try {
          setAttr(y, k, v2);
        } finally {
          decref(v2);
        }
      }
    }
    if (t.tag === Tag.List) {
      for (const item of [...(x.v as PyObject[])]) {
        const item2 = deepCopy(item, memo);
        try {
          decref(callMethod(y, 'append', item2));
        } finally {
          decref(item2);
        }
      }
    }
    if (t.tag === Tag.Dict) deepCopyItemsInto(x, y, memo);
  } catch (e) {
    decref(y);
    throw e;
  }
  return y;
}

/** y[deepcopy(k)] = deepcopy(v) for each item of the dict x (_deepcopy_dict, and _reconstruct's dictiter). */
function deepCopyItemsInto(x: PyObject, y: PyObject, memo: PyObject): void {
  for (const { k, v } of [...(x.v as Map<unknown, DictEntry>).values()]) {
    const k2 = deepCopy(k, memo);
    const v2 = deepCopy(v, memo);
    try {
      setItem(y, k2, v2);
    } finally {
      decref(k2);
      decref(v2);
    }
  }
}

function setItems(x: PyObject): PyObject[] {
  const table = x.v as { values(): Iterable<PyObject> };
  return [...table.values()];
}

/** copy._deepcopy_tuple: a new tuple only when some item's copy is a different object. */
function deepCopyTuple(x: PyObject, memo: PyObject): PyObject {
  const items = x.v as PyObject[];
  const copies: PyObject[] = [];
  try {
    for (const item of items) copies.push(deepCopy(item, memo));
  } catch (e) {
    for (const c of copies) decref(c);
    throw e;
  }
  // the tuple's items may have copied the tuple itself (a cycle through a list)
  const found = memoGet(memo, x);
  if (found !== null) {
    for (const c of copies) decref(c);
    return incref(found);
  }
  if (copies.every((c, i) => c === items[i])) {
    for (const c of copies) decref(c);
    return incref(x);
  }
  return newTuple(copies);
}

export function makeCopy(m: PyObject): void {
  m.dict!.set('Error', incref(copyError));
  m.dict!.set('error', incref(copyError));
  m.dict!.set('copy', makeBuiltin('copy', (a) => {
    nargs('copy', a, 1, 1);
    return shallowCopy(a[0]);
  }));
  m.dict!.set('deepcopy', makeBuiltin('deepcopy', (a, kw) => {
    nargs('deepcopy', a, 1, 2);
    const given = a[1] ?? kw?.get('memo');
    if (given !== undefined && given !== None && given.ob_type !== dictType) throw pyErr(copyError, 'memo must be a dict');
    const memo = given === undefined || given === None ? newDict() : incref(given);
    try {
      return deepCopy(a[0], memo);
    } finally {
      decref(memo);
    }
  }));
}
