/**
 * The built-in type objects and the constructors of built-in values. Behaviour (methods, repr,
 * arithmetic) lives in other files; this one only knows shapes, sizes and caches.
 */
import { PyObject, PyType, Tag } from './pyobject.ts';
import { allocAddr, allocStatic, gcAllocated, incref, reserveStr, stats } from '../heap.ts';
import { SetTable } from './settable.ts';

// ---- type objects ---------------------------------------------------------------------------------

export const allTypes: PyType[] = [];

function mk(name: string, base: PyType | null, tag: Tag, size: number, isGc: boolean): PyType {
  const t = new PyType(typeType ?? null, name, base, tag, size, isGc, false);
  allTypes.push(t);
  return t;
}

// `type` and `object` are created first and patched to point at each other, as in CPython.
// eslint-disable-next-line prefer-const
let typeType: PyType = undefined as unknown as PyType;
export const objectType = mk('object', null, Tag.Object, 16, false);
typeType = mk('type', objectType, Tag.Type, 880, true);
objectType.ob_type = typeType;
typeType.ob_type = typeType;
export { typeType };

export const intType = mk('int', objectType, Tag.Int, 28, false);
export const boolType = mk('bool', intType, Tag.Bool, 28, false);
export const floatType = mk('float', objectType, Tag.Float, 24, false);
export const strType = mk('str', objectType, Tag.Str, 49, false);
export const listType = mk('list', objectType, Tag.List, 40, true);
export const tupleType = mk('tuple', objectType, Tag.Tuple, 24, true);
export const dictType = mk('dict', objectType, Tag.Dict, 48, true);
export const setType = mk('set', objectType, Tag.Set, 200, true);
export const frozensetType = mk('frozenset', objectType, Tag.Set, 200, true);
export const noneType = mk('NoneType', objectType, Tag.NoneT, 16, false);
export const notImplType = mk('NotImplementedType', objectType, Tag.NotImpl, 16, false);
export const ellipsisType = mk('ellipsis', objectType, Tag.NotImpl, 16, false);
export const functionType = mk('function', objectType, Tag.Func, 136, true);
export const builtinType = mk('builtin_function_or_method', objectType, Tag.Builtin, 56, true);
export const methodType = mk('method', objectType, Tag.Method, 48, true);
export const moduleType = mk('module', objectType, Tag.Module, 56, true);
export const cellType = mk('cell', objectType, Tag.Cell, 24, true);
export const rangeType = mk('range', objectType, Tag.Range, 48, false);
export const sliceType = mk('slice', objectType, Tag.Slice, 40, false);
export const codeType = mk('code', objectType, Tag.Code, 176, false);
export const propertyType = mk('property', objectType, Tag.Property, 64, true);
export const staticmethodType = mk('staticmethod', objectType, Tag.StaticMethod, 32, true);
export const classmethodType = mk('classmethod', objectType, Tag.ClassMethod, 32, true);
export const generatorType = mk('generator', objectType, Tag.Generator, 96, true);
export const iterTypes = {
  list_iterator: mk('list_iterator', objectType, Tag.Iter, 32, true),
  tuple_iterator: mk('tuple_iterator', objectType, Tag.Iter, 32, true),
  range_iterator: mk('range_iterator', objectType, Tag.Iter, 48, false),
  str_ascii_iterator: mk('str_ascii_iterator', objectType, Tag.Iter, 32, true),
  str_iterator: mk('str_iterator', objectType, Tag.Iter, 32, true),
  dict_keyiterator: mk('dict_keyiterator', objectType, Tag.Iter, 48, true),
  dict_valueiterator: mk('dict_valueiterator', objectType, Tag.Iter, 48, true),
  dict_itemiterator: mk('dict_itemiterator', objectType, Tag.Iter, 48, true),
  set_iterator: mk('set_iterator', objectType, Tag.Iter, 48, true),
  enumerate: mk('enumerate', objectType, Tag.Iter, 40, true),
  zip: mk('zip', objectType, Tag.Iter, 40, true),
  map: mk('map', objectType, Tag.Iter, 40, true),
  filter: mk('filter', objectType, Tag.Iter, 40, true),
  reversed: mk('reversed', objectType, Tag.Iter, 32, true),
  list_reverseiterator: mk('list_reverseiterator', objectType, Tag.Iter, 32, true),
  dict_reversekeyiterator: mk('dict_reversekeyiterator', objectType, Tag.Iter, 48, true),
  callable_iterator: mk('callable_iterator', objectType, Tag.Iter, 32, true),
  iterator: mk('iterator', objectType, Tag.Iter, 32, true),
  dict_keys: mk('dict_keys', objectType, Tag.Iter, 32, true),
  dict_values: mk('dict_values', objectType, Tag.Iter, 32, true),
  dict_items: mk('dict_items', objectType, Tag.Iter, 32, true),
};

// ---- exceptions -----------------------------------------------------------------------------------

export interface TbEntry {
  filename: string;
  name: string;
  lineno: number;
  /** The failing instruction's node position (for the 3.11 caret line), or null. */
  pos: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number; kind: string; anchors: [number, number] | null; node?: unknown } | null;
  source: string[];
}

export class ExcState {
  args: PyObject;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppress = false;
  tb: TbEntry[] = [];
  /** Frame object the last tb entry came from (no duplicate entry per frame). */
  lastFrame: unknown = null;
  /**
   * Frames the traceback keeps alive (innermost first), as CPython's traceback objects do: their
   * locals are released when the exception is freed.
   */
  frames: { fast: (PyObject | null)[]; cells: PyObject[]; retval: PyObject | null; frameObject: boolean }[] = [];
  constructor(args: PyObject) {
    this.args = args;
  }
}

export const excTypes = new Map<string, PyType>();
function exc(name: string, base: PyType | null): PyType {
  const t = mk(name, base ?? objectType, Tag.Exc, 72, true);
  excTypes.set(name, t);
  return t;
}
export const BaseException = exc('BaseException', null);
export const SystemExit = exc('SystemExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const StopIteration = exc('StopIteration', Exception);
export const ArithmeticError = exc('ArithmeticError', Exception);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const RuntimeError = exc('RuntimeError', Exception);
export const RecursionError = exc('RecursionError', RuntimeError);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
export const UnicodeError = exc('UnicodeError', ValueError);
export const ImportError = exc('ImportError', Exception);
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
export const SystemError = exc('SystemError', Exception);
export const MemoryError = exc('MemoryError', Exception);
export const OSError = exc('OSError', Exception);
export const ReferenceError = exc('ReferenceError', Exception);
export const SyntaxErrorT = exc('SyntaxError', Exception);
export const IndentationError = exc('IndentationError', SyntaxErrorT);
export const TabError = exc('TabError', IndentationError);
export const Warning = exc('Warning', Exception);
export const UserWarning = exc('UserWarning', Warning);
export const DeprecationWarning = exc('DeprecationWarning', Warning);
export const RuntimeWarning = exc('RuntimeWarning', Warning);
export const SyntaxWarning = exc('SyntaxWarning', Warning);

// ---- static singletons ----------------------------------------------------------------------------

/** CPython 3.11 statically allocates these with ob_refcnt 999,999,999 (plus start-up references). */
export const STATIC_REFCNT = 999_999_999;

function mkStatic(type: PyType, v: unknown, size: number): PyObject {
  const o = new PyObject(type, v);
  o.ob_refcnt = STATIC_REFCNT;
  allocStatic(o, size);
  return o;
}
export const None = mkStatic(noneType, null, 16);
export const False = mkStatic(boolType, 0, 32);
export const True = mkStatic(boolType, 1, 32);
export const NotImplemented = mkStatic(notImplType, null, 16);
export const EllipsisObj = mkStatic(ellipsisType, null, 16);
export const emptyStr = mkStatic(strType, '', 64);
export const emptyTuple = mkStatic(tupleType, [], 32);
const smallInts: PyObject[] = [];
for (let i = -5; i <= 256; i++) smallInts.push(mkStatic(intType, i, 32));
/** The latin-1 one-character strings (`_Py_SINGLETON(strings).latin1`). */
const latin1: PyObject[] = [];
for (let i = 0; i < 256; i++) latin1.push(mkStatic(strType, String.fromCharCode(i), 64));
/** bool_repr's strings, `&_Py_ID(False)` and `&_Py_ID(True)`: static, not the interned constants. */
const boolNames = [mkStatic(strType, 'False', 64), mkStatic(strType, 'True', 64)];
for (const t of allTypes) {
  t.ob_refcnt = STATIC_REFCNT;
  allocStatic(t, 880);
}

export function smallInt(i: number): PyObject {
  return smallInts[i + 5];
}
export function latin1Char(code: number): PyObject {
  return latin1[code];
}

// ---- constructors (each returns a NEW reference) ---------------------------------------------------

function alloc(type: PyType, v: unknown, size: number): PyObject {
  const o = new PyObject(type, v);
  allocAddr(o, size);
  stats.allocated++;
  return o;
}
function allocGc(type: PyType, v: unknown, size: number): PyObject {
  const o = new PyObject(type, v);
  allocAddr(o, size);
  stats.allocated++;
  gcAllocated(o);
  return o;
}

export function newInt(v: number | bigint): PyObject {
  if (typeof v === 'number') {
    if (v >= -5 && v <= 256) {
      const o = smallInts[v + 5];
      o.ob_refcnt++;
      return o;
    }
    return alloc(intType, v, 28);
  }
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return alloc(intType, v, 24 + 4 * Math.ceil(v.toString(16).length / 7.5));
}

export function newFloat(v: number): PyObject {
  return alloc(floatType, v, 24);
}

export function newBool(b: boolean): PyObject {
  const o = b ? True : False;
  o.ob_refcnt++;
  return o;
}

export function newNone(): PyObject {
  None.ob_refcnt++;
  return None;
}

/** A str created at run time: '' and one latin-1 character are shared singletons. */
/**
 * A new str object even for one character: str.lower(), upper() and casefold() build their result
 * with PyUnicode_New and do not return the cached one-character strings (`'a'.lower() is 'a'` is
 * False); only the empty string is shared.
 */
export function newStrUncached(s: string): PyObject {
  if (s.length === 0) {
    emptyStr.ob_refcnt++;
    return emptyStr;
  }
  reserveStr(s.length);
  return alloc(strType, s, 49 + s.length);
}

/**
 * The str object tp_str/tp_repr of `o` returns: an int writes a new string, even of one character
 * (long_to_decimal_string; most other paths end in unicode_result's latin-1 singletons), so
 * `str(8) is '8'` is False; a bool returns the same static 'True' or 'False' every time (not the
 * interned string a constant 'True' is, in 3.11).
 */
export function newStrOfRepr(o: PyObject, s: string): PyObject {
  if (o.ob_type === intType) return newStrUncached(s);
  if (o.ob_type === boolType) {
    const b = boolNames[o === True ? 1 : 0];
    b.ob_refcnt++;
    return b;
  }
  return newStr(s);
}

export function newStr(s: string): PyObject {
  if (s.length <= 1) {
    if (s.length === 0) {
      emptyStr.ob_refcnt++;
      return emptyStr;
    }
    const c = s.charCodeAt(0);
    if (c < 256) {
      const o = latin1[c];
      o.ob_refcnt++;
      return o;
    }
  }
  // join, format, repr... build their text first: a huge one stops here with the heap limit
  reserveStr(s.length);
  return alloc(strType, s, 49 + s.length);
}

const interned = new Map<string, PyObject>();
/**
 * One-character names `python3 -S` has interned by the time a program starts, as objects of
 * their own: a constant or sys.intern() of these is not the latin-1 singleton `chr()` returns
 * (measured: `chr(c) is 'c'` for every printable ASCII character).
 */
const STARTUP_INTERNED_CHARS = 'BCLST_abcdefhijklmnopqrstvwxy';
/** sys.intern / identifier-like constants: one object per value. */
export function internStr(s: string): PyObject {
  let o = interned.get(s);
  if (o === undefined) {
    if (s.length === 0) o = emptyStr;
    // a one-character latin-1 string is the cached singleton, unless CPython's start-up interned
    // another object of that value first (a variable named `a` somewhere in the stdlib)
    else if (s.length === 1 && s.charCodeAt(0) < 256 && !STARTUP_INTERNED_CHARS.includes(s)) o = latin1[s.charCodeAt(0)];
    else {
      o = alloc(strType, s, 49 + s.length);
      // The interned table does not own a reference in 3.11 (interned strings are "mortal"), but
      // the simulator never frees them: keep one reference to stay simple and safe.
    }
    interned.set(s, o);
  }
  o.ob_refcnt++;
  return o;
}
/** The interned table and its strings' counts at module load: every run starts from them. */
let savedInterned: [string, PyObject, number][] | null = null;
export function saveInterned(): void {
  savedInterned = [...interned].map(([s, o]): [string, PyObject, number] => [s, o, o.ob_refcnt]);
}
export function restoreInterned(): void {
  if (savedInterned === null) return;
  interned.clear();
  for (const [s, o, n] of savedInterned) {
    interned.set(s, o);
    o.ob_refcnt = n;
  }
}

/** Is `o` the interned string for its value? (the heap view marks interned strings as cached) */
export function isInterned(o: PyObject): boolean {
  return typeof o.v === 'string' && interned.get(o.v) === o;
}
export function internExisting(o: PyObject): PyObject {
  const s = o.v as string;
  const cur = interned.get(s);
  if (cur !== undefined) {
    cur.ob_refcnt++;
    return cur;
  }
  interned.set(s, o);
  o.ob_refcnt += 2; // the returned reference + the table's
  return o;
}

/** Takes ownership of the item references. */
export function newList(items: PyObject[]): PyObject {
  return allocGc(listType, items, 40);
}

/** Takes ownership of the item references. */
export function newTuple(items: PyObject[]): PyObject {
  if (items.length === 0) {
    emptyTuple.ob_refcnt++;
    return emptyTuple;
  }
  return allocGc(tupleType, items, 24 + 8 * items.length);
}

export type DictKey = unknown;
export interface DictEntry {
  k: PyObject;
  v: PyObject;
}
export function newDict(map?: Map<DictKey, DictEntry>): PyObject {
  return allocGc(dictType, map ?? new Map(), 48);
}

export function newSet(map?: Map<DictKey, PyObject>, frozen = false): PyObject {
  const table = new SetTable();
  if (map) for (const [k, v] of map) table.set(k, v);
  return allocGc(frozen ? frozensetType : setType, table, 200);
}

/** Generic allocation for other kinds (functions, iterators, instances...). */
export function newObject(type: PyType, v: unknown): PyObject {
  if (type.isGc) return allocGc(type, v, type.size);
  return alloc(type, v, type.size);
}

export function newCell(content: PyObject | null): PyObject {
  return allocGc(cellType, content, 24);
}

export { incref };
