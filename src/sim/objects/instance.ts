/**
 * Instances of classes defined by the program: construction (tp_new + __init__), finalization
 * (__del__, at most once: PEP 442) and the references an object drops when it is freed.
 */
import { PyObject, PyType, Tag } from './pyobject.ts';
import type { DictEntry, ExcState } from './core.ts';
import { ExcState as ExcStateCls, None, TypeError, newObject, newTuple, typeType, emptyTuple, listType, tupleType, functionType } from './core.ts';
import { callDescr, callObject, isInstance, methodDescrType, runtime, typeName } from './abstract.ts';
import type { FuncInfo, MethodInfo, BuiltinInfo } from './abstract.ts';
import { allocAddr, deallocHooks, decref, gcAllocated, gcFreedUnseen, gcLinkedUnseen, incref } from '../heap.ts';
import { typeErr } from './errors.ts';
import type { IterState } from './iter.ts';
import type { SuperInfo } from './super.ts';
import type { AttrMap } from './attrdict.ts';
import { freeFunctionParts } from './function-parts.ts';
import { classPartsDealloc } from './class-parts.ts';
import { AttrDict } from './attrdict.ts';
import { superType } from './super.ts';
import { SetTable } from './settable.ts';
import { sharedKeysNewInstance } from './sharedkeys.ts';

export function allocHeapType(t: PyType): void {
  allocAddr(t, 1072);
  gcAllocated(t);
}

/** Built-in constructors by type (int(), list() ...), installed by the builtins module. */
export const builtinConstructors = new Map<PyType, (t: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject>();

/**
 * Built-in types CPython 3.11 calls through tp_call (no vectorcall), so _PyObject_MakeTpCall packs
 * the positional arguments into a tuple first (measured: gc.get_count() after gc.collect()).
 */
const NO_VECTORCALL = new Set(['int', 'str', 'complex', 'slice', 'property', 'staticmethod', 'classmethod', 'zip']);

/**
 * The tuple of `args` a call through tp_call builds (_PyObject_MakeTpCall, a METH_VARARGS
 * built-in), alive until the call returns: call the returned function then. Only counted (the
 * simulator has no object for it): its allocation may start a collection, the arguments hold one
 * more reference meanwhile and lose it in argument order (the caller's stack references go
 * after, as CPython's CALL releases them).
 */
export function argsTuple(args: PyObject[]): () => void {
  const n = args.length;
  if (n === 0) return NO_TUPLE;
  for (const a of args) a.ob_refcnt++;
  gcLinkedUnseen('tuple', n);
  return () => {
    gcFreedUnseen('tuple', n);
    for (const a of args) decref(a);
  };
}
const NO_TUPLE = (): void => {};

export function construct(t: PyType, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (t === typeType && args.length === 1 && kw === null) {
    const r = incref(args[0].ob_type);
    decref(args[0]);
    return r;
  }
  if (!t.heap) {
    const c = builtinConstructors.get(t);
    if (c === undefined) {
      for (const a of args) decref(a);
      throw typeErr(`cannot create '${t.name}' instances`);
    }
    const release = NO_VECTORCALL.has(t.name) ? argsTuple(args) : null;
    try {
      return c(t, args, kw);
    } finally {
      if (release !== null) release();
      for (const a of args) decref(a);
      if (kw) for (const v of kw.values()) decref(v);
    }
  }
  // _PyObject_MakeTpCall's argument tuple holds a reference to each argument until the call
  // returns (sys.getrefcount(x) inside __init__ counts it); the caller's own references go
  // first (constructHeapType), so temporaries are freed here, in argument order, as in CPython.
  // An exception class keeps that very tuple as its args (BaseException_new): tpNew's tuple is it.
  const keptAsArgs = t.tag === Tag.Exc && t.lookup('__new__')?.ob_type !== functionType;
  const release = keptAsArgs ? NO_TUPLE : argsTuple(args);
  try {
    return constructHeapType(t, args, kw);
  } finally {
    release();
  }
}

function constructHeapType(t: PyType, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  // tp_new: the class's own __new__ (slot_tp_new), else its built-in base's
  const pyNew = t.lookup('__new__');
  let self: PyObject;
  if (pyNew !== null && pyNew.ob_type === functionType) {
    self = callPyNew(pyNew, t, args, kw);
    // type_call runs __init__ only on an instance of the class called
    if (!isInstance(self, t)) {
      for (const a of args) decref(a);
      if (kw) for (const v of kw.values()) decref(v);
      return self;
    }
  } else self = tpNew(t, args);
  const tag = t.tag;
  const init = t.lookup('__init__');
  if (init !== null && init.ob_type === functionType) return initInstance(self, init, args, kw);
  try {
    if (init !== null && init.ob_type !== methodDescrType) {
      const r = callDescr(init, self, args);
      if (r !== None) {
        const n = typeName(r);
        decref(r);
        throw typeErr(`__init__() should return None, not '${n}'`);
      }
      decref(r);
    } else if (tag === Tag.Exc && init !== null && init.ob_type === methodDescrType && (pyNew === null || pyNew.ob_type !== functionType)) {
      // BaseException_init stores the call's argument tuple, which BaseException_new already
      // stored (tpNew): nothing to do, no second tuple
    } else if (init !== null && init.ob_type === methodDescrType && tag !== Tag.Object && (init.v as BuiltinInfo).owner !== 'object') {
      // a subclass of list, dict or set: their __init__ fills the instance (object_init would
      // accept the arguments here too, as the built-in base's tp_new has consumed them)
      decref((init.v as BuiltinInfo).fn(self, args, kw));
    } else if (tag === Tag.Object && (args.length > 0 || (kw !== null && kw.size > 0))) {
      if (pyNew === null || pyNew.ob_type !== functionType) throw typeErr(`${t.name}() takes no arguments`);
    }
  } catch (e) {
    decref(self);
    throw e;
  } finally {
    for (const a of args) decref(a);
    if (kw) for (const v of kw.values()) decref(v);
  }
  return self;
}

/**
 * tp_new of a heap type without a Python __new__: a bare instance of its built-in base (object,
 * an exception, list, int ...), __init__ not run. object.__new__(cls) and int.__new__(cls, 5) end here.
 */
export function tpNew(t: PyType, args: PyObject[]): PyObject {
  let self: PyObject;
  const tag = t.tag;
  if (tag === Tag.Exc) {
    self = newObject(t, new ExcStateCls(newTuple(args.map((a) => incref(a)))));
  } else if (tag === Tag.Object) {
    self = newObject(t, null);
    sharedKeysNewInstance(t);
  } else {
    let builtinBase: PyType = t;
    while (builtinBase.heap) builtinBase = builtinBase.base!;
    const c = builtinConstructors.get(builtinBase);
    if (c === undefined) throw typeErr(`cannot subclass '${builtinBase.name}' in the simulator`);
    const proto = c(builtinBase, tag === Tag.List || tag === Tag.Dict || tag === Tag.Set ? [] : args, null);
    self = newObject(t, proto.v);
    proto.v = tag === Tag.List ? [] : tag === Tag.Dict ? new Map() : tag === Tag.Set ? new SetTable() : proto.v;
    decref(proto);
  }
  t.ob_refcnt++; // instances of heap types own a reference to their class
  return self;
}

/** slot_tp_new: call the class's `__new__` function with the class and the call's arguments. */
function callPyNew(pyNew: PyObject, t: PyType, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const owned = [incref(t), ...args.map((a) => incref(a))];
  let kwOwned: Map<string, PyObject> | null = null;
  if (kw !== null && kw.size > 0) {
    kwOwned = new Map();
    for (const [k, v] of kw) kwOwned.set(k, incref(v));
  }
  return callObject(pyNew, owned, kwOwned);
}

/**
 * slot_tp_init with a Python `__init__`: its frame gets its own references to `self` and to the
 * arguments (keywords included); ours (`args`, `kw`) are dropped after it returns.
 */
function initInstance(self: PyObject, init: PyObject, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const n = args.length;
  const owned = new Array<PyObject>(n + 1);
  self.ob_refcnt++;
  owned[0] = self;
  for (let i = 0; i < n; i++) owned[i + 1] = incref(args[i]);
  let kwOwned: Map<string, PyObject> | null = null;
  if (kw !== null && kw.size > 0) {
    kwOwned = new Map();
    for (const [k, v] of kw) kwOwned.set(k, incref(v));
  }
  let r: PyObject;
  try {
    r = (init.v as FuncInfo).code.call(init, owned, kwOwned);
    if (r !== None) {
      const name = typeName(r);
      decref(r);
      throw typeErr(`__init__() should return None, not '${name}'`);
    }
    None.ob_refcnt--;
  } catch (e) {
    decref(self);
    throw e;
  } finally {
    for (let i = 0; i < n; i++) decref(args[i]);
    if (kw !== null) for (const v of kw.values()) decref(v);
  }
  return self;
}

/** Run __del__ (PEP 442: once). True when the object was resurrected. */
function finalize(o: PyObject): boolean {
  const t = o.ob_type;
  if (!t.heap) return false;
  const del = t.lookup('__del__');
  if (del === null || del.ob_type === methodDescrType) return false;
  o.gc!.finalized = true;
  o.ob_refcnt++; // resurrect for the duration of the call
  try {
    decref(callDescr(del, o, []));
  } catch (e) {
    if (e instanceof PyObject) runtime.unraisable(e, `Exception ignored in: ${repDel(del)}`);
    else throw e;
  }
  return --o.ob_refcnt !== 0;
}

function repDel(del: PyObject): string {
  if (del.ob_type.tag === Tag.Func) return `<function ${(del.v as FuncInfo).qualname} at 0x${del.addr.toString(16)}>`;
  return '<__del__>';
}

function dictValues(m: AttrMap | null, out: PyObject[]): void {
  if (m === null) return;
  if (m instanceof AttrDict) {
    const vals = m.vals;
    const n = m.size;
    for (let i = 0; i < n; i++) out.push(vals[i]);
    return;
  }
  for (const v of m.values()) out.push(v);
}

const FREED: PyObject[] = Object.freeze([]) as unknown as PyObject[];

/**
 * tp_dealloc of the weakref module's types (weakrefs.ts installs it): pushes like `pushContents`.
 * Set from outside so this file does not import the weakref support.
 */
export const weakrefDealloc: { push: ((o: PyObject, stack: PyObject[]) => boolean) | null } = { push: null };

/**
 * The references `o` owns, pushed on the dealloc stack so that they pop in the order its
 * tp_dealloc releases them (heap.ts `dealloc`): the last released is pushed first.
 */
function pushContents(o: PyObject, stack: PyObject[]): void {
  const t = o.ob_type;
  if ((t === listType || t === tupleType) && o.dict === null) {
    // a list or tuple drops its items last to first: the last item goes on top
    const items = o.v as PyObject[];
    o.v = FREED;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      // a static object (small int, None, True, '', ()) is never freed: its decref needs no turn
      // on the stack (`[0] * 10**6` freed: a million pushes saved)
      if (it.a16 < 0) it.ob_refcnt--;
      else stack.push(it);
    }
    return;
  }
  if (t.tag === Tag.Object && t !== superType) {
    // an instance (the commonest case): its attributes in order, then its class
    if (t.heap) stack.push(t);
    const d = o.dict;
    if (d !== null) {
      o.dict = null;
      if (d instanceof AttrDict) {
        const vals = d.vals;
        for (let i = d.size - 1; i >= 0; i--) stack.push(vals[i]);
      } else {
        const start = stack.length;
        for (const v of d.values()) stack.push(v);
        reverseFrom(stack, start);
      }
    }
    return;
  }
  if (t.tag === Tag.WeakRef && weakrefDealloc.push !== null && weakrefDealloc.push(o, stack)) return;
  // the rarer types: listed in release order, then reversed in place
  const start = stack.length;
  contents(o, stack);
  reverseFrom(stack, start);
}

function reverseFrom(a: PyObject[], start: number): void {
  for (let i = start, j = a.length - 1; i < j; i++, j--) {
    const x = a[i];
    a[i] = a[j];
    a[j] = x;
  }
}

/** Appends the references `o` owns to `out`, in the order its tp_dealloc releases them. */
function contents(o: PyObject, out: PyObject[]): void {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.List:
    case Tag.Tuple: {
      const items = o.v as PyObject[];
      for (let i = items.length - 1; i >= 0; i--) out.push(items[i]);
      o.v = [];
      break;
    }
    case Tag.Dict: {
      if (o.v instanceof Map) {
        for (const e of (o.v as Map<unknown, DictEntry>).values()) {
          out.push(e.k, e.v);
        }
        o.v = new Map();
      }
      break;
    }
    case Tag.Set:
      if (o.v instanceof Map) {
        for (const v of (o.v as Map<unknown, PyObject>).values()) out.push(v);
        o.v = new SetTable();
      }
      break;
    case Tag.Func: {
      // func_clear's order: func_globals first
      const f = o.v as FuncInfo;
      freeFunctionParts(o);
      out.push(f.globals);
      if (f.defaults) out.push(...f.defaults);
      if (f.kwdefaults) out.push(...f.kwdefaults.values());
      if (f.doc) out.push(f.doc);
      if (f.closure) out.push(...f.closure);
      break;
    }
    case Tag.Method: {
      const m = o.v as MethodInfo;
      out.push(m.self, m.func);
      break;
    }
    case Tag.Builtin: {
      const b = o.v as BuiltinInfo;
      if (b.self !== null) out.push(b.self);
      break;
    }
    case Tag.Cell:
      if (o.v !== null) out.push(o.v as PyObject);
      o.v = null;
      break;
    case Tag.Iter:
    case Tag.Generator: {
      const s = o.v as IterState;
      if (s && s.refs) {
        out.push(...s.refs);
        s.refs = [];
        if (typeof s.close === 'function') (s.close as () => void)();
      }
      break;
    }
    case Tag.Exc: {
      const s = o.v as ExcState;
      // the traceback objects, and the frame objects they kept after their frames ended
      for (let i = 0; i < s.tb.length; i++) gcFreedUnseen('other');
      for (const fr of s.frames) if (fr.frameObject) gcFreedUnseen('other');
      // frames of the traceback, innermost first (tb_dealloc frees tb_next before its frame)
      for (const fr of s.frames) {
        for (let i = 0; i < fr.fast.length; i++) {
          const v = fr.fast[i];
          if (v !== null) out.push(v);
          fr.fast[i] = null;
        }
        out.push(...fr.cells);
        fr.cells = [];
        if (fr.retval !== null) out.push(fr.retval);
        fr.retval = null;
      }
      s.frames = [];
      out.push(s.args);
      if (s.cause) out.push(s.cause);
      if (s.context) out.push(s.context);
      const extra = s as ExcState & { attr?: { obj: PyObject } };
      if (extra.attr) out.push(extra.attr.obj);
      s.cause = s.context = null;
      break;
    }
    case Tag.Slice: {
      const s = o.v as { start: PyObject; stop: PyObject; step: PyObject };
      out.push(s.start, s.stop, s.step);
      break;
    }
    case Tag.Property: {
      const p = o.v as { fget: PyObject | null; fset: PyObject | null };
      if (p.fget) out.push(p.fget);
      if (p.fset) out.push(p.fset);
      break;
    }
    case Tag.StaticMethod:
    case Tag.ClassMethod:
      out.push(o.v as PyObject);
      gcFreedUnseen('dict'); // its functools_wraps __dict__ (function-parts.ts)
      break;
    case Tag.Type:
      if (o instanceof PyType && o.heap) {
        for (const v of o.tp_dict.values()) out.push(v);
        o.tp_dict.clear();
        classPartsDealloc(o, out);
      }
      break;
  }
  if (t === superType) {
    const s = o.v as SuperInfo;
    out.push(s.self, s.klass);
  }
  dictValues(o.dict, out);
  o.dict = null;
  if (t.heap) out.push(t);
}

deallocHooks.finalize = finalize;
deallocHooks.pushContents = pushContents;

export { emptyTuple, TypeError };
