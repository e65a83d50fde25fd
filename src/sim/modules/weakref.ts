/**
 * The `weakref` module: ref (ReferenceType), proxy, finalize, WeakValueDictionary,
 * WeakKeyDictionary, getweakrefcount, getweakrefs. The weak lists and their clearing live in
 * ../weakrefs.ts; this file gives them their Python faces. The types are heap types of module
 * 'weakref' so their instances are callable and subscriptable through the ordinary protocols.
 */
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import { KeyError, None, ReferenceError, TypeError, newBool, newInt, newList, newObject, newStr, newTuple, objectType, typeType } from '../objects/core.ts';
import { callObject, getAttr, hashKey, repr, runtime, truthy, typeCallHooks } from '../objects/abstract.ts';
import { decref, incref } from '../heap.ts';
import { newException, pyErr, typeErr } from '../objects/errors.ts';
import { getIter } from '../objects/iter.ts';
import { atexit, deref, newWeakref, refType, supportsWeakrefs, weakrefTypeSlots, weakrefsTo } from '../weakrefs.ts';
import { argsTuple } from '../objects/instance.ts';
import type { WeakRefInfo } from '../weakrefs.ts';
import { makeBuiltin, method, nargs } from './builtins.ts';
import { makeWeakSet, weakSetType } from './weakset.ts';

const hex = (o: PyObject) => '0x' + o.addr.toString(16).padStart(12, '0');

export function heapType(name: string, size: number): PyType {
  // Tag.WeakRef marks every type of this module for the collector and dealloc (weakrefs.ts)
  const t = new PyType(typeType, name, objectType, Tag.WeakRef, size, true, true);
  t.module = 'weakref';
  t.ob_refcnt = 1_000_000_000;
  return t;
}

/** A special method: called with [self, ...args] (borrowed). */
export function special(t: PyType, name: string, fn: (a: PyObject[]) => PyObject): void {
  t.tp_dict.set(name, makeBuiltin(name, fn));
}

export function checkWeakrefable(o: PyObject): void {
  if (!supportsWeakrefs(o)) throw typeErr(`cannot create weak reference to '${o.ob_type.name}' object`);
}

// ---- ref --------------------------------------------------------------------------------------------

special(refType, '__call__', (a) => {
  nargs('weakref', a.slice(1), 0, 0);
  return deref(a[0]);
});
special(refType, '__repr__', (a) => {
  const r = (a[0].v as WeakRefInfo).referent;
  if (r === null) return newStr(`<weakref at ${hex(a[0])}; dead>`);
  return newStr(`<weakref at ${hex(a[0])}; to '${r.ob_type.name}' at ${hex(r)}>`);
});

// ---- proxy ------------------------------------------------------------------------------------------

const proxyType = heapType('ProxyType', 80);
function proxyTarget(p: PyObject): PyObject {
  const wr = p.v as PyObject;
  const r = (wr.v as WeakRefInfo).referent;
  if (r === null) throw pyErr(ReferenceError, 'weakly-referenced object no longer exists');
  return r;
}
special(proxyType, '__getattr__', (a) => getAttr(proxyTarget(a[0]), a[1].v as string));
special(proxyType, '__repr__', (a) => {
  const r = proxyTarget(a[0]);
  return newStr(`<weakproxy at ${hex(a[0])}; to '${r.ob_type.name}' at ${hex(r)}>`);
});
special(proxyType, '__str__', (a) => newStr(repr(proxyTarget(a[0]))));

// ---- finalize ---------------------------------------------------------------------------------------

interface FinalizeState {
  func: PyObject | null;
  args: PyObject[];
  kw: Map<string, PyObject> | null;
  wr: PyObject | null;
  atexit: boolean;
  index: number;
}
const finalizeType = heapType('finalize', 48);
/** weakref.finalize._registry: pending finalizers, kept alive until they run. */
const registry = new Set<PyObject>();
let finalizeIndex = 0;
let shutdown = false;

function fstate(f: PyObject): FinalizeState {
  return f.v as FinalizeState;
}

/** Run a pending finalizer once; null when it was no longer alive. */
function runFinalizer(f: PyObject): PyObject | null {
  const s = fstate(f);
  if (!registry.has(f) || s.func === null) return null;
  if (shutdown) {
    // finalize._shutdown: after the exit handler, finalizers are dropped without being called
    registry.delete(f);
    decref(f);
    return null;
  }
  registry.delete(f);
  const func = s.func;
  const args = s.args;
  const kw = s.kw;
  const wr = s.wr;
  s.func = null;
  s.args = [];
  s.kw = null;
  s.wr = null;
  try {
    return callObject(func, args, kw);
  } finally {
    decref(func);
    if (wr !== null) decref(wr);
    decref(f); // the registry's reference
  }
}

function runFinalizerFromCallback(f: PyObject): void {
  incref(f);
  try {
    const r = runFinalizer(f);
    if (r !== null) decref(r);
  } catch (e) {
    if (e instanceof PyObject) runtime.unraisable(e, `Exception ignored in: <finalize object at ${hex(f)}; dead>`);
    else throw e;
  } finally {
    decref(f);
  }
}

special(finalizeType, '__call__', (a) => {
  nargs('finalize', a.slice(1), 0, 0);
  return runFinalizer(a[0]) ?? incref(None);
});
special(finalizeType, '__getattr__', (a) => {
  const f = a[0];
  const s = fstate(f);
  switch (a[1].v as string) {
    case 'alive':
      return newBool(registry.has(f));
    case 'atexit':
      return newBool(s.atexit);
  }
  throw newException(excAttributeError(), [newStr(`'finalize' object has no attribute '${a[1].v as string}'`)]);
});
special(finalizeType, '__repr__', (a) => {
  const s = fstate(a[0]);
  const r = s.wr === null ? null : (s.wr.v as WeakRefInfo).referent;
  if (r === null) return newStr(`<finalize object at ${hex(a[0])}; dead>`);
  return newStr(`<finalize object at ${hex(a[0])}; for '${r.ob_type.name}' at ${hex(r)}>`);
});
method(finalizeType, 'detach', (selfOrNull) => {
  const self = selfOrNull!;
  const s = fstate(self);
  if (!registry.has(self) || s.wr === null) return incref(None);
  const obj = (s.wr.v as WeakRefInfo).referent;
  const func = s.func!;
  const args = s.args;
  const kw = s.kw;
  registry.delete(self);
  decref(s.wr);
  s.func = null;
  s.args = [];
  s.kw = null;
  s.wr = null;
  const kwd = newDictFrom(kw);
  const out = newTuple([obj ? incref(obj) : incref(None), func, newTuple(args), kwd]);
  decref(self);
  return out;
});

function newDictFrom(kw: Map<string, PyObject> | null): PyObject {
  const m = new Map<unknown, { k: PyObject; v: PyObject }>();
  if (kw) for (const [k, v] of kw) m.set(k, { k: newStr(k), v });
  return newDictRaw(m);
}
import { newDict as newDictRaw, excTypes } from '../objects/core.ts';
function excAttributeError(): PyType {
  return excTypes.get('AttributeError')!;
}

/** atexit: pending finalizers whose `atexit` is true, newest first (finalize._exitfunc). */
function exitFunc(): void {
  const pending = [...registry].filter((f) => {
    const own = f.dict?.get('atexit');
    return own !== undefined ? truthy(own) : fstate(f).atexit;
  });
  pending.sort((x, y) => fstate(x).index - fstate(y).index);
  while (pending.length > 0) runFinalizerFromCallback(pending.pop()!);
  shutdown = true;
}

// ---- WeakValueDictionary / WeakKeyDictionary ---------------------------------------------------------

interface WeakDictEntry {
  /** WeakValueDictionary: the key (owned). WeakKeyDictionary: null. */
  k: PyObject | null;
  /** WeakKeyDictionary: the value (owned). WeakValueDictionary: null. */
  v: PyObject | null;
  /** The weakref to the value (WVD) or to the key (WKD), owned. */
  wr: PyObject;
}
interface WeakDictState {
  byValue: boolean;
  data: Map<unknown, WeakDictEntry>;
}
const wvdType = heapType('WeakValueDictionary', 64);
const wkdType = heapType('WeakKeyDictionary', 64);
wvdType.module = wkdType.module = 'weakref';

function wstate(o: PyObject): WeakDictState {
  return o.v as WeakDictState;
}

function dropEntry(e: WeakDictEntry): void {
  if (e.k !== null) decref(e.k);
  if (e.v !== null) decref(e.v);
  decref(e.wr);
}

function wdSet(self: PyObject, key: PyObject, value: PyObject): void {
  const s = wstate(self);
  const target = s.byValue ? value : key;
  checkWeakrefable(target);
  const hk = hashKey(key);
  const old = s.data.get(hk);
  const selfRef = newWeakref(self, null);
  const entry: WeakDictEntry = {
    k: s.byValue ? incref(key) : null,
    v: s.byValue ? null : incref(value),
    wr: newWeakref(target, null, (dead) => {
      // the dictionary may be gone already
      const d = (selfRef.v as WeakRefInfo).referent;
      decref(selfRef);
      if (d === null) return;
      const cur = wstate(d).data.get(hk);
      if (cur !== undefined && cur.wr === dead) {
        wstate(d).data.delete(hk);
        dropEntry(cur);
      }
    }),
  };
  s.data.set(hk, entry);
  if (old !== undefined) dropEntry(old);
}

function wdLookup(self: PyObject, key: PyObject): PyObject | null {
  const e = wstate(self).data.get(hashKey(key));
  if (e === undefined) return null;
  if (wstate(self).byValue) {
    const r = (e.wr.v as WeakRefInfo).referent;
    return r === null ? null : incref(r);
  }
  return (e.wr.v as WeakRefInfo).referent === null ? null : incref(e.v!);
}

function liveEntries(self: PyObject): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  const s = wstate(self);
  for (const e of s.data.values()) {
    const r = (e.wr.v as WeakRefInfo).referent;
    if (r === null) continue;
    out.push(s.byValue ? [e.k!, r] : [r, e.v!]);
  }
  return out;
}

function makeWeakDict(t: PyType, byValue: boolean, a: PyObject[]): PyObject {
  const o = newObject(t, { byValue, data: new Map() } satisfies WeakDictState);
  t.ob_refcnt++;
  if (a.length > 0) {
    for (const [k, v] of liveEntriesOf(a[0])) wdSet(o, k, v);
  }
  return o;
}

function liveEntriesOf(src: PyObject): [PyObject, PyObject][] {
  if (src.ob_type.tag === Tag.Dict) return [...(src.v as Map<unknown, { k: PyObject; v: PyObject }>).values()].map((e) => [e.k, e.v]);
  return [];
}

for (const [t, byValue] of [[wvdType, true], [wkdType, false]] as const) {
  special(t, '__len__', (a) => newInt(liveEntries(a[0]).length));
  special(t, '__getitem__', (a) => {
    const r = wdLookup(a[0], a[1]);
    if (r === null) throw newException(KeyError, [incref(a[1])]);
    return r;
  });
  special(t, '__setitem__', (a) => {
    wdSet(a[0], a[1], a[2]);
    return incref(None);
  });
  special(t, '__delitem__', (a) => {
    const s = wstate(a[0]);
    const hk = hashKey(a[1]);
    const e = s.data.get(hk);
    if (e === undefined) throw newException(KeyError, [incref(a[1])]);
    s.data.delete(hk);
    dropEntry(e);
    return incref(None);
  });
  special(t, '__contains__', (a) => {
    const r = wdLookup(a[0], a[1]);
    if (r === null) return newBool(false);
    decref(r);
    return newBool(true);
  });
  special(t, '__iter__', (a) => {
    const l = newList(liveEntries(a[0]).map(([k]) => incref(k)));
    try {
      return getIter(l);
    } finally {
      decref(l);
    }
  });
  special(t, '__repr__', (a) => newStr(`<${t.name} at ${hex(a[0])}>`));
  method(t, 'keys', (self) => newList(liveEntries(self!).map(([k]) => incref(k))));
  method(t, 'values', (self) => newList(liveEntries(self!).map(([, v]) => incref(v))));
  method(t, 'items', (self) => newList(liveEntries(self!).map(([k, v]) => newTuple([incref(k), incref(v)]))));
  method(t, 'get', (self, a) => {
    nargs('get', a, 1, 2);
    const r = wdLookup(self!, a[0]);
    if (r !== null) return r;
    return incref(a.length > 1 ? a[1] : None);
  });
  method(t, 'pop', (self, a) => {
    nargs('pop', a, 1, 2);
    const r = wdLookup(self!, a[0]);
    const s = wstate(self!);
    const hk = hashKey(a[0]);
    const e = s.data.get(hk);
    if (e !== undefined) {
      s.data.delete(hk);
      dropEntry(e);
    }
    if (r !== null) return r;
    if (a.length > 1) return incref(a[1]);
    throw newException(KeyError, [incref(a[0])]);
  });
  method(t, 'clear', (self) => {
    const s = wstate(self!);
    const all = [...s.data.values()];
    s.data.clear();
    for (const e of all) dropEntry(e);
    return incref(None);
  });
  void byValue;
}

// ---- the collector's view of these objects (tp_traverse) and their deallocation --------------------

// ---- the collector's view of these objects (tp_traverse) and their deallocation --------------------

export function withDict(o: PyObject, out: PyObject[]): PyObject[] {
  if (o.dict) {
    out.push(...o.dict.values());
    o.dict = null;
  }
  out.push(o.ob_type);
  return out;
}

for (const t of [wvdType, wkdType]) {
  weakrefTypeSlots.set(t, {
    traverse: (o, visit) => {
      for (const e of wstate(o).data.values()) {
        if (e.k !== null) visit(e.k);
        visit(e.wr);
        if (e.v !== null) visit(e.v);
      }
      visit(t);
    },
    contents: (o) => {
      const out: PyObject[] = [];
      for (const e of wstate(o).data.values()) {
        if (e.k !== null) out.push(e.k);
        out.push(e.wr);
        if (e.v !== null) out.push(e.v);
      }
      wstate(o).data.clear();
      return withDict(o, out);
    },
  });
}
weakrefTypeSlots.set(finalizeType, {
  traverse: (o, visit) => {
    const s = fstate(o);
    if (s.func !== null) visit(s.func);
    for (const x of s.args) visit(x);
    if (s.kw) for (const x of s.kw.values()) visit(x);
    if (s.wr !== null) visit(s.wr);
    visit(finalizeType);
  },
  contents: (o) => {
    const s = fstate(o);
    const out: PyObject[] = [];
    if (s.func !== null) out.push(s.func);
    out.push(...s.args);
    if (s.kw) out.push(...s.kw.values());
    if (s.wr !== null) out.push(s.wr);
    s.func = null;
    s.args = [];
    s.kw = null;
    s.wr = null;
    return withDict(o, out);
  },
});
weakrefTypeSlots.set(proxyType, {
  traverse: (o, visit) => {
    visit(o.v as PyObject);
    visit(proxyType);
  },
  contents: (o) => [o.v as PyObject, proxyType],
});

// ---- the module -------------------------------------------------------------------------------------

type Ctor = (a: PyObject[], kw: Map<string, PyObject> | null) => PyObject;
/** The module's classes, called like CPython's (weakref.ref(...), weakref.finalize(...)...). */
const constructors = new Map<PyType, Ctor>();
let constructHooked = false;

/** Route calls of the module's types to their constructors (the arguments are owned, as in construct). */
function hookTypeCalls(): void {
  if (constructHooked) return;
  constructHooked = true;
  const prev = typeCallHooks.construct;
  typeCallHooks.construct = (t, args, kw) => {
    const c = t.tag === Tag.WeakRef ? constructors.get(t) : undefined;
    if (c === undefined) return prev(t, args, kw);
    // weakref.ref is a C type without vectorcall: _PyObject_MakeTpCall packs the arguments
    const release = t === refType ? argsTuple(args) : null;
    try {
      return c(args, kw);
    } finally {
      if (release !== null) release();
      for (const x of args) decref(x);
      if (kw !== null) for (const v of kw.values()) decref(v);
    }
  };
}

export function makeWeakref(m: PyObject): void {
  const put = (name: string, fn: Ctor) => m.dict!.set(name, makeBuiltin(name, fn));
  /** A class of the module: the type object itself is the module attribute, as in CPython. */
  const cls = (name: string, t: PyType, fn: Ctor) => {
    constructors.set(t, fn);
    m.dict!.set(name, incref(t));
  };
  hookTypeCalls();
  registry.clear();
  finalizeIndex = 0;
  shutdown = false;
  cls('ref', refType, (a) => {
    nargs('ref', a, 1, 2);
    checkWeakrefable(a[0]);
    const cb = a.length > 1 && a[1] !== None ? a[1] : null;
    return newWeakref(a[0], cb);
  });
  put('proxy', (a) => {
    nargs('proxy', a, 1, 2);
    checkWeakrefable(a[0]);
    const cb = a.length > 1 && a[1] !== None ? a[1] : null;
    const wr = newWeakref(a[0], cb, cb === null ? () => {} : null);
    const p = newObject(proxyType, wr);
    proxyType.ob_refcnt++;
    return p;
  });
  put('getweakrefcount', (a) => {
    nargs('getweakrefcount', a, 1, 1);
    return newInt(weakrefsTo(a[0]).length);
  });
  put('getweakrefs', (a) => {
    nargs('getweakrefs', a, 1, 1);
    return newList(weakrefsTo(a[0]).map((w) => incref(w)));
  });
  cls('finalize', finalizeType, (a, kw) => {
    if (a.length < 2) throw typeErr(`finalize expected at least 2 positional arguments, got ${a.length}`);
    checkWeakrefable(a[0]);
    const f = newObject(finalizeType, null);
    finalizeType.ob_refcnt++;
    const s: FinalizeState = {
      func: incref(a[1]),
      args: a.slice(2).map((x) => incref(x)),
      kw: kw === null ? null : new Map([...kw].map(([k, v]) => [k, incref(v)])),
      wr: null,
      atexit: true,
      index: finalizeIndex++,
    };
    f.v = s;
    s.wr = newWeakref(a[0], null, () => runFinalizerFromCallback(f));
    registry.add(incref(f));
    atexit.run = exitFunc;
    return f;
  });
  cls('WeakValueDictionary', wvdType, (a) => makeWeakDict(wvdType, true, a));
  cls('WeakKeyDictionary', wkdType, (a) => makeWeakDict(wkdType, false, a));
  cls('WeakSet', weakSetType, makeWeakSet);
  m.dict!.set('ReferenceType', incref(refType));
  m.dict!.set('ProxyType', incref(proxyType));
  void TypeError;
}
