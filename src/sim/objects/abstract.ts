/**
 * The abstract object protocol (CPython's Objects/abstract.c + object.c): repr/str, hashing,
 * comparison, truth, attribute access, calls. Every function returning a PyObject returns a NEW
 * reference; PyObject arguments are borrowed unless the name says otherwise.
 */
import { unsupportedAttribute } from './unsupported.ts';
import { PyObject, PyType, Tag, typeVersion } from './pyobject.ts';
import type { DictEntry } from './core.ts';
import {
  AttributeError, False, KeyError, None, NotImplemented, True, TypeError, boolType, dictType,
  excTypes, ExcState, floatType, functionType, intType, listType, methodType, newBool,
  newInt, newObject, newStr, newTuple, objectType, setType, strType, tupleType, typeType,
  builtinType, IndexError, ValueError, RecursionError,
} from './core.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen, heapBudget, incref } from '../heap.ts';
import { reprEnter } from '../first-use.ts';
import { pyErr, typeErr } from './errors.ts';
import { floatRepr } from './floatrepr.ts';
import { AttrDict } from './attrdict.ts';
import { setHash } from './settable.ts';
import { complexEq, complexHash, complexKey, complexReprOf } from './complex.ts';
import { sharedKeysNewAttr } from './sharedkeys.ts';
import { strRepr as textStrRepr } from '../text/index.ts';
import { INT_MAX_STR_DIGITS } from '../text/int-to-str.ts';
import { cpCompare, cpLen } from './codepoints.ts';
import { allocFunctionDict } from './function-parts.ts';

// ---- payload shapes --------------------------------------------------------------------------------

export type BuiltinFn = (self: PyObject | null, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;
export interface BuiltinInfo {
  name: string;
  fn: BuiltinFn;
  self: PyObject | null;
  /** Owner type name for method descriptors ("list"), null for plain functions. */
  owner: string | null;
}

/** Filled by the interpreter (the code object's entry point). */
export interface CodeLike {
  name: string;
  qualname: string;
  /** Runs the function; with dropFunc it also releases the caller's reference to `func`. */
  call: (func: PyObject, args: PyObject[], kw: Map<string, PyObject> | null, dropFunc?: boolean) => PyObject;
}
export interface FuncInfo {
  code: CodeLike;
  globals: PyObject;
  defaults: PyObject[] | null;
  /** Whether MAKE_FUNCTION got __defaults__ from BUILD_TUPLE (not a constant tuple): function-parts.ts. */
  builtDefaults?: boolean;
  /** A method whose __closure__ is (only) the class's `__class__` cell, kept here as `klass`: function-parts.ts. */
  classCellClosure?: boolean;
  /** Whether the function's __annotations__ dict exists (read once): function-parts.ts. */
  annotationsCounted?: boolean;
  /** Whether the function has a __dict__ CPython would have allocated: function-parts.ts. */
  dictCounted?: boolean;
  kwdefaults: Map<string, PyObject> | null;
  closure: PyObject[] | null;
  name: string;
  qualname: string;
  klass: PyType | null;
  doc: PyObject | null;
  module: string;
}
export interface MethodInfo {
  func: PyObject;
  self: PyObject;
}

export const methodDescrType = new PyType(typeType, 'method_descriptor', objectType, Tag.Builtin, 56, false, false);
methodDescrType.ob_refcnt = 999_999_999;

// ---- runtime hooks ----------------------------------------------------------------------------------

export const runtime = {
  recursionLimit: 1000,
  depth: 0,
  /** Prints "Exception ignored in" reports (set by the interpreter). */
  unraisable: (_e: PyObject, _where: string) => {},
};

// ---- helpers -------------------------------------------------------------------------------------------

export function typeName(o: PyObject): string {
  return o.ob_type.name;
}

export function isInstance(o: PyObject, t: PyType): boolean {
  return o.ob_type === t || o.ob_type.isSubtype(t);
}

export function addrHex(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

export function qualTypeName(t: PyType): string {
  return t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
}

// ---- calls -----------------------------------------------------------------------------------------

/** `str.upper('abc')`: an unbound method of a built-in type, its first argument the instance. */
function callMethodDescriptor(b: BuiltinInfo, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  try {
    if (args.length === 0) throw typeErr(`unbound method ${b.owner}.${b.name}() needs an argument`);
    const self = args[0];
    if (!self.ob_type.mro.some((t) => !t.heap && t.name === b.owner)) {
      throw typeErr(`descriptor '${b.name}' for '${b.owner}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return b.fn(self, args.slice(1), kw);
  } finally {
    for (let i = 0; i < args.length; i++) decref(args[i]);
    if (kw !== null) for (const v of kw.values()) decref(v);
  }
}

/** Call `f` with OWNED argument references (consumed, like 3.11 moving them into the frame). */
export function callObject(f: PyObject, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  switch (f.ob_type.tag) {
    case Tag.Func: {
      if (f.ob_type === functionType) return (f.v as FuncInfo).code.call(f, args, kw);
      break;
    }
    case Tag.Builtin: {
      if (f.ob_type === builtinType) {
        const b = f.v as BuiltinInfo;
        try {
          return b.fn(b.self, args, kw);
        } finally {
          for (let i = 0; i < args.length; i++) decref(args[i]);
          if (kw !== null) for (const v of kw.values()) decref(v);
        }
      }
      if (f.ob_type === methodDescrType) return callMethodDescriptor(f.v as BuiltinInfo, args, kw);
      break;
    }
    case Tag.Method: {
      if (f.ob_type === methodType) {
        const m = f.v as MethodInfo;
        args.unshift(incref(m.self));
        return callObject(m.func, args, kw);
      }
      break;
    }
    case Tag.Type:
      return typeCall(f as PyType, args, kw);
  }
  const call = f.ob_type.lookup('__call__');
  if (call !== null && f.ob_type.heap) {
    args.unshift(incref(f));
    return callObject(call, args, kw);
  }
  for (const a of args) decref(a);
  if (kw) for (const v of kw.values()) decref(v);
  throw typeErr(`'${typeName(f)}' object is not callable`);
}

/** Call with borrowed arguments. */
export function callBorrowed(f: PyObject, ...args: PyObject[]): PyObject {
  for (const a of args) a.ob_refcnt++;
  return callObject(f, args, null);
}

/** type(...) called: construct an instance (or type(x) with one argument). */
export const typeCallHooks: { construct: (t: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject } = {
  construct: () => {
    throw typeErr('cannot construct');
  },
};
function typeCall(t: PyType, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  return typeCallHooks.construct(t, args, kw);
}

/** Look up a special method on the type and call it with `self` + borrowed args; null if absent. */
export function callSpecial(o: PyObject, name: string, ...args: PyObject[]): PyObject | null {
  const m = o.ob_type.lookup(name);
  if (m === null) return null;
  return callDescr(m, o, args);
}

function callDescr(m: PyObject, self: PyObject, args: PyObject[]): PyObject {
  if (m.ob_type === methodDescrType) {
    const b = m.v as BuiltinInfo;
    return b.fn(self, args, null);
  }
  const owned = [incref(self)];
  for (const a of args) owned.push(incref(a));
  return callObject(m, owned, null);
}

// ---- repr / str -----------------------------------------------------------------------------------

const reprStack = new Set<PyObject>();

export function strRepr(s: string): string {
  // a long string's repr can be several times longer (every backslash doubled): know its length
  // before building it, so a runaway program meets the heap limit and not the tab's memory
  if (s.length > 1 << 20) reprLength(s.length + countEscapes(s));
  return textStrRepr(s);
}

/**
 * At least how many characters escaping adds to `s`: one per backslash, three per control
 * character, one per single quote when double quotes are there too (repr then quotes with ').
 */
function countEscapes(s: string): number {
  let n = 0;
  let single = 0;
  let double = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) n++;
    else if (c === 39) single++;
    else if (c === 34) double++;
    else if (c < 32 || c === 127) n += 3;
  }
  return n + (double > 0 ? single : 0);
}

/**
 * An int's decimal text, under CPython 3.11's limit of 4,300 digits (sys.get_int_max_str_digits(),
 * CVE-2020-10735): longer raises ValueError, as str(), repr() and print() do there. A number far
 * past the limit is refused from its length alone, before any conversion (as CPython does).
 */
export function intStr(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  const hexDigits = (v < 0n ? -v : v).toString(16).length;
  // 4,300 decimal digits are 14,284 bits: 3,571 hex digits
  if (hexDigits > 3600) throw pyErr(ValueError, INT_DIGITS_MESSAGE);
  const s = String(v);
  if (s.length - (v < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) throw pyErr(ValueError, INT_DIGITS_MESSAGE);
  return s;
}
const INT_DIGITS_MESSAGE = `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;

export function repr(o: PyObject): string {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.Int:
      if (t === intType) return intStr(o.v);
      break;
    case Tag.Bool:
      if (t === boolType) return o.v ? 'True' : 'False';
      break;
    case Tag.Float:
      if (t === floatType) return floatRepr(o.v);
      break;
    case Tag.Complex:
      if (!t.heap) return complexReprOf(o);
      break;
    case Tag.Str:
      if (t === strType) return strRepr(o.v);
      break;
    case Tag.NoneT:
      return 'None';
    case Tag.NotImpl:
      return t.name === 'ellipsis' ? 'Ellipsis' : 'NotImplemented';
    case Tag.List:
      if (t === listType) return seqRepr(o, '[', ']');
      break;
    case Tag.Tuple:
      if (t === tupleType) return seqRepr(o, '(', (o.v as PyObject[]).length === 1 ? ',)' : ')');
      break;
    case Tag.Dict:
      if (t === dictType) return dictRepr(o);
      break;
    case Tag.Set:
      if (!t.heap) return setRepr(o);
      break;
  }
  const r = t.lookup('__repr__');
  if (r !== null && r.ob_type !== methodDescrType) {
    const s = callDescr(r, o, []);
    if (s.ob_type !== strType && !s.ob_type.isSubtype(strType)) {
      const n = typeName(s);
      decref(s);
      throw typeErr(`__repr__ returned non-string (type ${n})`);
    }
    const v = s.v as string;
    decref(s);
    return v;
  }
  return builtinRepr(o);
}

function builtinRepr(o: PyObject): string {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.Int: return intStr(o.v);
    case Tag.Bool: return o.v ? 'True' : 'False';
    case Tag.Float: return floatRepr(o.v);
    case Tag.Complex: return complexReprOf(o);
    case Tag.Str: return strRepr(o.v);
    case Tag.List: return seqRepr(o, '[', ']');
    case Tag.Tuple: return seqRepr(o, '(', (o.v as PyObject[]).length === 1 ? ',)' : ')');
    case Tag.Dict: return dictRepr(o);
    case Tag.Set: return setRepr(o);
    case Tag.Type: {
      const ty = o as PyType;
      return `<class '${qualTypeName(ty)}'>`;
    }
    case Tag.Func: {
      const f = o.v as FuncInfo;
      return `<function ${f.qualname} at ${addrHex(o)}>`;
    }
    case Tag.Builtin: {
      const b = o.v as BuiltinInfo;
      if (o.ob_type === methodDescrType) return `<method '${b.name}' of '${b.owner}' objects>`;
      if (b.self !== null && b.owner !== null) return `<built-in method ${b.name} of ${typeName(b.self)} object at ${addrHex(b.self)}>`;
      return `<built-in function ${b.name}>`;
    }
    case Tag.Method: {
      const m = o.v as MethodInfo;
      return `<bound method ${(m.func.v as FuncInfo).qualname} of ${repr(m.self)}>`;
    }
    case Tag.Module:
      return `<module '${(o.v as { name: string }).name}' (built-in)>`;
    case Tag.Range: {
      const r = o.v as { start: number; stop: number; step: number };
      return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    }
    case Tag.Exc: {
      const st = o.v as ExcState;
      const args = st.args.v as PyObject[];
      const inner = args.length === 1 ? repr(args[0]) : args.map(repr).join(', ');
      return `${t.name}(${inner})`;
    }
    case Tag.Cell: {
      const c = o.v as PyObject | null;
      return c === null ? `<cell at ${addrHex(o)}: empty>` : `<cell at ${addrHex(o)}: ${typeName(c)} object at ${addrHex(c)}>`;
    }
    case Tag.Iter:
      if (t.name === 'dict_keys' || t.name === 'dict_values' || t.name === 'dict_items') return dictViewRepr(o);
      break;
  }
  return `<${qualTypeName(t)} object at ${addrHex(o)}>`;
}

/** dictviews_repr: `dict_items([('a', 1)])`, guarded like the dict itself against recursion. */
function dictViewRepr(o: PyObject): string {
  const name = o.ob_type.name;
  if (reprStack.has(o)) return '...';
  reprStack.add(o);
  try {
    const { dict, kind } = o.v as { dict: PyObject; kind: 'keys' | 'values' | 'items' };
    const parts: string[] = [];
    for (const e of (dict.v as Map<unknown, DictEntry>).values()) {
      parts.push(kind === 'keys' ? repr(e.k) : kind === 'values' ? repr(e.v) : `(${repr(e.k)}, ${repr(e.v)})`);
    }
    return `${name}([${parts.join(', ')}])`;
  } finally {
    reprStack.delete(o);
  }
}

/** A container's repr growing past the longest string the simulator makes: the heap limit, before more text is built. */
function reprLength(n: number): void {
  if (n > heapBudget.maxChars) throw heapBudget.exceeded();
}

function seqRepr(o: PyObject, open: string, close: string): string {
  if ((o.v as PyObject[]).length === 0) return open === '[' ? '[]' : '()';
  reprEnter();
  if (reprStack.has(o)) return open === '[' ? '[...]' : '(...)';
  reprStack.add(o);
  try {
    const items = o.v as PyObject[];
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
      reprLength(s.length);
    }
    return s + close;
  } finally {
    reprStack.delete(o);
  }
}

function dictRepr(o: PyObject): string {
  reprEnter();
  if (reprStack.has(o)) return '{...}';
  reprStack.add(o);
  try {
    const parts: string[] = [];
    let n = 0;
    for (const e of (o.v as Map<unknown, DictEntry>).values()) {
      const part = repr(e.k) + ': ' + repr(e.v);
      reprLength((n += part.length + 2));
      parts.push(part);
    }
    return '{' + parts.join(', ') + '}';
  } finally {
    reprStack.delete(o);
  }
}

function setRepr(o: PyObject): string {
  const m = o.v as Map<unknown, PyObject>;
  const name = o.ob_type.name;
  reprEnter();
  if (m.size === 0) return `${name}()`;
  if (reprStack.has(o)) return `${name}(...)`;
  reprStack.add(o);
  // set_repr reprs a list of the items (PySequence_List: a list filled through a set iterator)
  gcLinkedUnseen('list');
  gcLinkedUnseen('other');
  gcFreedUnseen('other');
  try {
    let n = 0;
    const inner = '{' + [...m.values()].map((v) => {
      const r = repr(v);
      reprLength((n += r.length + 2));
      return r;
    }).join(', ') + '}';
    return name === 'set' ? inner : `${name}(${inner})`;
  } finally {
    gcFreedUnseen('list');
    reprStack.delete(o);
  }
}

export function str(o: PyObject): string {
  const t = o.ob_type;
  if (t === strType) return o.v;
  if (t === intType) return intStr(o.v);
  if (t === floatType) return floatRepr(o.v);
  const s = t.lookup('__str__');
  if (s !== null && s.ob_type !== methodDescrType) {
    const r = callDescr(s, o, []);
    if (!isInstance(r, strType)) {
      const n = typeName(r);
      decref(r);
      throw typeErr(`__str__ returned non-string (type ${n})`);
    }
    const v = r.v as string;
    decref(r);
    return v;
  }
  if (t.tag === Tag.Str) return o.v;
  if (t.tag === Tag.Exc) return excStr(o);
  return repr(o);
}

export function excStr(o: PyObject): string {
  const args = (o.v as ExcState).args.v as PyObject[];
  if (args.length === 0) return '';
  if (args.length === 1) {
    if (o.ob_type === excTypes.get('KeyError') || o.ob_type.isSubtype(KeyError)) return repr(args[0]);
    return str(args[0]);
  }
  return repr((o.v as ExcState).args);
}

// ---- hashing ---------------------------------------------------------------------------------------

export const NONE_KEY = Symbol('None');

/**
 * The JS Map key standing for a Python key: equal Python keys get equal JS keys (1 == 1.0 ==
 * True share the number 1), objects hashed by identity use themselves.
 */
export function hashKey(o: PyObject): unknown {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.Str:
      if (t === strType) return o.v;
      break;
    case Tag.Int:
    case Tag.Bool:
    case Tag.Float:
      if (!t.heap) return o.v;
      break;
    case Tag.Complex:
      if (!t.heap) return complexKey(o.v);
      break;
    case Tag.NoneT:
      return NONE_KEY;
    case Tag.Tuple:
      if (t === tupleType) return tupleKey(o);
      break;
    case Tag.List:
    case Tag.Dict:
      if (!t.heap) throw typeErr(`unhashable type: '${t.name}'`);
      break;
    case Tag.Set:
      if (t === setType) throw typeErr(`unhashable type: '${t.name}'`);
      return 'fs:' + [...(o.v as Map<unknown, PyObject>).keys()].map(keyPart).sort().join(',');
  }
  if (t.heap) {
    const h = t.lookup('__hash__');
    if (h === None) throw typeErr(`unhashable type: '${t.name}'`);
    if (h !== null && h.ob_type !== methodDescrType) {
      const r = callDescr(h, o, []);
      const v = r.v;
      decref(r);
      return 'h:' + String(v);
    }
    if (h === null || h.ob_type === methodDescrType) {
      // a class defining __eq__ without __hash__ is unhashable
      const eq = t.lookup('__eq__');
      if (eq !== null && eq.ob_type !== methodDescrType && !t.tp_dict.has('__hash__')) {
        let owner: PyType | null = null;
        for (const m of t.mro) if (m.tp_dict.has('__eq__')) { owner = m; break; }
        if (owner !== null && owner.heap) throw typeErr(`unhashable type: '${t.name}'`);
      }
    }
    if (t.tag === Tag.Str) return o.v;
    if (t.tag === Tag.Int || t.tag === Tag.Float) return o.v;
  }
  return o;
}

function keyPart(k: unknown): string {
  switch (typeof k) {
    case 'number': return 'n' + k;
    case 'bigint': return 'n' + k;
    case 'string': return 's' + k.length + ':' + k;
    case 'symbol': return 'N';
    default:
      if (k instanceof PyObject) return 'o' + k.addr;
      return String(k);
  }
}

function tupleKey(o: PyObject): string {
  let s = '(';
  for (const it of o.v as PyObject[]) s += keyPart(hashKey(it)) + ',';
  return s + ')';
}

export function pyHash(o: PyObject): number | bigint {
  return pyHashKeyed(o, hashKey(o));
}

/** PyObject_Hash(o) given its hashKey `k` (so a user __hash__ is not called twice). */
function pyHashKeyed(o: PyObject, k: unknown): number | bigint {
  if (typeof k === 'string' && o.ob_type.tag === Tag.Complex) return complexHash(o.v, (x) => pyHashKeyed(o, x));
  if (typeof k === 'number') {
    if (Number.isInteger(k)) {
      if (Math.abs(k) < 2 ** 52) return k === -1 ? -2 : k;
      return longHash(BigInt(k));
    }
    if (Number.isFinite(k)) return doubleHash(k);
    if (k === Infinity) return 314159;
    if (k === -Infinity) return -314159;
    return pointerHash(o); // NaN hashes by identity since 3.10
  }
  if (typeof k === 'bigint') return longHash(k);
  if (typeof k === 'string') {
    if (o.ob_type.tag === Tag.Tuple) return tupleHash(o);
    if (o.ob_type.tag !== Tag.Str && k.startsWith('h:')) return userHash(k.slice(2));
    return strHash(k);
  }
  if (k instanceof PyObject) return pointerHash(k);
  if (k === NONE_KEY) return pointerHash(o);
  return 0;
}
setHash.fn = pyHashKeyed;

/** _Py_HashPointer: the address rotated right by 4 bits (objects are 16-byte aligned). */
function pointerHash(o: PyObject): number {
  const h = Math.floor(o.addr / 16);
  return h === -1 ? -2 : h;
}

/** slot_tp_hash: a __hash__ result fitting Py_ssize_t is used as is, else reduced like an int. */
function userHash(text: string): number | bigint {
  let v: bigint;
  try {
    v = BigInt(text);
  } catch {
    return strHash(text);
  }
  if (v !== BigInt.asIntN(64, v)) return longHash(v);
  if (v === -1n) v = -2n;
  return Number.isSafeInteger(Number(v)) ? Number(v) : v;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const U64 = (1n << 64n) - 1n;

/** 3.11's tuplehash (xxHash-based), items hashed with PyObject_Hash. */
function tupleHash(o: PyObject): number | bigint {
  const items = o.v as PyObject[];
  let acc = XXPRIME_5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(pyHashKeyed(it, hashKey(it))));
    acc = (acc + lane * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796;
  const h = BigInt.asIntN(64, acc);
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

// sys.hash_info: numeric hashes are reduced modulo the Mersenne prime 2**61 - 1
const HASH_BITS = 61n;
const HASH_MODULUS = (1n << HASH_BITS) - 1n;

/** long_hash: |x| mod (2**61 - 1) with x's sign; -1 is reserved, so it becomes -2. */
function longHash(v: bigint): number | bigint {
  let h = (v < 0n ? -v : v) % HASH_MODULUS;
  if (v < 0n) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

/** _Py_HashDouble for finite non-integral floats (equal to long_hash for integral ones). */
function doubleHash(v: number): number | bigint {
  let m = Math.abs(v);
  let e = Math.floor(Math.log2(m)) + 1;
  m = m * 2 ** (-e >> 1) * 2 ** (-e - (-e >> 1));
  while (m >= 1) { m /= 2; e++; }
  while (m < 0.5) { m *= 2; e--; }
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 60 - ((-1 - e) % 61));
  x = ((x << eb) & HASH_MODULUS) | (x >> (HASH_BITS - eb));
  if (v < 0) x = -x;
  if (x === -1n) x = -2n;
  return Number.isSafeInteger(Number(x)) ? Number(x) : x;
}

function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

// ---- truth, equality, comparison -------------------------------------------------------------------

export function truthy(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.Int:
    case Tag.Float:
      if (!t.heap) return o.v != 0;
      break;
    case Tag.Str:
    case Tag.List:
    case Tag.Tuple:
      if (!t.heap) return o.v.length !== 0;
      break;
    case Tag.Dict:
    case Tag.Set:
      if (!t.heap) return o.v.size !== 0;
      break;
    case Tag.Range:
      return rangeLen(o.v) > 0;
    case Tag.Complex:
      if (!t.heap) return o.v.real !== 0 || o.v.imag !== 0;
      break;
  }
  if (t.heap) {
    const b = t.lookup('__bool__');
    if (b !== null && b.ob_type !== methodDescrType) {
      const r = callDescr(b, o, []);
      const v = r === True;
      decref(r);
      return v;
    }
    const l = t.lookup('__len__');
    if (l !== null && l.ob_type !== methodDescrType) {
      const r = callDescr(l, o, []);
      const v = r.v != 0;
      decref(r);
      return v;
    }
    if (t.tag === Tag.List || t.tag === Tag.Str || t.tag === Tag.Tuple) return o.v.length !== 0;
    if (t.tag === Tag.Dict || t.tag === Tag.Set) return o.v.size !== 0;
    if (t.tag === Tag.Int || t.tag === Tag.Float) return o.v != 0;
  }
  return true;
}

export function rangeLen(r: { start: number; stop: number; step: number }): number {
  if (r.step > 0) return r.stop > r.start ? Math.floor((r.stop - r.start - 1) / r.step) + 1 : 0;
  return r.start > r.stop ? Math.floor((r.start - r.stop - 1) / -r.step) + 1 : 0;
}

function isNumber(o: PyObject): boolean {
  const tag = o.ob_type.tag;
  return tag === Tag.Int || tag === Tag.Bool || tag === Tag.Float;
}

/** a == b as a JS boolean (identity implies equality for containers, as in CPython). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b && a.ob_type.tag !== Tag.Float) return true;
  const ta = a.ob_type;
  const tb = b.ob_type;
  if (!ta.heap && !tb.heap) {
    if (ta.tag === Tag.Complex || tb.tag === Tag.Complex) {
      const c = complexEq(a, b);
      if (c !== null) return c;
    }
    if (isNumber(a) && isNumber(b)) {
      // eslint-disable-next-line eqeqeq
      return a.v == b.v;
    }
    if (ta !== tb) {
      if (ta.tag === Tag.Set && tb.tag === Tag.Set) return setEq(a, b);
      return false;
    }
    switch (ta.tag) {
      case Tag.Str: return a.v === b.v;
      case Tag.List:
      case Tag.Tuple: return seqEq(a.v, b.v);
      case Tag.Dict: return dictEq(a, b);
      case Tag.Set: return setEq(a, b);
      case Tag.NoneT: return true;
      case Tag.Range: return a.v.start === b.v.start && a.v.stop === b.v.stop && a.v.step === b.v.step;
    }
    return a === b;
  }
  const r = richCompare(a, b, 'Eq');
  const v = truthy(r);
  decref(r);
  return v;
}

function seqEq(x: PyObject[], y: PyObject[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !eq(x[i], y[i])) return false;
  return true;
}

function dictEq(a: PyObject, b: PyObject): boolean {
  const ma = a.v as Map<unknown, DictEntry>;
  const mb = b.v as Map<unknown, DictEntry>;
  if (ma.size !== mb.size) return false;
  for (const [k, e] of ma) {
    const o = mb.get(k);
    if (o === undefined || (o.v !== e.v && !eq(e.v, o.v))) return false;
  }
  return true;
}

function setEq(a: PyObject, b: PyObject): boolean {
  const ma = a.v as Map<unknown, PyObject>;
  const mb = b.v as Map<unknown, PyObject>;
  if (ma.size !== mb.size) return false;
  for (const k of ma.keys()) if (!mb.has(k)) return false;
  return true;
}

const OPS: Record<string, [string, string, string]> = {
  Eq: ['__eq__', '__eq__', '=='],
  NotEq: ['__ne__', '__ne__', '!='],
  Lt: ['__lt__', '__gt__', '<'],
  LtE: ['__le__', '__ge__', '<='],
  Gt: ['__gt__', '__lt__', '>'],
  GtE: ['__ge__', '__le__', '>='],
};

/** Full rich comparison (returns a new reference). */
export function richCompare(a: PyObject, b: PyObject, op: string): PyObject {
  const [name, refl, sym] = OPS[op];
  const ta = a.ob_type;
  const tb = b.ob_type;
  const tryUser = (x: PyObject, n: string, y: PyObject): PyObject | null => {
    const m = x.ob_type.lookup(n);
    if (m === null || m.ob_type === methodDescrType) return null;
    const r = callDescr(m, x, [y]);
    if (r === NotImplemented) {
      decref(r);
      return null;
    }
    return r;
  };
  if (ta.heap || tb.heap) {
    let r: PyObject | null = null;
    if (tb !== ta && tb.isSubtype(ta)) {
      r = tryUser(b, refl, a);
      if (r === null) r = tryUser(a, name, b);
    } else {
      r = tryUser(a, name, b);
      if (r === null) r = tryUser(b, refl, a);
    }
    if (r !== null) return r;
    if (op === 'NotEq') {
      const e = tryUser(a, '__eq__', b) ?? tryUser(b, '__eq__', a);
      if (e !== null) {
        const v = !truthy(e);
        decref(e);
        return newBool(v);
      }
    }
  }
  if (op === 'Eq' || op === 'NotEq') {
    let v: boolean;
    if ((ta.heap && ta.tag === Tag.Object) || (tb.heap && tb.tag === Tag.Object)) v = a === b;
    else if (ta.heap || tb.heap) v = eqBuiltin(a, b);
    else v = eq(a, b);
    return newBool(op === 'Eq' ? v : !v);
  }
  const c = compareBuiltin(a, b, sym);
  return newBool(op === 'Lt' ? c < 0 : op === 'LtE' ? c <= 0 : op === 'Gt' ? c > 0 : c >= 0);
}

function eqBuiltin(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (isNumber(a) && isNumber(b)) return a.v == b.v; // eslint-disable-line eqeqeq
  if (a.ob_type.tag === Tag.Str && b.ob_type.tag === Tag.Str) return a.v === b.v;
  if (a.ob_type.tag === Tag.Exc || b.ob_type.tag === Tag.Exc) return false;
  if (a.ob_type.tag === b.ob_type.tag && (a.ob_type.tag === Tag.List || a.ob_type.tag === Tag.Tuple)) return seqEq(a.v, b.v);
  return false;
}

/** Three-way comparison of built-in values; raises TypeError for unorderable pairs. */
export function compareBuiltin(a: PyObject, b: PyObject, sym: string): number {
  if (isNumber(a) && isNumber(b)) {
    const x = a.v;
    const y = b.v;
    return x < y ? -1 : x > y ? 1 : x == y ? 0 : NaN; // eslint-disable-line eqeqeq
  }
  const ta = a.ob_type.tag;
  const tb = b.ob_type.tag;
  if (ta === Tag.Str && tb === Tag.Str) return cpCompare(a.v, b.v);
  if (ta === tb && (ta === Tag.List || ta === Tag.Tuple) && a.ob_type === b.ob_type) {
    const x = a.v as PyObject[];
    const y = b.v as PyObject[];
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (x[i] === y[i] || eq(x[i], y[i])) continue;
      const r = richCompare(x[i], y[i], sym === '<' || sym === '<=' ? 'Lt' : 'Gt');
      const lt = truthy(r);
      decref(r);
      if (sym === '<' || sym === '<=') return lt ? -1 : 1;
      return lt ? 1 : -1;
    }
    return x.length - y.length;
  }
  if (ta === Tag.Set && tb === Tag.Set) {
    const x = a.v as Map<unknown, PyObject>;
    const y = b.v as Map<unknown, PyObject>;
    const sub = [...x.keys()].every((k) => y.has(k));
    const sup = [...y.keys()].every((k) => x.has(k));
    if (sub && sup) return 0;
    if (sub) return -1;
    if (sup) return 1;
    return NaN;
  }
  throw typeErr(`'${sym}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** `x in container` */
export function contains(container: PyObject, x: PyObject): boolean {
  const t = container.ob_type;
  switch (t.tag) {
    case Tag.List:
    case Tag.Tuple: {
      if (t.heap && t.lookup('__contains__')?.ob_type !== methodDescrType) break;
      const items = container.v as PyObject[];
      for (let i = 0; i < items.length; i++) if (items[i] === x || eq(items[i], x)) return true;
      return false;
    }
    case Tag.Str:
      if (!isInstance(x, strType)) throw typeErr(`'in <string>' requires string as left operand, not ${typeName(x)}`);
      return (container.v as string).includes(x.v);
    case Tag.Dict:
    case Tag.Set:
      if (t.heap && t.lookup('__contains__')?.ob_type !== methodDescrType) break;
      return (container.v as Map<unknown, unknown>).has(hashKey(x));
    case Tag.Range: {
      const r = container.v as { start: number; stop: number; step: number };
      if (!isNumber(x)) return false;
      const n = Number(x.v);
      if (!Number.isInteger(n)) return false;
      if (r.step > 0 ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
      return (n - r.start) % r.step === 0;
    }
  }
  const c = t.lookup('__contains__');
  if (c !== null) {
    const r = callDescr(c, container, [x]);
    const v = truthy(r);
    decref(r);
    return v;
  }
  // _PySequence_IterSearch: a TypeError from getting the iterator becomes the `in` operator's own
  let it: PyObject;
  try {
    it = iterHooks.getIter(container);
  } catch (e) {
    if (!(e instanceof PyObject) || !isInstance(e, TypeError)) throw e;
    decref(e);
    throw typeErr(`argument of type '${typeName(container)}' is not iterable`);
  }
  try {
    for (;;) {
      const item = iterHooks.next(it);
      if (item === null) return false;
      const found = item === x || eq(item, x);
      decref(item);
      if (found) return true;
    }
  } finally {
    decref(it);
  }
}

export const iterHooks: { getIter: (o: PyObject) => PyObject; next: (it: PyObject) => PyObject | null } = {
  getIter: () => {
    throw typeErr('iteration not ready');
  },
  next: () => null,
};

// ---- attributes --------------------------------------------------------------------------------------

export interface AttrErrorInfo {
  obj: PyObject;
  name: string;
}

export function attributeError(o: PyObject, name: string): PyObject {
  const missing = unsupportedAttribute(o, name);
  if (missing !== null) return missing;
  const msg = o.ob_type === typeType || (o instanceof PyType)
    ? `type object '${(o as PyType).name}' has no attribute '${name}'`
    : o.ob_type.tag === Tag.Module
      ? `module '${(o.v as { name: string }).name}' has no attribute '${name}'`
      : `'${typeName(o)}' object has no attribute '${name}'`;
  const e = pyErr(AttributeError, msg);
  (e.v as ExcState & { attr?: AttrErrorInfo }).attr = { obj: incref(o), name };
  return e;
}

/** Bind a function found on a type to `self` (a new bound method / builtin method). */
export function bindDescr(d: PyObject, self: PyObject, type: PyType): PyObject {
  switch (d.ob_type.tag) {
    case Tag.Func:
      return newObject(methodType, { func: incref(d), self: incref(self) } satisfies MethodInfo);
    case Tag.Builtin:
      if (d.ob_type === methodDescrType) {
        const b = d.v as BuiltinInfo;
        return newObject(builtinType, { name: b.name, fn: b.fn, self: incref(self), owner: b.owner } satisfies BuiltinInfo);
      }
      break;
    case Tag.StaticMethod:
      return incref(d.v as PyObject);
    case Tag.ClassMethod:
      return newObject(methodType, { func: incref(d.v as PyObject), self: incref(type) } satisfies MethodInfo);
    case Tag.Property: {
      const getter = (d.v as { fget: PyObject | null }).fget;
      if (getter === null) throw pyErr(AttributeError, `property object has no getter`);
      return callBorrowed(getter, self);
    }
  }
  return incref(d);
}

export const attrHooks: { special: (o: PyObject, name: string) => PyObject | null } = {
  special: () => null,
};

export function getAttr(o: PyObject, name: string): PyObject {
  const r = getAttrOrNull(o, name);
  if (r === null) throw attributeError(o, name);
  return r;
}

export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  const t = o.ob_type;
  if (o instanceof PyType) return typeGetAttr(o, name);
  const d = t.lookup(name);
  if (d !== null) {
    if (d.ob_type.tag === Tag.Property) return bindDescr(d, o, t);
    // PyObject_GenericGetAttr: a data descriptor of the class wins over the instance's dict
    if (d.ob_type.heap && isDataDescriptor(d)) return descriptorGet(d, o, t)!;
  }
  if (o.dict !== null) {
    const v = o.dict.get(name);
    if (v !== undefined) return incref(v);
  }
  if (d !== null) return (d.ob_type.heap ? descriptorGet(d, o, t) : null) ?? bindDescr(d, o, t);
  const s = attrHooks.special(o, name);
  if (s !== null) return s;
  if (t.heap) {
    const ga = t.lookup('__getattr__');
    if (ga !== null) {
      const n = newStr(name);
      try {
        return callDescr(ga, o, [n]);
      } finally {
        decref(n);
      }
    }
  }
  return null;
}

function typeGetAttr(t: PyType, name: string): PyObject | null {
  for (const m of t.mro) {
    const v = m.tp_dict.get(name);
    if (v !== undefined) {
      if (v.ob_type.tag === Tag.ClassMethod) return bindDescr(v, t, t);
      if (v.ob_type.tag === Tag.StaticMethod) return incref(v.v as PyObject);
      // type_getattro: a descriptor found on the class is asked with instance None
      if (v.ob_type.heap) {
        const r = descriptorGet(v, None, t);
        if (r !== null) return r;
      }
      return incref(v);
    }
  }
  const s = attrHooks.special(t, name);
  if (s !== null) return s;
  // attributes of the metatype (type.mro, __name__ ... handled in special)
  const d = typeType.tp_dict.get(name);
  if (d !== undefined) return bindDescr(d, t, typeType);
  return null;
}

export function setAttr(o: PyObject, name: string, value: PyObject): void {
  // value is borrowed; the attribute takes its own reference
  if (o.dict !== null && o.ob_type.heap && hasPlainAttrs(o.ob_type)) {
    const dict = o.dict;
    const old = dict.get(name);
    dict.set(name, incref(value));
    if (old !== undefined) decref(old);
    else if (dict.size > o.ob_type.attrHint) o.ob_type.attrHint = dict.size;
    return;
  }
  if (o instanceof PyType) {
    if (!o.heap) throw typeErr(`cannot set '${name}' attribute of immutable type '${o.name}'`);
    const old = o.tp_dict.get(name);
    o.tp_dict.set(name, incref(value));
    invalidateAll();
    if (old !== undefined) decref(old);
    return;
  }
  const t = o.ob_type;
  if (t.heap) {
    const d = t.lookup(name);
    if (d !== null && d.ob_type.tag === Tag.Property) {
      const setter = (d.v as { fset: PyObject | null }).fset;
      if (setter === null) throw pyErr(AttributeError, `property of '${typeName(o)}' object has no setter`); // 3.11's wording
      decref(callBorrowed(setter, o, value));
      return;
    }
    const sa = t.lookup('__setattr__');
    if (sa !== null && sa.ob_type !== methodDescrType) {
      const n = newStr(name);
      try {
        decref(callDescr(sa, o, [n, value]));
      } finally {
        decref(n);
      }
      return;
    }
  }
  genericSetAttr(o, name, value);
}

export function genericSetAttr(o: PyObject, name: string, value: PyObject): void {
  // PyObject_GenericSetAttr: a class attribute whose (Python-defined) type has __set__ takes it
  const descr = o.ob_type.heap ? o.ob_type.lookup(name) : null;
  if (descr !== null && descr.ob_type.heap) {
    const set = descr.ob_type.lookup('__set__');
    if (set !== null) {
      decref(callDescr(set, descr, [o, value]));
      return;
    }
    if (descr.ob_type.lookup('__delete__') !== null) throw pyErr(AttributeError, '__set__');
  }
  if (o.dict === null) {
    if (!o.ob_type.heap && o.ob_type.tag !== Tag.Func && o.ob_type.tag !== Tag.Module) {
      if (o.ob_type.lookup(name) !== null) throw pyErr(AttributeError, `'${typeName(o)}' object attribute '${name}' is read-only`);
      throw pyErr(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
    }
    if (o.ob_type.tag === Tag.Func) allocFunctionDict(o);
    o.dict = new AttrDict(o.ob_type.attrHint);
  }
  const d = o.dict;
  const old = d.get(name);
  if (old === undefined) sharedKeysNewAttr(o, name);
  d.set(name, incref(value));
  if (d.size > o.ob_type.attrHint) o.ob_type.attrHint = d.size;
  if (old !== undefined) decref(old);
}

export function delAttr(o: PyObject, name: string): void {
  if (o instanceof PyType) {
    const old = o.tp_dict.get(name);
    if (old === undefined) throw attributeError(o, name);
    o.tp_dict.delete(name);
    invalidateAll();
    decref(old);
    return;
  }
  const descr = o.ob_type.heap ? o.ob_type.lookup(name) : null;
  if (descr !== null && descr.ob_type.heap) {
    const del = descr.ob_type.lookup('__delete__');
    if (del !== null) {
      decref(callDescr(del, descr, [o]));
      return;
    }
    if (descr.ob_type.lookup('__set__') !== null) throw pyErr(AttributeError, '__delete__');
  }
  const old = o.dict?.get(name);
  if (old === undefined) throw attributeError(o, name);
  o.dict!.delete(name);
  decref(old);
}

/** A descriptor that defines __set__ or __delete__ (a data descriptor) besides, or instead of, __get__. */
function isDataDescriptor(d: PyObject): boolean {
  return d.ob_type.lookup('__set__') !== null || d.ob_type.lookup('__delete__') !== null;
}

/**
 * `type(d).__get__(d, instance, owner)` for a descriptor whose type is defined in Python; null
 * when that type has no __get__ (the attribute is then the object itself). A data descriptor
 * without __get__ gives itself.
 */
function descriptorGet(d: PyObject, instance: PyObject, owner: PyType): PyObject | null {
  const get = d.ob_type.lookup('__get__');
  if (get === null) return isDataDescriptor(d) ? incref(d) : null;
  return callDescr(get, d, [instance, owner]);
}

export const heapTypes = new Set<PyType>();
function invalidateAll(): void {
  typeVersion.epoch++;
  for (const t of heapTypes) {
    t.cache.clear();
    t.plainAttrs = undefined;
  }
}

/** See PyType.plainAttrs. */
export function hasPlainAttrs(t: PyType): boolean {
  let p = t.plainAttrs;
  if (p === undefined) {
    p = true;
    for (const n of ['__getattr__', '__setattr__', '__getattribute__', '__delattr__']) {
      const d = t.lookup(n);
      if (d !== null && d.ob_type !== methodDescrType) p = false;
    }
    for (const m of t.mro) {
      for (const v of m.tp_dict.values()) {
        if (v.ob_type.tag === Tag.Property) p = false;
        // a descriptor defined in Python (its class has __get__, __set__ or __delete__)
        else if (v.ob_type.heap && (v.ob_type.lookup('__get__') !== null || isDataDescriptor(v))) p = false;
      }
    }
    t.plainAttrs = p;
  }
  return p;
}
export { invalidateAll };

// ---- misc helpers ------------------------------------------------------------------------------------

/**
 * An index as C's Py_ssize_t. Beyond 64 bits CPython raises `overflow` (IndexError for a
 * subscript, OverflowError elsewhere) with `overflowMsg`.
 */
export function indexValue(o: PyObject, what: string, overflow: PyType = IndexError, overflowMsg = "cannot fit 'int' into an index-sized integer"): number {
  const t = o.ob_type.tag;
  if (t === Tag.Int || t === Tag.Bool) return ssize(o.v, overflow, overflowMsg);
  const ix = o.ob_type.lookup('__index__');
  if (ix !== null && ix.ob_type !== methodDescrType) {
    const r = callDescr(ix, o, []);
    try {
      return ssize(r.v, overflow, overflowMsg);
    } finally {
      decref(r);
    }
  }
  if (what === 'string') throw typeErr(`string indices must be integers, not '${typeName(o)}'`);
  throw typeErr(`${what} indices must be integers or slices, not ${typeName(o)}`);
}

const SSIZE_MAX = 2n ** 63n - 1n;
function ssize(v: number | bigint, overflow: PyType, msg: string): number {
  if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) throw pyErr(overflow, msg);
  return Number(v);
}

export function normIndex(i: number, len: number, errType: PyType, what: string): number {
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw pyErr(errType, `${what} index out of range`);
  return i;
}

export function len(o: PyObject): number {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.Str:
      if (!t.heap || t.lookup('__len__')?.ob_type === methodDescrType) return cpLen(o.v);
      break;
    case Tag.List:
    case Tag.Tuple:
      if (!t.heap || t.lookup('__len__')?.ob_type === methodDescrType) return o.v.length;
      break;
    case Tag.Dict:
    case Tag.Set:
      if (!t.heap || t.lookup('__len__')?.ob_type === methodDescrType) return o.v.size;
      break;
    case Tag.Range:
      return rangeLen(o.v);
    case Tag.Iter:
      if (t.name === 'dict_keys' || t.name === 'dict_values' || t.name === 'dict_items') return (o.v.dict.v as Map<unknown, unknown>).size;
      break;
  }
  const l = t.lookup('__len__');
  if (l !== null && l.ob_type !== methodDescrType) {
    const r = callDescr(l, o, []);
    if (!isInstance(r, intType)) {
      const n = typeName(r);
      decref(r);
      throw typeErr(`'${n}' object cannot be interpreted as an integer`);
    }
    const v = Number(r.v);
    decref(r);
    if (v < 0) throw pyErr(ValueError, '__len__() should return >= 0');
    return v;
  }
  throw typeErr(`object of type '${t.name}' has no len()`);
}

export { callDescr, IndexError, RecursionError, listType, tupleType, newTuple, newInt };
