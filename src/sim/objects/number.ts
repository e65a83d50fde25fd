/**
 * Binary and unary operators (CPython's binary_op1 with int/float/str/list/tuple fast paths).
 * Ints are JS numbers while they are safe integers and bigints beyond.
 */
import { PyObject, Tag } from './pyobject.ts';
import type { PyType } from './pyobject.ts';
import {
  NotImplemented, OverflowError, ZeroDivisionError, floatType, intType, listType, newBool, newFloat,
  newInt, newList, newStr, newTuple, strType, tupleType, boolType,
} from './core.ts';
import { callDescr, methodDescrType, typeName, indexValue } from './abstract.ts';
import { decref, heapBudget, incref, reserveChars, reserveItems } from '../heap.ts';
import { newException, pyErr, typeErr } from './errors.ts';
import { complexBinOp, complexPow, newComplex } from './complex.ts';
import { trueDivideInts } from '../libm/true-divide.ts';
import type { ComplexValue } from './complex.ts';

export type BinOpName = 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';

export const OP_SYMBOL: Record<BinOpName, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '**', LShift: '<<',
  RShift: '>>', BitOr: '|', BitXor: '^', BitAnd: '&', FloorDiv: '//',
};
const DUNDER: Record<BinOpName, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};

function isIntLike(o: PyObject): boolean {
  const t = o.ob_type.tag;
  return t === Tag.Int || t === Tag.Bool;
}

function big(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function norm(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function toFloat(v: number | bigint): number {
  const f = Number(v);
  if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
  return f;
}

export function intOp(op: BinOpName, x: number | bigint, y: number | bigint): PyObject {
  if (typeof x === 'number' && typeof y === 'number') {
    let r: number;
    switch (op) {
      case 'Add': r = x + y; break;
      case 'Sub': r = x - y; break;
      case 'Mult': r = x * y; break;
      case 'FloorDiv':
        if (y === 0) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
        r = Math.floor(x / y);
        if (Math.abs(x) > 2147483647 || Math.abs(y) > 2147483647) return newInt(norm(bigFloorDiv(big(x), big(y))));
        break;
      case 'Mod':
        if (y === 0) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
        r = x % y;
        if (r !== 0 && (r < 0) !== (y < 0)) r += y;
        return newInt(r);
      case 'Div':
        if (y === 0) throw pyErr(ZeroDivisionError, 'division by zero');
        return newFloat(x / y);
      case 'Pow':
        if (y < 0) {
          if (x === 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
          return newFloat(Math.pow(x, y));
        }
        r = Math.pow(x, y);
        if (!Number.isSafeInteger(r)) {
          reservePow(big(x), big(y));
          return newInt(norm(big(x) ** big(y)));
        }
        return newInt(r);
      case 'BitAnd':
      case 'BitOr':
      case 'BitXor':
      case 'LShift':
      case 'RShift':
        return newInt(norm(bigBitOp(op, big(x), big(y))));
      default:
        incref(NotImplemented);
        return NotImplemented;
    }
    if (Number.isSafeInteger(r)) return newInt(r);
    return newInt(norm(bigArith(op, big(x), big(y))));
  }
  if (op === 'Div') {
    if (big(y) === 0n) throw pyErr(ZeroDivisionError, 'division by zero');
    return newFloat(longTrueDivide(big(x), big(y)));
  }
  if (op === 'Pow' && big(y) < 0n) return newFloat(Math.pow(toFloat(x), toFloat(y)));
  if (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor' || op === 'LShift' || op === 'RShift') {
    return newInt(norm(bigBitOp(op, big(x), big(y))));
  }
  return newInt(norm(bigArith(op, big(x), big(y))));
}

/** long_true_divide (libm/true-divide.ts), raising where the quotient is too large for a float. */
export function longTrueDivide(a: bigint, b: bigint): number {
  const r = trueDivideInts(a, b);
  if (!Number.isFinite(r)) throw pyErr(OverflowError, 'integer division result too large for a float');
  return r;
}

/**
 * The longest int the simulator makes, in bits (8 MB; CPython would go on until malloc fails).
 * An operation whose result would be longer stops with the memory limit before computing it:
 * one multiplication of two such numbers already takes V8 about a second, and a loop squaring
 * a number (`x *= x`) doubles its length each time.
 */
export const MAX_INT_BITS = 1 << 26;

/** Bits of |v|, rounded up to a multiple of 4 (cheap: the length of its hex text). */
function bitsOf(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(16).length * 4;
}

function reserveIntBits(bits: number): void {
  if (bits > MAX_INT_BITS) throw heapBudget.exceeded();
}

/** Before `a ** b` (b ≥ 0): its length is about bits(a) × b. */
function reservePow(a: bigint, b: bigint): void {
  if (a === 0n || a === 1n || a === -1n || b <= 1n) return;
  // |a| ≥ 2: at least b bits; (bits(a) - 1) × b is a lower bound on the result's length
  if (b > BigInt(MAX_INT_BITS)) throw heapBudget.exceeded();
  reserveIntBits(Math.max(1, bitsOf(a) - 4) * Number(b));
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function bigArith(op: BinOpName, a: bigint, b: bigint): bigint {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult':
      reserveIntBits(bitsOf(a) + bitsOf(b) - 8);
      return a * b;
    case 'FloorDiv': return bigFloorDiv(a, b);
    case 'Mod': {
      if (b === 0n) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
      const r = a % b;
      return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
    }
    case 'Pow':
      reservePow(a, b);
      return a ** b;
    default: throw typeErr('bad int op');
  }
}

function bigBitOp(op: BinOpName, a: bigint, b: bigint): bigint {
  switch (op) {
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    case 'LShift':
      if (b < 0n) throw pyErr(ValueErrorT(), 'negative shift count');
      if (a !== 0n) {
        if (b > BigInt(MAX_INT_BITS)) throw heapBudget.exceeded();
        reserveIntBits(bitsOf(a) - 4 + Number(b));
      }
      return a << b;
    default:
      if (b < 0n) throw pyErr(ValueErrorT(), 'negative shift count');
      return a >> b;
  }
}

import { ValueError } from './core.ts';
function ValueErrorT() {
  return ValueError;
}

/** float_floor_div (Objects/floatobject.c): from fmod, so 7.0 // 0.1 is 69.0 as in C. */
function floatFloorDiv(vx: number, wx: number): number {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0 && (wx < 0) !== (mod < 0)) {
    mod += wx;
    div -= 1.0;
  }
  if (div === 0) {
    const q = vx / wx;
    return q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1.0;
  return floordiv;
}

/**
 * float_pow: C pow() with CPython's special cases and its ERANGE overflow error; a negative
 * number to a fractional power is complex_pow's complex.
 */
export function floatPow(x: number, y: number): PyObject {
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
    return complexPow({ real: x, imag: 0 }, { real: y, imag: 0 });
  }
  return newFloat(floatPowReal(x, y));
}

function floatPowReal(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (x === 0 && y < 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
  if (x === 1.0 || (x === -1.0 && !Number.isFinite(y))) return 1.0;
  // glibc's pow is correctly rounded, JS's not always: x ** 0.5 is sqrt(x) there
  const r = y === 0.5 && x > 0 && x !== Infinity ? Math.sqrt(x) : Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw newException(OverflowError, [newInt(34), newStr('Numerical result out of range')]);
  }
  return r;
}

function floatOp(op: BinOpName, x: number, y: number): PyObject {
  switch (op) {
    case 'Add': return newFloat(x + y);
    case 'Sub': return newFloat(x - y);
    case 'Mult': return newFloat(x * y);
    case 'Div':
      if (y === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
      return newFloat(x / y);
    case 'FloorDiv':
      if (y === 0) throw pyErr(ZeroDivisionError, 'float floor division by zero');
      return newFloat(floatFloorDiv(x, y));
    case 'Mod': {
      if (y === 0) throw pyErr(ZeroDivisionError, 'float modulo');
      let r = x % y;
      if (r !== 0 && (r < 0) !== (y < 0)) r += y;
      else if (r === 0) r = y < 0 ? -0 : 0;
      return newFloat(r);
    }
    case 'Pow':
      return floatPow(x, y);
  }
  incref(NotImplemented);
  return NotImplemented;
}

function seqRepeat(o: PyObject, n: PyObject): PyObject {
  const count = Math.max(0, indexValue(n, 'sequence', OverflowError));
  const t = o.ob_type.tag;
  // unicode_repeat and tuple_repeat return the object itself for `* 1` (an exact str or tuple)
  if (count === 1 && (o.ob_type === strType || o.ob_type === tupleType)) return incref(o);
  if (t === Tag.Str) {
    reserveChars(count * (o.v as string).length);
    return newStr((o.v as string).repeat(count));
  }
  const items = o.v as PyObject[];
  const len = items.length;
  reserveItems(count * len);
  // one reference per copy: `[0] * 10**6` adds 10**6 to 0's count at once, not by a million increfs
  const out = new Array<PyObject>(count * len);
  for (let j = 0; j < len; j++) {
    const it = items[j];
    for (let k = 0; k < count; k++) out[k * len + j] = it;
    it.ob_refcnt += count;
  }
  return t === Tag.List ? newList(out) : newTuple(out);
}

/** Built-in behaviour of `a op b`, or NotImplemented (new reference). */
function builtinBinOp(op: BinOpName, a: PyObject, b: PyObject): PyObject {
  const ta = a.ob_type;
  const tb = b.ob_type;
  const ia = isIntLike(a);
  const ib = isIntLike(b);
  if (ia && ib) return intOp(op, a.v, b.v);
  if ((ia || ta.tag === Tag.Float) && (ib || tb.tag === Tag.Float)) {
    return floatOp(op, ia ? toFloat(a.v) : a.v, ib ? toFloat(b.v) : b.v);
  }
  if (ta.tag === Tag.Complex || tb.tag === Tag.Complex) return complexBinOp(op, a, b);
  switch (op) {
    case 'Add':
      if (ta.tag === Tag.Str && tb.tag === Tag.Str) {
        // PyUnicode_Concat: with an empty operand, the other one itself (an exact str)
        if (b.v === '' && ta === strType) return incref(a);
        if (a.v === '' && tb === strType) return incref(b);
        reserveChars(a.v.length + b.v.length);
        return newStr(a.v + b.v);
      }
      if (ta.tag === Tag.List && tb.tag === Tag.List) {
        reserveItems(a.v.length + b.v.length);
        const out: PyObject[] = [];
        for (const it of a.v) out.push(incref(it));
        for (const it of b.v) out.push(incref(it));
        return newList(out);
      }
      if (ta.tag === Tag.Tuple && tb.tag === Tag.Tuple) {
        // tupleconcat: with an empty operand, the other one itself (an exact tuple)
        if (b.v.length === 0 && ta === tupleType) return incref(a);
        if (a.v.length === 0 && tb === tupleType) return incref(b);
        reserveItems(a.v.length + b.v.length);
        const out: PyObject[] = [];
        for (const it of a.v) out.push(incref(it));
        for (const it of b.v) out.push(incref(it));
        return newTuple(out);
      }
      if (ta === strType && !tb.heap) throw typeErr(`can only concatenate str (not "${tb.name}") to str`);
      if (ta === listType && !tb.heap) throw typeErr(`can only concatenate list (not "${tb.name}") to list`);
      if (ta === tupleType && !tb.heap) throw typeErr(`can only concatenate tuple (not "${tb.name}") to tuple`);
      break;
    case 'Mult':
      if ((ta.tag === Tag.Str || ta.tag === Tag.List || ta.tag === Tag.Tuple) && ib) return seqRepeat(a, b);
      if ((tb.tag === Tag.Str || tb.tag === Tag.List || tb.tag === Tag.Tuple) && ia) return seqRepeat(b, a);
      break;
    case 'Mod':
      if (ta.tag === Tag.Str) return percentFormatHook.fn(a, b);
      break;
    case 'Sub':
    case 'BitAnd':
    case 'BitOr':
    case 'BitXor':
      if (ta.tag === Tag.Set && tb.tag === Tag.Set) return setOpHook.fn(op, a, b);
      if (op === 'BitOr' && ta.tag === Tag.Dict && tb.tag === Tag.Dict) return setOpHook.fn(op, a, b);
      break;
  }
  incref(NotImplemented);
  return NotImplemented;
}

export const percentFormatHook: { fn: (a: PyObject, b: PyObject) => PyObject } = {
  fn: () => {
    throw typeErr('% formatting is not supported');
  },
};
export const setOpHook: { fn: (op: BinOpName, a: PyObject, b: PyObject) => PyObject } = {
  fn: () => {
    throw typeErr('set operation not supported');
  },
};

function userOp(o: PyObject, name: string, other: PyObject): PyObject | null {
  const m = o.ob_type.lookup(name);
  if (m === null || m.ob_type === methodDescrType) return null;
  const r = callDescr(m, o, [other]);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

/** Has sq_repeat: str, list, tuple and their subclasses. */
function isSequence(t: PyType): boolean {
  return t.tag === Tag.Str || t.tag === Tag.List || t.tag === Tag.Tuple;
}

/** `a op b` (new reference). */
export function binaryOp(op: BinOpName, a: PyObject, b: PyObject): PyObject {
  const ta = a.ob_type;
  const tb = b.ob_type;
  if (ta === intType && tb === intType) return intOp(op, a.v, b.v);
  if (ta === floatType && tb === floatType) return floatOp(op, a.v, b.v);
  if (ta.heap || tb.heap) {
    const d = DUNDER[op];
    let r: PyObject | null = null;
    if (tb !== ta && tb.isSubtype(ta) && tb.heap) {
      r = userOp(b, `__r${d}__`, a);
      if (r === null) r = userOp(a, `__${d}__`, b);
    } else {
      r = userOp(a, `__${d}__`, b);
      if (r === null && tb !== ta) r = userOp(b, `__r${d}__`, a);
    }
    if (r !== null) return r;
  }
  const r = builtinBinOp(op, a, b);
  if (r !== NotImplemented) return r;
  decref(r);
  if (op === 'Mult') {
    // PyNumber_Multiply falls back to sequence repetition, which wants an index
    if (isSequence(ta)) throw typeErr(`can't multiply sequence by non-int of type '${tb.name}'`);
    if (isSequence(tb)) throw typeErr(`can't multiply sequence by non-int of type '${ta.name}'`);
  }
  // `**` goes through ternary_op, whose message names pow() too
  throw typeErr(`unsupported operand type(s) for ${op === 'Pow' ? '** or pow()' : OP_SYMBOL[op]}: '${ta.name}' and '${tb.name}'`);
}

/** `a op= b`: lists extend/repeat in place; user __iadd__ etc.; else the binary op. */
export function inplaceOp(op: BinOpName, a: PyObject, b: PyObject): PyObject {
  const ta = a.ob_type;
  if (ta === intType && b.ob_type === intType) return intOp(op, a.v, b.v);
  if (ta.tag === Tag.List) {
    if (op === 'Add') {
      listExtendHook.fn(a, b);
      return incref(a);
    }
    if (op === 'Mult' && isIntLike(b)) {
      const items = a.v as PyObject[];
      const n = Number(b.v);
      if (n <= 0) {
        const old = items.splice(0);
        for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
      } else {
        reserveItems(n * items.length);
        const orig = items.slice();
        for (let k = 1; k < n; k++) for (const it of orig) items.push(incref(it));
      }
      return incref(a);
    }
  }
  if (ta.heap) {
    const r = userOp(a, `__i${DUNDER[op]}__`, b);
    if (r !== null) return r;
  }
  if (ta.tag === Tag.Set && (op === 'BitOr' || op === 'BitAnd' || op === 'Sub' || op === 'BitXor')) {
    return setOpHook.fn(('I' + op) as BinOpName, a, b);
  }
  try {
    return binaryOp(op, a, b);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type.name === 'TypeError' && /^unsupported operand/.test(((e.v.args.v as PyObject[])[0]?.v as string) ?? '')) {
      const msg = `unsupported operand type(s) for ${OP_SYMBOL[op]}=: '${ta.name}' and '${b.ob_type.name}'`;
      decref(e);
      throw typeErr(msg);
    }
    throw e;
  }
}

export const listExtendHook: { fn: (l: PyObject, it: PyObject) => void } = {
  fn: () => {},
};

export function unaryOp(op: 'Invert' | 'Not' | 'UAdd' | 'USub', a: PyObject, truthy: (o: PyObject) => boolean): PyObject {
  if (op === 'Not') return newBool(!truthy(a));
  const t = a.ob_type;
  if (isIntLike(a) && !t.heap) {
    const v = a.v as number | bigint;
    if (op === 'USub') return newInt(typeof v === 'number' ? (v === 0 ? 0 : -v) : norm(-v));
    if (op === 'UAdd') return t === boolType ? newInt(v) : incref(a);
    return newInt(typeof v === 'number' ? -v - 1 : norm(-v - 1n));
  }
  if (t === floatType) {
    if (op === 'USub') return newFloat(-a.v);
    if (op === 'UAdd') return incref(a);
  }
  if (t.tag === Tag.Complex && !t.heap && op !== 'Invert') {
    const c = a.v as ComplexValue;
    return op === 'USub' ? newComplex(-c.real, -c.imag) : incref(a);
  }
  const name = op === 'USub' ? '__neg__' : op === 'UAdd' ? '__pos__' : '__invert__';
  const m = t.lookup(name);
  if (m !== null && m.ob_type !== methodDescrType) return callDescr(m, a, []);
  const sym = op === 'USub' ? '-' : op === 'UAdd' ? '+' : '~';
  throw typeErr(`bad operand type for unary ${sym}: '${typeName(a)}'`);
}
