/**
 * tp_traverse and tp_clear of the simulated types, for the cycle collector (src/sim/gc.ts):
 * `tp_traverse(o, visit)` calls `visit` on every object `o` holds a reference to (the order of
 * CPython's traverse functions: gc.get_referents lists a list's items in reverse because
 * CPython's list_traverse visits from the end); `tp_clear(o)` drops those references the way
 * the type's tp_clear does (types without one in CPython return false and keep them).
 */
import { PyObject, PyType, Tag, typeVersion } from './pyobject.ts';
import type { DictEntry, ExcState } from './core.ts';
import type { BuiltinInfo, FuncInfo, MethodInfo } from './abstract.ts';
import type { IterState } from './iter.ts';
import { decref } from '../heap.ts';
import { AttrDict } from './attrdict.ts';
import { SetTable } from './settable.ts';
import { freeFunctionParts } from './function-parts.ts';
import { classPartsClear, classPartsTraverse } from './class-parts.ts';

export type Visit = (o: PyObject) => void;

export function tp_traverse(o: PyObject, visit: Visit): void {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.List:
    case Tag.Tuple: {
      const items = o.v as PyObject[];
      for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
      break;
    }
    case Tag.Dict:
      if (o.v instanceof Map) {
        for (const e of (o.v as Map<unknown, DictEntry>).values()) {
          visit(e.k);
          visit(e.v);
        }
      }
      break;
    case Tag.Set:
      if (o.v instanceof Map) for (const v of (o.v as Map<unknown, PyObject>).values()) visit(v);
      break;
    case Tag.Func: {
      const f = o.v as FuncInfo;
      visit(f.globals);
      if (f.defaults) for (const d of f.defaults) visit(d);
      if (f.kwdefaults) for (const d of f.kwdefaults.values()) visit(d);
      if (f.closure) for (const c of f.closure) visit(c);
      break;
    }
    case Tag.Method: {
      const m = o.v as MethodInfo;
      visit(m.func);
      visit(m.self);
      break;
    }
    case Tag.Builtin: {
      const b = o.v as BuiltinInfo | null;
      if (b && b.self !== null) visit(b.self);
      break;
    }
    case Tag.Cell:
      if (o.v !== null) visit(o.v as PyObject);
      break;
    case Tag.Iter:
    case Tag.Generator: {
      const s = o.v as IterState | null;
      if (s && s.refs) for (const r of s.refs) visit(r);
      break;
    }
    case Tag.Exc: {
      const s = o.v as ExcState;
      visit(s.args);
      if (s.cause) visit(s.cause);
      if (s.context) visit(s.context);
      break;
    }
    case Tag.StaticMethod:
    case Tag.ClassMethod:
      visit(o.v as PyObject);
      break;
    case Tag.Property: {
      const p = o.v as { fget: PyObject | null; fset: PyObject | null };
      if (p.fget) visit(p.fget);
      if (p.fset) visit(p.fset);
      break;
    }
    case Tag.Type:
      if (o instanceof PyType && o.heap) {
        for (const v of o.tp_dict.values()) visit(v);
        classPartsTraverse(o, visit);
      }
      break;
  }
  const d = o.dict;
  if (d !== null) {
    if (d instanceof AttrDict) {
      // the values array directly: no iterator allocation on the collector's hottest path
      const vals = d.vals;
      const n = d.size;
      for (let i = 0; i < n; i++) visit(vals[i]);
    } else for (const v of d.values()) visit(v);
  }
  if (t.heap) visit(t);
}

/** Drop the references a container holds (delete_garbage). Returns false for types without tp_clear. */
export function tp_clear(o: PyObject): boolean {
  const t = o.ob_type;
  // the commonest garbage first: an instance (subtype_clear) and a list (list_clear), whose
  // references are dropped straight from the array they just stopped owning
  const d0 = o.dict;
  if (t.tag === Tag.Object && d0 instanceof AttrDict) {
    const vals = d0.vals;
    const n = d0.size;
    d0.clear(); // gives the AttrDict a new array: `vals` is no longer the instance's
    for (let i = 0; i < n; i++) decref(vals[i]);
    return true;
  }
  if (t.tag === Tag.List && d0 === null) {
    const items = o.v as PyObject[];
    o.v = [];
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    return true;
  }
  // the references to drop go on a shared scratch stack (no array per object); a decref below may
  // clear another object re-entrantly (a finalizer), which only works above `base`
  const drop = clearStack;
  const base = drop.length;
  switch (t.tag) {
    case Tag.List: {
      const items = o.v as PyObject[];
      o.v = [];
      for (let i = items.length - 1; i >= 0; i--) drop.push(items[i]);
      break;
    }
    case Tag.Tuple:
      if (o.dict === null) return false; // tuples have no tp_clear
      break;
    case Tag.Dict:
      if (o.v instanceof Map) {
        const m = o.v as Map<unknown, DictEntry>;
        o.v = new Map();
        for (const e of m.values()) drop.push(e.k, e.v);
      }
      break;
    case Tag.Set:
      if (o.v instanceof Map) {
        const m = o.v as Map<unknown, PyObject>;
        o.v = new SetTable();
        for (const v of m.values()) drop.push(v);
      }
      break;
    case Tag.Func: {
      const f = o.v as FuncInfo;
      freeFunctionParts(o);
      if (f.defaults) drop.push(...f.defaults);
      if (f.kwdefaults) drop.push(...f.kwdefaults.values());
      if (f.doc) drop.push(f.doc);
      if (f.closure) drop.push(...f.closure);
      f.defaults = null;
      f.kwdefaults = null;
      f.doc = null;
      f.closure = null;
      break;
    }
    case Tag.Cell:
      if (o.v !== null) drop.push(o.v as PyObject);
      o.v = null;
      break;
    case Tag.Exc: {
      const s = o.v as ExcState;
      if (s.cause) drop.push(s.cause);
      if (s.context) drop.push(s.context);
      s.cause = s.context = null;
      break;
    }
    case Tag.Type:
      if (o instanceof PyType && o.heap) {
        drop.push(...o.tp_dict.values());
        o.tp_dict.clear();
        classPartsClear(o, drop);
        o.cache.clear();
        typeVersion.epoch++; // the interpreter's method caches (interpreter/attrcache.ts)
      }
      break;
    case Tag.Method:
    case Tag.Builtin:
      return false;
  }
  const d = o.dict;
  if (d !== null) {
    if (d instanceof AttrDict) {
      const vals = d.vals;
      const n = d.size;
      for (let i = 0; i < n; i++) drop.push(vals[i]);
    } else for (const v of d.values()) drop.push(v);
    d.clear();
  }
  try {
    for (let i = base; i < drop.length; i++) decref(drop[i]);
  } finally {
    drop.length = base;
  }
  return true;
}
const clearStack: PyObject[] = [];
