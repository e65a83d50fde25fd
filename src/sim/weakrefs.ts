/**
 * Weak references in the object model (CPython's Objects/weakrefobject.c): each referent keeps a
 * list of the weakrefs to it (tp_weaklist), cleared when it dies.
 *
 * - Death by reference count: `PyObject_ClearWeakRefs` runs after `__del__` and before the
 *   object's own references are dropped (heap.ts calls `weakHooks.clear`); callbacks run then.
 * - Death in a gc collection: `handle_weakrefs` (gc.ts) clears the weakrefs to every unreachable
 *   object first and runs the callbacks of the weakrefs that are not garbage themselves, before
 *   any `__del__`.
 * List order as CPython's: the basic (callback-less) ref first, then callback refs newest first.
 * A weakref object is a gc container holding its callback; its referent is not a reference.
 */
import { PyObject, PyType, Tag } from './objects/pyobject.ts';
import { objectType, typeType, None, newObject } from './objects/core.ts';
import { GcList, decref, gcUntrack, incref, weakHooks } from './heap.ts';
import { weakrefDealloc } from './objects/instance.ts';
import type { Visit } from './objects/traverse.ts';
import { callObject, runtime } from './objects/abstract.ts';

export interface WeakRefInfo {
  referent: PyObject | null;
  /** Python callback (owned), or null. */
  callback: PyObject | null;
  /** Internal callback (WeakValueDictionary entries): called with the dead weakref. */
  internal: ((wr: PyObject) => void) | null;
}

/** Objects with weakrefs → their weakref objects, in tp_weaklist order. */
let weakLists = new Map<PyObject, PyObject[]>();

export function resetWeakrefs(): void {
  weakLists = new Map();
  weakHooks.clear = null;
  atexit.run = null;
}

/** ReferenceType: a heap type so instances are callable through __call__ (weakref module adds it). */
export const refType = new PyType(typeType, 'ReferenceType', objectType, Tag.WeakRef, 80, true, true);
refType.module = 'weakref';
refType.ob_refcnt = 1_000_000_000;

/** The types whose instances can be weakly referenced (tp_weaklistoffset != 0). */
export function supportsWeakrefs(o: PyObject): boolean {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.Int: case Tag.Bool: case Tag.Float: case Tag.Complex: case Tag.Str: case Tag.Tuple: case Tag.NoneT: case Tag.NotImpl:
      return false;
    case Tag.List: case Tag.Dict:
      // a subclass defined by the program gets a __weakref__ slot
      return t.heap;
    case Tag.Object:
      return t.heap;
    default:
      return true;
  }
}

export function weakrefsTo(o: PyObject): PyObject[] {
  return weakLists.get(o) ?? [];
}

function info(wr: PyObject): WeakRefInfo {
  return wr.v as WeakRefInfo;
}

/** weakref.ref(o[, callback]): a new reference to a weakref (the basic one is shared). */
export function newWeakref(o: PyObject, callback: PyObject | null, internal: ((wr: PyObject) => void) | null = null): PyObject {
  let list = weakLists.get(o);
  if (callback === null && internal === null && list !== undefined && list.length > 0) {
    const head = list[0];
    const hi = info(head);
    if (hi.callback === null && hi.internal === null) return incref(head);
  }
  const wr = newObject(refType, { referent: o, callback: callback === null ? null : incref(callback), internal } satisfies WeakRefInfo);
  refType.ob_refcnt++; // an instance of a heap type owns a reference to it
  if (list === undefined) {
    list = [];
    weakLists.set(o, list);
  }
  if (callback === null && internal === null) list.unshift(wr);
  else {
    const basic = list.length > 0 && info(list[0]).callback === null && info(list[0]).internal === null ? 1 : 0;
    list.splice(basic, 0, wr);
  }
  weakHooks.clear = clearWeakRefs;
  return wr;
}

/** _PyWeakref_ClearRef: forget the referent, leave the referent's list. */
function clearRef(wr: PyObject): void {
  const i = info(wr);
  const o = i.referent;
  if (o === null) return;
  i.referent = null;
  const list = weakLists.get(o);
  if (list === undefined) return;
  const at = list.indexOf(wr);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) weakLists.delete(o);
}

function callCallback(wr: PyObject): void {
  const i = info(wr);
  if (i.internal !== null) {
    i.internal(wr);
    return;
  }
  const cb = i.callback;
  if (cb === null) return;
  incref(cb); // the callback may drop the last other reference to itself
  try {
    decref(callObject(cb, [incref(wr)], null));
  } catch (e) {
    if (e instanceof PyObject) runtime.unraisable(e, `Exception ignored in: ${calleeRepr(cb)}`);
    else throw e;
  } finally {
    decref(cb);
  }
}

function calleeRepr(cb: PyObject): string {
  if (cb.ob_type.tag === Tag.Func) {
    const q = (cb.v as { qualname: string }).qualname;
    return `<function ${q} at 0x${cb.addr.toString(16)}>`;
  }
  return `<${cb.ob_type.name} object at 0x${cb.addr.toString(16)}>`;
}

/** PyObject_ClearWeakRefs: the referent dies by reference count. */
export function clearWeakRefs(o: PyObject): void {
  const list = weakLists.get(o);
  if (list === undefined) return;
  const refs = [...list];
  // keep the weakrefs alive while their callbacks run
  for (const wr of refs) incref(wr);
  for (const wr of refs) clearRef(wr);
  weakLists.delete(o);
  for (const wr of refs) {
    if (wr.ob_refcnt > 1) callCallback(wr);
    decref(wr);
  }
  if (weakLists.size === 0) weakHooks.clear = null;
}

/** handle_weakrefs for gc.ts: `unreachableGen` is the generation number of the unreachable list. */
function handleUnreachable(targets: PyObject[], unreachableGen: number, old: GcList): number {
  const toCall: PyObject[] = [];
  for (const op of targets) {
    if (op.ob_type === refType) clearRef(op);
    const list = weakLists.get(op);
    if (list === undefined) continue;
    for (const wr of [...list]) {
      clearRef(wr);
      const i = info(wr);
      if (i.callback === null && i.internal === null) continue;
      // a weakref that is garbage itself: its callback is never called
      if (wr.gc !== null && wr.gc.tracked && wr.gc.generation === unreachableGen) continue;
      toCall.push(incref(wr));
    }
  }
  let freed = 0;
  for (const wr of toCall) {
    callCallback(wr);
    if (wr.ob_refcnt === 1) {
      freed++;
      decref(wr);
    } else {
      decref(wr);
      const g = wr.gc;
      if (g !== null && g.tracked && g.generation !== old.generation && g.generation < 3) {
        gcUntrack(wr);
        g.tracked = true;
        old.append(wr);
      }
    }
  }
  if (weakLists.size === 0) weakHooks.clear = null;
  return freed;
}

/**
 * tp_traverse and tp_dealloc's references of the weakref module's types. They all carry
 * Tag.WeakRef, so one tag comparison keeps every other object on the fast path.
 */
export interface TypeSlots {
  traverse: (o: PyObject, visit: Visit) => void;
  contents: (o: PyObject) => PyObject[];
}
export const weakrefTypeSlots = new Map<PyType, TypeSlots>();

export function slotsOf(t: PyType): TypeSlots | undefined {
  return t.tag === Tag.WeakRef ? weakrefTypeSlots.get(t) : undefined;
}

export const weakrefHooks = {
  /** handle_weakrefs' work; returns the number of weakref objects freed after their callback. */
  handleUnreachable,
  /** Whether any weakref exists (handle_weakrefs has nothing to do otherwise). */
  any: (): boolean => weakLists.size > 0,
};

weakrefTypeSlots.set(refType, {
  traverse: (o, visit) => {
    const cb = info(o).callback;
    if (cb !== null) visit(cb);
  },
  // dealloc of a weakref object: leave the referent's list, drop the callback and the type
  contents: (o) => {
    clearRef(o);
    const i = info(o);
    const out: PyObject[] = [];
    if (i.callback !== null) out.push(i.callback);
    i.callback = null;
    out.push(refType);
    return out;
  },
});

// dealloc of the weakref module's types (objects/instance.ts calls it for Tag.WeakRef objects)
weakrefDealloc.push = (o: PyObject, stack: PyObject[]): boolean => {
  const slots = weakrefTypeSlots.get(o.ob_type);
  if (slots === undefined) return false;
  const items = slots.contents(o);
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  return true;
};

/** What `r()` returns: a new reference to the referent or None. */
export function deref(wr: PyObject): PyObject {
  const r = info(wr).referent;
  return incref(r ?? None);
}

/** Exit handlers (atexit): weakref.finalize registers its pending finalizers here. */
export const atexit: { run: (() => void) | null } = { run: null };
