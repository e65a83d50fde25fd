/** The `builtins` module: built-in functions and the constructors of the built-in types. */
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import type { DictEntry, ExcState } from '../objects/core.ts';
import {
  None, True, False, NotImplemented, EllipsisObj, allTypes, excTypes, newInt, newFloat, newStr, newStrOfRepr, newList,
  newTuple, newDict, newSet, newBool, newObject, builtinType, intType, floatType, strType, boolType,
  listType, tupleType, dictType, setType, frozensetType, rangeType, objectType, typeType, noneType,
  emptyTuple, emptyStr, latin1Char, TypeError, ValueError, StopIteration, OverflowError, ZeroDivisionError,
  propertyType, staticmethodType, classmethodType, functionType, BaseException, sliceType, internExisting,
} from '../objects/core.ts';
import {
  callObject, callBorrowed, getAttr, getAttrOrNull, setAttr, delAttr, repr, str, truthy, hashKey, pyHash,
  richCompare, typeName, isInstance, len, addrHex, methodDescrType, attrHooks, qualTypeName, excStr,
  typeCallHooks,
  rangeLen,
} from '../objects/abstract.ts';
import type { BuiltinFn, BuiltinInfo, FuncInfo, MethodInfo } from '../objects/abstract.ts';
import { binaryOp, intOp, listExtendHook } from '../objects/number.ts';
import { callableIterator, getIter, iterNext, iteratorTuple, makeIter, isIterator, rangeNext, lengthHint, refillResult, resultTuple, zipResult } from '../objects/iter.ts';
import type { IterState } from '../objects/iter.ts';
import { formatValue, formatsToItself, withFormatLookup } from '../objects/format.ts';
import { argsTuple, builtinConstructors, construct } from '../objects/instance.ts';
import { allocWrapperDict, touchAnnotations } from '../objects/function-parts.ts';
import { superType, superGetAttr } from '../objects/super.ts';
import type { SuperInfo } from '../objects/super.ts';
import { allocByTypeCall, decref, gcFreedUnseen, gcLinkedUnseen, incref, materializedDicts } from '../heap.ts';
import { parserInit } from '../first-use.ts';
import { fileWriteObject, printArgsTupleFree, printArgsTupleNew, textFlush } from '../textio-count.ts';
import { newException, pyErr, typeErr } from '../objects/errors.ts';
import { floatRepr } from '../objects/floatrepr.ts';
import { PyTextError, roundFloat as textRoundFloat, intFromString as textIntFromString, floatFromString as textFloatFromString } from '../text/index.ts';
import { R } from '../interpreter/frame.ts';
import { LimitExceeded } from '../objects/errors.ts';
import type { SetTable } from '../objects/settable.ts';
import { cpAt } from '../objects/codepoints.ts';
import { dictSetItemTake2 } from '../objects/subscript.ts';
import { complexAbs, complexType, newComplex, toComplex } from '../objects/complex.ts';
import type { ComplexValue } from '../objects/complex.ts';
import { complexFromString } from '../text/parse-complex.ts';

export const builtinsMap = new Map<string, PyObject>();

/** Call a text helper, turning its PyTextError into the Python exception it names. */
export function textCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyTextError) throw pyErr(excTypes.get(e.pyType)!, e.message);
    throw e;
  }
}

type Fn = (args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;

/** A builtin function object (allocated once, shared by every run). */
export function makeBuiltin(name: string, fn: Fn, owner: string | null = null): PyObject {
  const o = newObject(builtinType, { name, fn: (_s, a, k) => fn(a, k), self: null, owner } satisfies BuiltinInfo);
  o.ob_refcnt = 1_000_000;
  return o;
}

function def(name: string, fn: Fn): void {
  builtinsMap.set(name, makeBuiltin(name, fn));
}

/** A method descriptor in a built-in type's dict. */
export function method(type: PyType, name: string, fn: BuiltinFn): void {
  const d = new PyObject(methodDescrType, { name, fn, self: null, owner: type.name } satisfies BuiltinInfo);
  d.ob_refcnt = 1_000_000;
  type.tp_dict.set(name, d);
}

/**
 * A METH_VARARGS (| METH_KEYWORDS) method: CPython packs its positional arguments into a tuple
 * and its keyword arguments into a dict for the call (method_vectorcall_VARARGS_KEYWORDS), freed
 * after it, tuple first. Only counted: the simulator passes arrays.
 */
export function varargsMethod(type: PyType, name: string, fn: BuiltinFn): void {
  method(type, name, (self, args, kw) => varargsCall(args, kw, () => fn(self, args, kw)));
}

/** A METH_VARARGS (| METH_KEYWORDS) call: the argument tuple and keyword dict, around `call`. */
function varargsCall<T>(args: PyObject[], kw: Map<string, PyObject> | null, call: () => T): T {
  const release = argsTuple(args);
  const kwDict = kw !== null && kw.size > 0;
  if (kwDict) gcLinkedUnseen('dict');
  try {
    return call();
  } finally {
    release();
    if (kwDict) gcFreedUnseen('dict');
  }
}

export function noKw(name: string, kw: Map<string, PyObject> | null): void {
  if (kw !== null && kw.size > 0) throw typeErr(`${name}() takes no keyword arguments`);
}

export function nargs(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeErr(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeErr(`${name}() takes exactly one argument (${n} given)`);
    throw typeErr(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeErr(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeErr(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Drain an iterable into an array of new references. `hinted`: as list_extend does, ask the
 * iterable for its length hint once it has an iterator (iter.ts lengthHint).
 */
export function toArray(o: PyObject, hinted = false): PyObject[] {
  if ((o.ob_type === listType || o.ob_type === tupleType)) return (o.v as PyObject[]).map((x) => incref(x));
  const it = getIter(o);
  if (hinted) lengthHint(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

function intArg(o: PyObject, what: string): number {
  const t = o.ob_type.tag;
  if (t === Tag.Int || t === Tag.Bool) return Number(o.v);
  throw typeErr(`'${typeName(o)}' object cannot be interpreted as an integer${what ? '' : ''}`);
}

// ---- output ----------------------------------------------------------------------------------------

export const output = {
  chars: 0,
  max: 1_000_000,
  /** Text print() has written but not yet passed on, so that a print streams as one chunk. */
  held: '',
  heldStream: 'out' as 'out' | 'err',
  write(stream: 'out' | 'err', s: string): void {
    this.release();
    this.emit(stream, s);
  },
  /** print()'s pieces; anything else written meanwhile (a finalizer's warning) comes after them. */
  hold(stream: 'out' | 'err', s: string): void {
    if (this.heldStream !== stream) this.release();
    this.heldStream = stream;
    if (this.chars + this.held.length + s.length > this.max) {
      // over the limit: what came before is passed on, and emit stops the run
      this.release();
      this.emit(stream, s);
      return;
    }
    this.held += s;
  },
  release(): void {
    if (this.held === '') return;
    const s = this.held;
    this.held = '';
    this.emit(this.heldStream, s);
  },
  emit(stream: 'out' | 'err', s: string): void {
    this.chars += s.length;
    if (this.chars > this.max) throw new LimitExceeded('output');
    if (stream === 'out') R.out(s);
    else R.err(s);
  },
};

def('print', (args, kw) => {
  parserInit('print', 4); // sep, end, file, flush
  let flush = false;
  let sep = ' ';
  let end = '\n';
  let stream: 'out' | 'err' = 'out';
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'sep') {
        if (v !== None && v.ob_type !== strType) throw typeErr(`sep must be None or a string, not ${typeName(v)}`);
        if (v !== None) sep = v.v;
      } else if (k === 'end') {
        if (v !== None && v.ob_type !== strType) throw typeErr(`end must be None or a string, not ${typeName(v)}`);
        if (v !== None) end = v.v;
      } else if (k === 'file') {
        if (v !== None) stream = (v.v as { stream?: 'out' | 'err' })?.stream === 'err' ? 'err' : 'out';
      } else if (k === 'flush') {
        flush = truthy(v);
      } else throw typeErr(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  // what CPython allocates meanwhile, for gc.get_count(): the *args tuple, a bound `write`
  // method per piece, and sys.stdout's list of pending writes (textio-count.ts)
  const sink = (s: string) => output.hold(stream, s);
  printArgsTupleNew(args.length);
  try {
    for (let i = 0; i < args.length; i++) {
      if (i > 0) fileWriteObject(stream, () => sep, sink);
      const arg = args[i];
      fileWriteObject(stream, () => str(arg), sink);
    }
    fileWriteObject(stream, () => end, sink);
    if (flush) textFlush(stream);
  } finally {
    printArgsTupleFree(args.length);
    output.release();
  }
  return incref(None);
});

// ---- simple functions ----------------------------------------------------------------------------------

def('len', (args, kw) => {
  noKw('len', kw);
  nargs('len', args, 1, 1);
  return newInt(len(args[0]));
});
def('id', (args) => {
  nargs('id', args, 1, 1);
  return newInt(args[0].addr);
});
function intToBase(args: PyObject[], name: string, base: number, prefix: string): PyObject {
  nargs(name, args, 1, 1);
  const o = args[0];
  if (o.ob_type.tag !== Tag.Int && o.ob_type.tag !== Tag.Bool) throw typeErr(`'${typeName(o)}' object cannot be interpreted as an integer`);
  const v = BigInt(o.v);
  return newStr((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base));
}
def('hex', (a) => intToBase(a, 'hex', 16, '0x'));
def('oct', (a) => intToBase(a, 'oct', 8, '0o'));
def('bin', (a) => intToBase(a, 'bin', 2, '0b'));
def('repr', (a) => {
  nargs('repr', a, 1, 1);
  return newStrOfRepr(a[0], repr(a[0]));
});
def('abs', (a) => {
  nargs('abs', a, 1, 1);
  const o = a[0];
  const t = o.ob_type;
  if ((t.tag === Tag.Int || t.tag === Tag.Bool) && !t.heap) {
    const v = o.v;
    return newInt(typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v));
  }
  if (t === floatType) return newFloat(Math.abs(o.v));
  if (t === complexType) return newFloat(complexAbs(o.v));
  const m = t.lookup('__abs__');
  if (m !== null && m.ob_type !== methodDescrType) return callBorrowed(m, o);
  throw typeErr(`bad operand type for abs(): '${typeName(o)}'`);
});
def('isinstance', (a) => {
  nargs('isinstance', a, 2, 2);
  return newBool(isinstanceCheck(a[0], a[1]));
});
function isinstanceCheck(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) return isInstance(o, cls);
  if (cls.ob_type === tupleType) return (cls.v as PyObject[]).some((c) => isinstanceCheck(o, c));
  throw typeErr('isinstance() arg 2 must be a type, a tuple of types, or a union');
}
def('issubclass', (a) => {
  nargs('issubclass', a, 2, 2);
  const [c, cls] = a;
  if (!(c instanceof PyType)) throw typeErr('issubclass() arg 1 must be a class');
  const check = (k: PyObject): boolean => {
    if (k instanceof PyType) return c.isSubtype(k);
    if (k.ob_type === tupleType) return (k.v as PyObject[]).some(check);
    throw typeErr('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  };
  return newBool(check(cls));
});
function isCallable(o: PyObject): boolean {
  const t = o.ob_type.tag;
  return t === Tag.Func || t === Tag.Builtin || t === Tag.Method || t === Tag.Type || o.ob_type.lookup('__call__') !== null;
}
def('callable', (a) => {
  nargs('callable', a, 1, 1);
  return newBool(isCallable(a[0]));
});
def('hash', (a) => {
  nargs('hash', a, 1, 1);
  return newInt(pyHash(a[0]));
});
def('format', (a) => {
  nargs('format', a, 1, 2);
  // PyObject_Format: an exact str with an empty spec is its own result
  const spec = a.length > 1 ? (a[1].v as string) : '';
  if (formatsToItself(a[0], a.length < 2 ? '' : typeof a[1].v === 'string' ? a[1].v : '\u0000')) {
    if (spec !== '') withFormatLookup(a[0], spec, () => null); // str.__format__, bound
    return incref(a[0]);
  }
  // PyObject_Format: an empty spec is str(value)
  const s = withFormatLookup(a[0], spec, () => formatValue(a[0], spec));
  return spec === '' ? newStrOfRepr(a[0], s) : newStr(s);
});
def('chr', (a) => {
  nargs('chr', a, 1, 1);
  const n = intArg(a[0], 'chr');
  if (n < 0 || n > 0x10ffff) throw pyErr(ValueError, 'chr() arg not in range(0x110000)');
  return n < 256 ? incref(latin1Char(n)) : newStr(String.fromCodePoint(n));
});
def('ord', (a) => {
  nargs('ord', a, 1, 1);
  const o = a[0];
  if (o.ob_type.tag !== Tag.Str) throw typeErr(`ord() expected string of length 1, but ${typeName(o)} found`);
  const s = o.v as string;
  const cps = [...s];
  if (cps.length !== 1) throw typeErr(`ord() expected a character, but string of length ${cps.length} found`);
  return newInt(cps[0].codePointAt(0)!);
});
def('divmod', (a) => {
  nargs('divmod', a, 2, 2);
  const [x, y] = a;
  const ix = x.ob_type.tag === Tag.Int || x.ob_type.tag === Tag.Bool;
  const iy = y.ob_type.tag === Tag.Int || y.ob_type.tag === Tag.Bool;
  if (ix && iy && BigInt(y.v) === 0n) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
  if ((x.ob_type === floatType || y.ob_type === floatType) && Number(y.v) === 0) throw pyErr(ZeroDivisionError, 'float divmod()');
  let q: PyObject;
  try {
    q = binaryOp('FloorDiv', x, y);
  } catch (e) {
    // PyNumber_Divmod names itself in the error
    if (e instanceof PyObject && e.ob_type === TypeError && String((((e.v as ExcState).args.v as PyObject[])[0]?.v)).startsWith('unsupported operand type(s) for //:')) {
      decref(e);
      throw typeErr(`unsupported operand type(s) for divmod(): '${typeName(x)}' and '${typeName(y)}'`);
    }
    throw e;
  }
  let r: PyObject;
  try {
    r = binaryOp('Mod', x, y);
  } catch (e) {
    decref(q);
    throw e;
  }
  return newTuple([q, r]);
});
def('pow', (a) => {
  nargs('pow', a, 2, 3);
  if (a.length === 3 && a[2] !== None) {
    const b = BigInt(a[0].v);
    let e = BigInt(a[1].v);
    const m = BigInt(a[2].v);
    let r = 1n;
    let base = ((b % m) + m) % m;
    while (e > 0n) {
      if (e & 1n) r = (r * base) % m;
      base = (base * base) % m;
      e >>= 1n;
    }
    return newInt(r);
  }
  return binaryOp('Pow', a[0], a[1]);
});
def('round', (a, kw) => {
  const x = a[0] ?? kw?.get('number');
  const nd = a[1] ?? kw?.get('ndigits') ?? None;
  if (x === undefined) throw typeErr("round() missing required argument 'number' (pos 1)");
  if (x.ob_type.tag === Tag.Int || x.ob_type.tag === Tag.Bool) {
    if (nd === None) return newInt(x.v);
    const n = Number(nd.v);
    if (n >= 0) return newInt(x.v);
    const p = 10n ** BigInt(-n);
    const v = BigInt(x.v);
    let q = v / p;
    let rem = v - q * p;
    if (rem < 0n) {
      q -= 1n;
      rem += p;
    }
    if (rem * 2n > p || (rem * 2n === p && q % 2n !== 0n)) q += 1n;
    return newInt(q * p);
  }
  if (x.ob_type === floatType) {
    const v = x.v as number;
    if (nd === None) {
      if (!Number.isFinite(v)) throw pyErr(Number.isNaN(v) ? ValueError : OverflowError, Number.isNaN(v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return newInt(roundHalfEven(v));
    }
    return newFloat(textCall(() => textRoundFloat(v, BigInt(nd.v))));
  }
  const m = x.ob_type.lookup('__round__');
  if (m !== null) return nd === None ? callBorrowed(m, x) : callBorrowed(m, x, nd);
  throw typeErr(`type ${typeName(x)} doesn't define __round__ method`);
});
function roundHalfEven(v: number): number | bigint {
  const f = Math.floor(v);
  const d = v - f;
  let r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  if (Object.is(r, -0)) r = 0;
  return Number.isSafeInteger(r) ? r : BigInt(r);
}

def('sum', (a, kw) => {
  if (a.length < 1) throw typeErr('sum() takes at least 1 positional argument (0 given)');
  let acc = a[1] ?? kw?.get('start') ?? null;
  if (acc !== null && acc.ob_type.tag === Tag.Str) throw typeErr("sum() can't sum strings [use ''.join(seq) instead]");
  acc = acc === null ? newInt(0) : incref(acc);
  const it = getIter(a[0]);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      let r: PyObject;
      try {
        r = binaryOp('Add', acc, x);
      } finally {
        decref(x);
      }
      decref(acc);
      acc = r;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  return acc;
});

function compareBool(a: PyObject, b: PyObject, op: 'Lt' | 'Gt'): boolean {
  if (a.ob_type === intType && b.ob_type === intType) return op === 'Lt' ? a.v < b.v : a.v > b.v;
  const r = richCompare(a, b, op);
  const v = truthy(r);
  decref(r);
  return v;
}
function lessThan(a: PyObject, b: PyObject): boolean {
  return compareBool(a, b, 'Lt');
}

function minmax(name: 'min' | 'max', args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const key = kw?.get('key') ?? None;
  const dflt = kw?.get('default');
  let items: PyObject[];
  if (args.length === 0) throw typeErr(`${name} expected at least 1 argument, got 0`);
  // min_max iterates with PyObject_GetIter even over a list, a tuple or its own argument tuple:
  // an iterator alive until the result is found (the simulator only counts it then)
  const v = args.length === 1 ? args[0] : null;
  const unseenIterator = v === null || v.ob_type === listType || v.ob_type === tupleType;
  if (v !== null) items = toArray(v);
  else {
    if (dflt !== undefined) throw typeErr(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args.map((x) => incref(x));
  }
  if (unseenIterator) gcLinkedUnseen('other');
  try {
    if (items.length === 0) {
      if (dflt !== undefined) return incref(dflt);
      throw pyErr(ValueError, `${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key === None ? best : callBorrowed(key, best);
    for (let i = 1; i < items.length; i++) {
      const k = key === None ? items[i] : callBorrowed(key, items[i]);
      // min_max: the item against the best so far, `item < best` for min, `item > best` for max
      const better = compareBool(k, bestKey, name === 'min' ? 'Lt' : 'Gt');
      if (better) {
        if (key !== None) decref(bestKey);
        best = items[i];
        bestKey = k;
      } else if (key !== None) decref(k);
    }
    if (key !== None) decref(bestKey);
    return incref(best);
  } finally {
    if (unseenIterator) gcFreedUnseen('other');
    for (const x of items) decref(x);
  }
}
// min() and max() are METH_VARARGS | METH_KEYWORDS: their arguments arrive as a tuple, and
// key=/default= as a dict
for (const name of ['min', 'max'] as const) def(name, (a, kw) => varargsCall(a, kw, () => minmax(name, a, kw)));

def('any', (a) => {
  nargs('any', a, 1, 1);
  const it = getIter(a[0]);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return incref(False);
      const t = truthy(x);
      decref(x);
      if (t) return incref(True);
    }
  } finally {
    decref(it);
  }
});
def('all', (a) => {
  nargs('all', a, 1, 1);
  const it = getIter(a[0]);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return incref(True);
      const t = truthy(x);
      decref(x);
      if (!t) return incref(False);
    }
  } finally {
    decref(it);
  }
});

export function sortList(items: PyObject[], key: PyObject, reverse: boolean): void {
  const keys = key === None ? items : items.map((x) => callBorrowed(key, x));
  const idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  try {
    idx.sort((i, j) => (lessThan(keys[i], keys[j]) ? -1 : lessThan(keys[j], keys[i]) ? 1 : 0));
  } finally {
    if (key !== None) for (const k of keys) decref(k);
  }
  if (reverse) idx.reverse();
  const copy = items.slice();
  for (let i = 0; i < idx.length; i++) items[i] = copy[idx[i]];
}

def('sorted', (a, kw) => {
  nargs('sorted', a, 1, 1);
  // PySequence_List: a new list (from the free list), extended, then list.sort
  const l = newList([]);
  const key = kw?.get('key') ?? None;
  const reverse = kw?.get('reverse');
  try {
    listExtendHook.fn(l, a[0]);
    // builtin_sorted then calls the new list's sort: a bound method, freed after the call
    gcLinkedUnseen('other');
    try {
      if (kw !== null && kw.size > 0) parserInit('list.sort', 2); // key, reverse
      sortList(l.v as PyObject[], key, reverse !== undefined && truthy(reverse));
    } finally {
      gcFreedUnseen('other');
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
});

def('getattr', (a) => {
  nargs('getattr', a, 2, 3);
  if (a[1].ob_type.tag !== Tag.Str) throw typeErr(`attribute name must be string, not '${typeName(a[1])}'`);
  if (a.length === 3) {
    try {
      const r = getAttrOrNull(a[0], a[1].v);
      if (r !== null) return r;
    } catch (e) {
      if (!(e instanceof PyObject) || e.ob_type.name !== 'AttributeError') throw e;
      decref(e);
    }
    return incref(a[2]);
  }
  return getAttr(a[0], a[1].v);
});
def('setattr', (a) => {
  nargs('setattr', a, 3, 3);
  if (a[1].ob_type.tag !== Tag.Str) throw typeErr(`attribute name must be string, not '${typeName(a[1])}'`);
  setAttr(a[0], a[1].v, a[2]);
  return incref(None);
});
def('delattr', (a) => {
  nargs('delattr', a, 2, 2);
  delAttr(a[0], a[1].v);
  return incref(None);
});
def('hasattr', (a) => {
  nargs('hasattr', a, 2, 2);
  if (a[1].ob_type.tag !== Tag.Str) throw typeErr(`attribute name must be string, not '${typeName(a[1])}'`);
  try {
    const r = getAttrOrNull(a[0], a[1].v);
    if (r === null) return incref(False);
    decref(r);
    return incref(True);
  } catch (e) {
    if (!(e instanceof PyObject) || e.ob_type.name !== 'AttributeError') throw e;
    decref(e);
    return incref(False);
  }
});
def('iter', (a) => {
  if (a.length === 0) throw typeErr('iter expected at least 1 argument, got 0');
  if (a.length > 2) throw typeErr(`iter expected at most 2 arguments, got ${a.length}`);
  if (a.length === 1) return getIter(a[0]);
  if (!isCallable(a[0])) throw typeErr('iter(v, w): v must be callable');
  return callableIterator(a[0], a[1]);
});
def('next', (a) => {
  nargs('next', a, 1, 2);
  if (!isIterator(a[0])) throw typeErr(`'${typeName(a[0])}' object is not an iterator`);
  const r = iterNext(a[0]);
  if (r !== null) return r;
  if (a.length === 2) return incref(a[1]);
  throw newException(StopIteration, []);
});
def('globals', () => {
  const f = R.frame;
  if (f === null) throw pyErr(ValueError, 'no frame');
  return incref(f.globals);
});
def('input', () => {
  throw pyErr(excTypes.get('NotImplementedError')!, 'input() is not supported by the simulator');
});
def('open', () => {
  throw pyErr(excTypes.get('NotImplementedError')!, 'open() (files) is not supported by the simulator');
});
def('dir', (a) => {
  const names = new Set<string>();
  const o = a[0];
  if (o === undefined) throw pyErr(excTypes.get('NotImplementedError')!, 'dir() without arguments is not supported by the simulator');
  if (o.dict) for (const k of o.dict.keys()) names.add(k);
  const types = o instanceof PyType ? o.mro : o.ob_type.mro;
  for (const t of types) for (const k of t.tp_dict.keys()) names.add(k);
  return newList([...names].sort().map((n) => newStr(n)));
});
// vars() is METH_VARARGS: its argument arrives in a tuple
def('vars', (a) => {
  nargs('vars', a, 1, 1);
  return varargsCall(a, null, () => instanceDict(a[0]));
});

function instanceDict(o: PyObject): PyObject {
  materializedDicts.add(o);
  const d = newDict();
  const m = d.v as Map<unknown, DictEntry>;
  if (o.dict) for (const [k, v] of o.dict) m.set(k, { k: newStr(k), v: incref(v) });
  return d;
}

// ---- constructors ------------------------------------------------------------------------------------

function ctor(t: PyType, fn: (t: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject): void {
  builtinConstructors.set(t, fn);
  builtinsMap.set(t.name, t);
}

export function parseIntLiteral(s: string, base: number): number | bigint | null {
  let t = s.trim().replace(/_/g, (m, off: number, str: string) => (off > 0 && off < str.length - 1 ? '' : m));
  let neg = false;
  if (t.startsWith('-') || t.startsWith('+')) {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  if (base === 0) {
    const p = t.slice(0, 2).toLowerCase();
    base = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 10;
    if (base !== 10) t = t.slice(2);
  } else if (base === 16 && /^0x/i.test(t)) t = t.slice(2);
  else if (base === 8 && /^0o/i.test(t)) t = t.slice(2);
  else if (base === 2 && /^0b/i.test(t)) t = t.slice(2);
  if (t === '') return null;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  let v = 0n;
  const b = BigInt(base);
  for (const ch of t.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) return null;
    v = v * b + BigInt(d);
  }
  if (neg) v = -v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

ctor(intType, (_t, a, kw) => {
  const x = a[0] ?? kw?.get('x');
  const baseO = a[1] ?? kw?.get('base');
  if (x === undefined) return newInt(0);
  if (baseO !== undefined) {
    if (x.ob_type.tag !== Tag.Str) throw typeErr("int() can't convert non-string with explicit base");
    const bt = baseO.ob_type.tag;
    if (bt !== Tag.Int && bt !== Tag.Bool) throw typeErr(`'${typeName(baseO)}' object cannot be interpreted as an integer`);
    const base = Number(baseO.v);
    return newInt(textCall(() => textIntFromString(x.v, base)));
  }
  const t = x.ob_type;
  if ((t.tag === Tag.Int || t.tag === Tag.Bool) && !t.heap) return newInt(x.v);
  if (t.tag === Tag.Float) {
    const v = x.v as number;
    if (Number.isNaN(v)) throw pyErr(ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
    const tr = Math.trunc(v);
    return newInt(Number.isSafeInteger(tr) ? (Object.is(tr, -0) ? 0 : tr) : BigInt(tr));
  }
  if (t.tag === Tag.Str) return newInt(textCall(() => textIntFromString(x.v, 10)));
  for (const name of ['__int__', '__index__']) {
    const m = t.lookup(name);
    if (m !== null && m.ob_type !== methodDescrType) return callBorrowed(m, x);
  }
  throw typeErr(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
});
ctor(boolType, (_t, a) => {
  nargs('bool', a, 0, 1);
  return newBool(a.length ? truthy(a[0]) : false);
});
ctor(floatType, (_t, a) => {
  nargs('float', a, 0, 1);
  const x = a[0];
  if (x === undefined) return newFloat(0);
  const t = x.ob_type;
  if (t.tag === Tag.Float) return newFloat(x.v);
  if (t.tag === Tag.Int || t.tag === Tag.Bool) {
    const f = Number(x.v);
    if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
    return newFloat(f);
  }
  if (t.tag === Tag.Str) return newFloat(textCall(() => textFloatFromString(x.v)));
  const m = t.lookup('__float__');
  if (m !== null && m.ob_type !== methodDescrType) return callBorrowed(m, x);
  throw typeErr(`float() argument must be a string or a real number, not '${typeName(x)}'`);
});
/** complex_new (Objects/complexobject.c): complex(), complex(x), complex(real, imag), complex(str). */
ctor(complexType, (_t, a, kw) => {
  if (a.length > 2) throw typeErr(`complex() takes at most 2 arguments (${a.length} given)`);
  let r: PyObject | undefined = a[0];
  let i: PyObject | undefined = a[1];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const pos = k === 'real' ? 0 : k === 'imag' ? 1 : -1;
      if (pos < 0) throw typeErr(`complex() got an unexpected keyword argument '${k}'`);
      if (a.length > pos) throw typeErr(`argument for complex() given by name ('${k}') and position (${pos + 1})`);
      if (pos === 0) r = v;
      else i = v;
    }
  }
  if (r === undefined) r = newInt(0);
  else incref(r);
  try {
    if (r.ob_type.tag === Tag.Str) {
      if (i !== undefined) throw typeErr("complex() can't take second arg if first is a string");
      const c = textCall(() => complexFromString(r!.v as string));
      return newComplex(c.real, c.imag);
    }
    if (i !== undefined && i.ob_type.tag === Tag.Str) throw typeErr("complex() second arg can't be a string");
    if (r.ob_type === complexType && i === undefined) return incref(r);
    const cr = toComplex(r);
    if (cr === null) throw typeErr(`complex() first argument must be a string or a number, not '${typeName(r)}'`);
    let ci: ComplexValue = { real: cr.imag, imag: 0 };
    if (i !== undefined) {
      const c = toComplex(i);
      if (c === null) throw typeErr(`complex() second argument must be a number, not '${typeName(i)}'`);
      ci = c;
    }
    let real = cr.real;
    let imag = ci.real;
    if (i !== undefined && i.ob_type.tag === Tag.Complex) real -= ci.imag;
    if (r.ob_type.tag === Tag.Complex && i !== undefined) imag += cr.imag;
    return newComplex(real, imag);
  } finally {
    decref(r);
  }
});
method(complexType, 'conjugate', (self) => newComplex((self!.v as ComplexValue).real, -(self!.v as ComplexValue).imag));
ctor(strType, (_t, a) => {
  nargs('str', a, 0, 1);
  if (a.length === 0) return incref(emptyStr);
  const x = a[0];
  if (x.ob_type === strType) return incref(x);
  return newStrOfRepr(x, str(x));
});
ctor(listType, (_t, a) => {
  nargs('list', a, 0, 1);
  // list_vectorcall: the list (tp_alloc, never from the free list) exists before the items are
  // read, so an iterator it asks for is a second allocation on top of it
  const l = allocByTypeCall(() => newList([]));
  if (a.length) {
    try {
      listExtendHook.fn(l, a[0]);
    } catch (e) {
      decref(l);
      throw e;
    }
  }
  return l;
});
ctor(tupleType, (_t, a) => {
  nargs('tuple', a, 0, 1);
  if (a.length === 0) return incref(emptyTuple);
  const x = a[0];
  if (x.ob_type === tupleType) return incref(x);
  if (x.ob_type === listType) return newTuple(toArray(x));
  // PySequence_Tuple: the iterator is alive while the tuple is made, and asks x for a length hint
  const it = getIter(x);
  lengthHint(x);
  try {
    return newTuple(toArray(it));
  } finally {
    decref(it);
  }
});
export function dictUpdate(d: PyObject, src: PyObject): void {
  const m = d.v as Map<unknown, DictEntry>;
  const put = (k: PyObject, v: PyObject) => dictSetItemTake2(m, hashKey(k), k, v);
  if (src.ob_type.tag === Tag.Dict) {
    for (const e of [...(src.v as Map<unknown, DictEntry>).values()]) put(incref(e.k), incref(e.v));
    return;
  }
  // PyDict_MergeFromSeq2: item by item, each released before the next is asked for (so zip and
  // enumerate can refill their result tuple); PySequence_Fast copies an item that is not a list or
  // tuple into a new list
  const it = getIter(src);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      const fast = item.ob_type.tag === Tag.List || item.ob_type.tag === Tag.Tuple;
      if (!fast) gcLinkedUnseen('list');
      try {
        let pair: PyObject[];
        try {
          pair = toArray(item, !fast);
        } catch (e) {
          if (e instanceof PyObject && e.ob_type === TypeError) {
            decref(e);
            throw typeErr(`cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        if (pair.length !== 2) {
          for (const p of pair) decref(p);
          throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        put(pair[0], pair[1]);
      } finally {
        if (!fast) gcFreedUnseen('list');
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}
ctor(dictType, (_t, a, kw) => {
  nargs('dict', a, 0, 1);
  const d = allocByTypeCall(() => newDict());
  try {
    if (a.length) dictUpdate(d, a[0]);
    if (kw !== null) {
      const m = d.v as Map<unknown, DictEntry>;
      for (const [k, v] of kw) {
        const old = m.get(k);
        if (old) {
          decref(old.v);
          old.v = incref(v);
        } else m.set(k, { k: newStr(k), v: incref(v) });
      }
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
});
function setFromIterable(a: PyObject[], frozen: boolean): PyObject {
  const s = newSet(undefined, frozen);
  if (a.length) {
    try {
      setUpdateInternal(s, a[0]);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}
/** set_update_internal: a set is merged slot by slot, a dict presizes once, anything else is added in order. */
function setUpdateInternal(s: PyObject, other: PyObject): void {
  const m = s.v as SetTable;
  if (other.ob_type.tag === Tag.Set) {
    m.merge(other.v as SetTable, incref);
    return;
  }
  // set_update_internal walks an exact dict's keys directly; anything else, lists and tuples
  // included, through an iterator (a gc allocation the simulator only counts for those two)
  const isDict = other.ob_type === dictType;
  if (isDict) m.presize((other.v as Map<unknown, DictEntry>).size);
  const unseenIterator = other.ob_type === listType || other.ob_type === tupleType;
  const items = isDict ? [...(other.v as Map<unknown, DictEntry>).values()].map((e) => incref(e.k)) : toArray(other);
  if (unseenIterator) gcLinkedUnseen('other');
  let i = 0;
  try {
    for (; i < items.length; i++) {
      const x = items[i];
      const k = hashKey(x);
      if (m.has(k)) decref(x);
      else m.set(k, x);
    }
  } catch (e) {
    for (; i < items.length; i++) decref(items[i]);
    throw e;
  } finally {
    if (unseenIterator) gcFreedUnseen('other');
  }
}
ctor(setType, (_t, a) => {
  nargs('set', a, 0, 1);
  return setFromIterable(a, false);
});
ctor(frozensetType, (_t, a) => {
  nargs('frozenset', a, 0, 1);
  if (a.length && a[0].ob_type === frozensetType) return incref(a[0]); // frozenset_new: already immutable
  return setFromIterable(a, true);
});
/**
 * A set display of 3+ constants: 3.11 compiles `{1, 2, 3, 4, 5}` to BUILD_SET 0 + LOAD_CONST
 * frozenset(...) + SET_UPDATE, so the table is a set_merge copy of a frozenset built by adding the
 * items left to right (not the same layout as adding them one by one once the frozenset has resized).
 * Takes ownership of `items`.
 */
function setFromConstants(items: PyObject[]): PyObject {
  const merged = frozensetConstant(items);
  const s = newSet();
  (s.v as SetTable).merge(merged.v as SetTable, incref);
  decref(merged);
  return s;
}
/** The frozenset constant the compiler makes of constant items (they are taken over). */
function frozensetConstant(items: PyObject[]): PyObject {
  const frozen = newSet(undefined, true);
  for (const x of items) {
    const k = hashKey(x);
    if ((frozen.v as SetTable).has(k)) decref(x);
    else (frozen.v as SetTable).set(k, x);
  }
  // The compiler's constant merging (merge_consts_recursive) rebuilds the frozenset once, adding
  // the first one's items in slot order. Checked against CPython for ints; float/bool/tuple items
  // go through type-tagged constant keys, which this does not model.
  const merged = newSet(undefined, true);
  for (const [k, v] of frozen.v as SetTable) (merged.v as SetTable).set(k, incref(v));
  decref(frozen);
  return merged;
}
export { setFromIterable, setUpdateInternal, setFromConstants, frozensetConstant };
ctor(rangeType, (_t, a) => {
  if (a.length === 0) throw typeErr('range expected at least 1 argument, got 0');
  if (a.length > 3) throw typeErr(`range expected at most 3 arguments, got ${a.length}`);
  const n = a.map((x) => intArg(x, 'range'));
  const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
  if (step === 0) throw pyErr(ValueError, 'range() arg 3 must not be zero');
  return newObject(rangeType, { start, stop, step });
});
ctor(objectType, (_t, a) => {
  if (a.length) throw typeErr('object() takes no arguments');
  return newObject(objectType, null);
});
ctor(noneType, (_t, a) => {
  if (a.length) throw typeErr('NoneType takes no arguments');
  return incref(None);
});
ctor(typeType, (_t, a) => {
  if (a.length === 1) return incref(a[0].ob_type);
  throw pyErr(excTypes.get('NotImplementedError')!, 'type() with 3 arguments is not supported by the simulator');
});
ctor(superType, (_t, a) => {
  nargs('super', a, 2, 2);
  if (!(a[0] instanceof PyType)) throw typeErr('super() argument 1 must be a type, not ' + typeName(a[0]));
  return newObject(superType, { klass: incref(a[0]) as PyType, self: incref(a[1]) } satisfies SuperInfo);
});
ctor(propertyType, (_t, a, kw) => newObject(propertyType, {
  fget: a[0] && a[0] !== None ? incref(a[0]) : kw?.get('fget') ? incref(kw.get('fget')!) : null,
  fset: a[1] && a[1] !== None ? incref(a[1]) : kw?.get('fset') ? incref(kw.get('fset')!) : null,
}));
method(propertyType, 'setter', (self, a) => newObject(propertyType, { fget: self!.v.fget ? incref(self!.v.fget) : null, fset: incref(a[0]) }));
method(propertyType, 'getter', (self, a) => newObject(propertyType, { fget: incref(a[0]), fset: self!.v.fset ? incref(self!.v.fset) : null }));
// sm_init/cm_init copy the callable's __module__, __name__, __qualname__, __doc__ and
// __annotations__ (functools_wraps): the wrapper gets a __dict__, and reading a function's
// __annotations__ gives it an (empty) dict (both only counted: function-parts.ts)
for (const t of [staticmethodType, classmethodType]) {
  ctor(t, (_t, a) => {
    if (a.length !== 1) throw typeErr(`${t.name} expected 1 argument, got ${a.length}`);
    const o = newObject(t, incref(a[0]));
    allocWrapperDict();
    if (a[0].ob_type === functionType) touchAnnotations(a[0]);
    return o;
  });
}
builtinConstructors.set(sliceType, (_t, a) => {
  const [x, y, z] = a.length === 1 ? [None, a[0], None] : [a[0], a[1], a[2] ?? None];
  return newObject(sliceType, { start: incref(x), stop: incref(y), step: incref(z) });
});
builtinsMap.set('slice', sliceType);

// iterator-producing builtins
// enumerate, zip: the object, its iterators and its result tuple in CPython's order (enum_new,
// zip_new), the result refilled while nobody else holds it (objects/iter.ts refillResult)
ctor(iterTypeOf('enumerate'), (_t, a, kw) => {
  const src = a[0] ?? kw?.get('iterable');
  if (src === undefined) throw typeErr("enumerate() missing required argument 'iterable' (pos 1)");
  const startO = a[1] ?? kw?.get('start');
  let i = startO ? Number(startO.v) : 0;
  const state: IterState = { refs: [], next: () => null };
  const en = makeIter('enumerate', state);
  let it: PyObject;
  try {
    it = getIter(src);
  } catch (e) {
    decref(en);
    throw e;
  }
  const result = resultTuple(2);
  state.refs.push(it, result);
  state.next = () => {
    const x = iterNext(it);
    if (x === null) return null;
    return refillResult(result, [newInt(i++), x]);
  };
  return en;
});
ctor(iterTypeOf('zip'), (_t, a) => {
  const n = a.length;
  const ittuple = iteratorTuple(a);
  const its = ittuple.v as PyObject[];
  const result = resultTuple(n);
  return makeIter('zip', {
    refs: [ittuple, result],
    next: () => (n === 0 ? null : zipResult(result, its)),
  });
});
ctor(iterTypeOf('map'), (_t, a) => {
  if (a.length < 2) throw typeErr('map() must have at least two arguments.');
  // map_vectorcall: a tuple of the iterators, then the map object
  const ittuple = iteratorTuple(a.slice(1));
  const its = ittuple.v as PyObject[];
  const fn = incref(a[0]);
  return makeIter('map', {
    refs: [fn, ittuple],
    next: () => {
      const items: PyObject[] = [];
      for (const it of its) {
        const x = iterNext(it);
        if (x === null) {
          for (const y of items) decref(y);
          return null;
        }
        items.push(x);
      }
      return callObject(fn, items, null);
    },
  });
});
ctor(iterTypeOf('filter'), (_t, a) => {
  nargs('filter', a, 2, 2);
  const fn = incref(a[0]);
  const it = getIter(a[1]);
  return makeIter('filter', {
    refs: [fn, it],
    next: () => {
      for (;;) {
        const x = iterNext(it);
        if (x === null) return null;
        let keep: boolean;
        if (fn === None) keep = truthy(x);
        else {
          const r = callBorrowed(fn, x);
          keep = truthy(r);
          decref(r);
        }
        if (keep) return x;
        decref(x);
      }
    },
  });
});
ctor(iterTypeOf('reversed'), (_t, a) => {
  nargs('reversed', a, 1, 1);
  const seq = a[0];
  const t = seq.ob_type;
  if (t.heap) {
    const m = t.lookup('__reversed__');
    if (m !== null) return callBorrowed(m, seq);
  }
  if (t.tag === Tag.Range) {
    // range.__reversed__: a range iterator running backwards
    const r = seq.v as { start: number; stop: number; step: number };
    const n = rangeLen(r);
    return makeIter('range_iterator', { next: rangeNext, refs: [], cur: r.start + (n - 1) * r.step, step: -r.step, left: n });
  }
  if (t.tag === Tag.List || t.tag === Tag.Tuple || t.tag === Tag.Str) {
    let i = len(seq) - 1;
    return makeIter(t.tag === Tag.List ? 'list_reverseiterator' : 'reversed', {
      refs: [incref(seq)],
      next: () => {
        if (t.tag === Tag.List && i >= (seq.v as PyObject[]).length) i = -1;
        if (i < 0) return null;
        const idx = newInt(i--);
        try {
          if (t.tag === Tag.List || t.tag === Tag.Tuple) return incref((seq.v as PyObject[])[Number(idx.v)]);
          if (t.tag === Tag.Str) return newStr(cpAt(seq.v as string, Number(idx.v)));
          const r = seq.v as { start: number; step: number };
          return newInt(r.start + Number(idx.v) * r.step);
        } finally {
          decref(idx);
        }
      },
    });
  }
  if (t.tag === Tag.Dict) {
    const keys = [...(seq.v as Map<unknown, DictEntry>).values()].map((e) => e.k).reverse();
    let i = 0;
    return makeIter('dict_reversekeyiterator', { refs: [incref(seq)], next: () => (i < keys.length ? incref(keys[i++]) : null) });
  }
  throw typeErr(`'${typeName(seq)}' object is not reversible`);
});

import { iterTypes } from '../objects/core.ts';
function iterTypeOf(name: 'enumerate' | 'zip' | 'map' | 'filter' | 'reversed'): PyType {
  const t = iterTypes[name];
  if (name === 'reversed') {
    builtinsMap.set('reversed', t);
  }
  return t;
}
builtinsMap.set('reversed', iterTypes.reversed);

// exceptions
for (const [name, t] of excTypes) {
  builtinsMap.set(name, t);
  builtinConstructors.set(t, (tt, a) => newException(tt, a.map((x) => incref(x))));
}
builtinsMap.set('NotImplemented', NotImplemented);
builtinsMap.set('Ellipsis', EllipsisObj);
builtinsMap.set('super', superType);
builtinsMap.set('type', typeType);
builtinsMap.set('object', objectType);

// ---- methods of object / BaseException ------------------------------------------------------------------

method(objectType, '__init__', (self, a) => {
  void self;
  if (a.length) throw typeErr('object.__init__() takes exactly one argument (the instance to initialize)');
  return incref(None);
});
method(objectType, '__repr__', (self) => newStr(`<${qualTypeName(self!.ob_type)} object at ${addrHex(self!)}>`));
method(objectType, '__str__', (self) => newStr(repr(self!)));
method(objectType, '__eq__', (self, a) => incref(self === a[0] ? True : NotImplemented));
method(objectType, '__ne__', (self, a) => incref(self === a[0] ? False : NotImplemented));
method(objectType, '__hash__', (self) => newInt(Math.floor(self!.addr / 16)));
method(objectType, '__setattr__', (self, a) => {
  const { genericSetAttr } = attrModule;
  genericSetAttr(self!, a[0].v, a[1]);
  return incref(None);
});
method(objectType, '__delattr__', (self, a) => {
  delAttr(self!, a[0].v);
  return incref(None);
});
method(objectType, '__getattribute__', (self, a) => getAttr(self!, a[0].v));
method(objectType, '__format__', (self, a) => newStr(formatValue(self!, a[0]?.v ?? '')));
method(objectType, '__dir__', (self) => callBorrowed(builtinsMap.get('dir')!, self!));
import * as attrModule from '../objects/abstract.ts';

method(BaseException, '__init__', (self, a) => {
  const st = self!.v as ExcState;
  const old = st.args;
  st.args = newTuple(a.map((x) => incref(x)));
  decref(old);
  return incref(None);
});
method(BaseException, '__str__', (self) => newStr(excStr(self!)));
method(BaseException, '__repr__', (self) => {
  const st = self!.v as ExcState;
  const args = st.args.v as PyObject[];
  const inner = args.length === 1 ? repr(args[0]) : args.map(repr).join(', ');
  return newStr(`${self!.ob_type.name}(${inner})`);
});
method(BaseException, 'with_traceback', (self) => incref(self!));

// ---- special attributes ------------------------------------------------------------------------------

attrHooks.special = (o: PyObject, name: string): PyObject | null => {
  if (name === '__class__') return incref(o.ob_type);
  const t = o.ob_type;
  if (t === superType) return superGetAttr(o, name);
  if (t.module === 'ctypes' && name === 'value') return newInt((o.v as { value: number }).value);
  if (o instanceof PyType) {
    switch (name) {
      case '__name__': return newStr(o.name);
      case '__qualname__': return newStr((o as PyType & { qualname?: string }).qualname ?? o.name);
      case '__module__': return newStr(o.module);
      case '__mro__': return newTuple(o.mro.map((m) => incref(m)));
      case '__bases__': return newTuple((o.classParts?.bases ?? (o.base ? [o.base] : [])).map((m) => incref(m)));
      case '__base__': return incref(o.base ?? None);
      case '__doc__': return incref(None);
      case '__dict__': return snapshotDict(o.tp_dict);
    }
    return null;
  }
  switch (t.tag) {
    case Tag.Exc: {
      const st = o.v as ExcState;
      switch (name) {
        case 'args': return incref(st.args);
        case '__cause__': return incref(st.cause ?? None);
        case '__context__': return incref(st.context ?? None);
        case '__suppress_context__': return newBool(st.suppress);
        case '__traceback__':
          // a raised exception's traceback object (frames, tb_next) is not modelled: say so
          if (st.tb.length > 0) throw pyErr(excTypes.get('NotImplementedError')!, 'traceback objects (__traceback__) are not supported by the simulator');
          return incref(None);
        case '__notes__': return null;
      }
      break;
    }
    case Tag.Func: {
      const f = o.v as FuncInfo;
      switch (name) {
        case '__name__': return newStr(f.name);
        case '__qualname__': return newStr(f.qualname);
        case '__module__': return newStr(f.module);
        case '__defaults__': return f.defaults ? newTuple(f.defaults.map((x) => incref(x))) : incref(None);
        case '__doc__': return incref(f.doc ?? None);
        case '__globals__': return incref(f.globals);
        case '__closure__': return f.closure ? newTuple(f.closure.map((x) => incref(x))) : incref(None);
        case '__dict__': return instanceDict(o);
      }
      break;
    }
    case Tag.Builtin: {
      const b = o.v as BuiltinInfo;
      if (name === '__name__') return newStr(b.name);
      if (name === '__qualname__') return newStr(b.owner ? `${b.owner}.${b.name}` : b.name);
      if (name === '__self__') return incref(b.self ?? None);
      break;
    }
    case Tag.StaticMethod:
    case Tag.ClassMethod: {
      // functools_wraps copied these from the callable into the wrapper's __dict__
      const wrapped = o.v as PyObject;
      if (name === '__func__' || name === '__wrapped__') return incref(wrapped);
      if (['__name__', '__qualname__', '__doc__', '__module__'].includes(name)) return attrModule.getAttrOrNull(wrapped, name);
      break;
    }
    case Tag.Method: {
      const m = o.v as MethodInfo;
      if (name === '__self__') return incref(m.self);
      if (name === '__func__') return incref(m.func);
      if (name === '__name__') return newStr((m.func.v as FuncInfo).name);
      if (name === '__qualname__') return newStr((m.func.v as FuncInfo).qualname);
      break;
    }
    case Tag.Int:
    case Tag.Bool:
      if (name === 'real' || name === 'numerator') return newInt(o.v);
      if (name === 'imag') return newInt(0);
      if (name === 'denominator') return newInt(1);
      break;
    case Tag.Float:
      if (name === 'real') return newFloat(o.v);
      if (name === 'imag') return newFloat(0);
      break;
    case Tag.Complex:
      if (name === 'real') return newFloat((o.v as ComplexValue).real);
      if (name === 'imag') return newFloat((o.v as ComplexValue).imag);
      break;
    case Tag.Cell:
      if (name === 'cell_contents') {
        if (o.v === null) throw pyErr(ValueError, 'Cell is empty');
        return incref(o.v as PyObject);
      }
      break;
    case Tag.Range: {
      const r = o.v as { start: number; stop: number; step: number };
      if (name === 'start' || name === 'stop' || name === 'step') return newInt(r[name]);
      break;
    }
    case Tag.Slice: {
      const s = o.v as Record<string, PyObject>;
      if (name === 'start' || name === 'stop' || name === 'step') return incref(s[name]);
      break;
    }
    case Tag.Module:
      if (name === '__name__') return newStr((o.v as { name: string }).name);
      if (name === '__dict__') {
        const own = (o.v as { dict?: PyObject }).dict;
        if (own !== undefined) return incref(own);
        // Built-in modules keep their names in a JS map, not a dict object: hand out a snapshot.
        return snapshotDict(o.dict);
      }
      break;
  }
  if (name === '__dict__' && t.heap) return instanceDict(o);
  if (name === '__doc__') return incref(None);
  return null;
};

/** A new dict holding the entries of a namespace the simulator keeps as a JS map. */
function snapshotDict(names: Iterable<[string, PyObject]> | null): PyObject {
  const d = newDict();
  const m = d.v as Map<unknown, DictEntry>;
  if (names !== null) for (const [k, v] of names) m.set(k, { k: newStr(k), v: incref(v) });
  return d;
}

typeCallHooks.construct = construct;

export { floatRepr, intOp, allTypes, toArray as iterableToArray, internExisting, instanceDict };
