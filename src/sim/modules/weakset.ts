/**
 * weakref.WeakSet (Lib/_weakrefset.py): a set that holds its items through weak references, so an
 * item leaves the set when it dies — by refcount or by the collector. The set's own references
 * are the weakrefs (one per item, with a callback that removes it), never the items: adding an
 * object to a WeakSet does not change its ob_refcnt.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { KeyError, None, newBool, newInt, newList, newObject, newStr } from '../objects/core.ts';
import { hashKey, repr } from '../objects/abstract.ts';
import { decref, incref } from '../heap.ts';
import { newException } from '../objects/errors.ts';
import { getIter, iterNext } from '../objects/iter.ts';
import { newWeakref, weakrefTypeSlots } from '../weakrefs.ts';
import type { WeakRefInfo } from '../weakrefs.ts';
import { method, nargs } from './builtins.ts';
import { checkWeakrefable, heapType, special, withDict } from './weakref.ts';

export const weakSetType = heapType('WeakSet', 64);
weakSetType.module = '_weakrefset';

/** The weakrefs, keyed by the hash key of their referent (a live referent's hash, as set() of refs uses). */
interface WeakSetState {
  data: Map<unknown, PyObject>;
}

function data(o: PyObject): Map<unknown, PyObject> {
  return (o.v as WeakSetState).data;
}

function referent(wr: PyObject): PyObject | null {
  return (wr.v as WeakRefInfo).referent;
}

function live(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (const wr of data(o).values()) {
    const r = referent(wr);
    if (r !== null) out.push(r);
  }
  return out;
}

function add(self: PyObject, item: PyObject): void {
  checkWeakrefable(item);
  const hk = hashKey(item);
  if (data(self).has(hk)) return;
  // the callback (WeakSet._remove) holds the set weakly too
  const selfRef = newWeakref(self, null);
  const wr = newWeakref(item, null, (dead) => {
    const s = referent(selfRef);
    decref(selfRef);
    if (s === null) return;
    if (data(s).get(hk) === dead) {
      data(s).delete(hk);
      decref(dead);
    }
  });
  data(self).set(hk, wr);
}

/** The weakref that holds `item`, or null; `item` must be weakly referenceable (TypeError otherwise). */
function find(self: PyObject, item: PyObject): [unknown, PyObject] | null {
  checkWeakrefable(item);
  const hk = hashKey(item);
  const wr = data(self).get(hk);
  return wr !== undefined && referent(wr) === item ? [hk, wr] : null;
}

function keyError(item: PyObject): PyObject {
  // CPython raises KeyError(ref(item)): the missing element as the set stores it
  return newException(KeyError, [newWeakref(item, null)]);
}

export function makeWeakSet(a: PyObject[]): PyObject {
  nargs('WeakSet', a, 0, 1);
  const o = newObject(weakSetType, { data: new Map() } satisfies WeakSetState);
  weakSetType.ob_refcnt++;
  if (a.length > 0) {
    const it = getIter(a[0]);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        try {
          add(o, x);
        } finally {
          decref(x);
        }
      }
    } catch (e) {
      decref(o);
      throw e;
    } finally {
      decref(it);
    }
  }
  return o;
}

special(weakSetType, '__len__', (a) => newInt(live(a[0]).length));
special(weakSetType, '__contains__', (a) => {
  try {
    return newBool(find(a[0], a[1]) !== null);
  } catch (e) {
    // `1 in ws`: an object without weak references is simply not in the set
    decref(e as PyObject);
    return newBool(false);
  }
});
special(weakSetType, '__iter__', (a) => {
  const l = newList(live(a[0]).map((x) => incref(x)));
  try {
    return getIter(l);
  } finally {
    decref(l);
  }
});
special(weakSetType, '__repr__', (a) => {
  const refs = [...data(a[0]).values()];
  return newStr(refs.length === 0 ? 'set()' : `{${refs.map((wr) => repr(wr)).join(', ')}}`);
});
method(weakSetType, 'add', (self, a) => {
  nargs('add', a, 1, 1);
  add(self!, a[0]);
  return incref(None);
});
method(weakSetType, 'discard', (self, a) => {
  nargs('discard', a, 1, 1);
  const found = find(self!, a[0]);
  if (found !== null) {
    data(self!).delete(found[0]);
    decref(found[1]);
  }
  return incref(None);
});
method(weakSetType, 'remove', (self, a) => {
  nargs('remove', a, 1, 1);
  const found = find(self!, a[0]);
  if (found === null) throw keyError(a[0]);
  data(self!).delete(found[0]);
  decref(found[1]);
  return incref(None);
});
method(weakSetType, 'pop', (self, a) => {
  nargs('pop', a, 0, 0);
  for (const [hk, wr] of data(self!)) {
    const r = referent(wr);
    data(self!).delete(hk);
    if (r === null) {
      decref(wr);
      continue;
    }
    incref(r);
    decref(wr);
    return r;
  }
  throw newException(KeyError, [newStr('pop from empty WeakSet')]);
});
method(weakSetType, 'clear', (self) => {
  const refs = [...data(self!).values()];
  data(self!).clear();
  for (const wr of refs) decref(wr);
  return incref(None);
});

weakrefTypeSlots.set(weakSetType, {
  traverse: (o, visit) => {
    for (const wr of data(o).values()) visit(wr);
    visit(weakSetType);
  },
  contents: (o) => {
    const out = [...data(o).values()];
    data(o).clear();
    return withDict(o, out);
  },
});
