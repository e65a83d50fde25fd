/**
 * The `complex` type (Objects/complexobject.c, 3.11): values, arithmetic with int and float,
 * `**` (c_powi for small integral exponents, _Py_c_pow otherwise), abs, equality, hash, repr.
 * An int or float operand is converted to a complex first (3.11 has no mixed-mode arithmetic:
 * `1.0 + complex(1, -0.0)` has imaginary part +0.0).
 */
import { PyObject, PyType, Tag } from './pyobject.ts';
import {
  NotImplemented, OverflowError, STATIC_REFCNT, ZeroDivisionError, allTypes, objectType, typeType,
} from './core.ts';
import { allocAddr, allocStatic, incref, stats } from '../heap.ts';
import { pyErr } from './errors.ts';
import { complexRepr } from '../text/complex-repr.ts';
import * as libm from '../libm/index.ts';

export interface ComplexValue {
  readonly real: number;
  readonly imag: number;
}

/** PyComplexObject: header (16) + two doubles. */
export const complexType = new PyType(typeType, 'complex', objectType, Tag.Complex, 32, false, false);
// allocated after every other static object, so their addresses don't move
complexType.ob_refcnt = STATIC_REFCNT;
allocStatic(complexType, 880);
allTypes.push(complexType);

export function newComplex(real: number, imag: number): PyObject {
  const o = new PyObject(complexType, { real, imag } satisfies ComplexValue);
  allocAddr(o, 32);
  stats.allocated++;
  return o;
}

export function isComplex(o: PyObject): boolean {
  return o.ob_type.tag === Tag.Complex;
}

/** to_complex: an int (via PyLong_AsDouble), bool or float operand as a complex; null for others. */
export function toComplex(o: PyObject): ComplexValue | null {
  const tag = o.ob_type.tag;
  if (tag === Tag.Complex) return o.v as ComplexValue;
  if (tag === Tag.Float) return { real: o.v as number, imag: 0 };
  if (tag === Tag.Int || tag === Tag.Bool) {
    const f = Number(o.v);
    if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
    return { real: f, imag: 0 };
  }
  return null;
}

function prod(a: ComplexValue, b: ComplexValue): ComplexValue {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** _Py_c_quot (Smith's algorithm); null where C sets errno = EDOM (division by zero). */
function quot(a: ComplexValue, b: ComplexValue): ComplexValue | null {
  const absBr = b.real < 0 ? -b.real : b.real;
  const absBi = b.imag < 0 ? -b.imag : b.imag;
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return { real: NaN, imag: NaN };
}

/** C pow(): V8's Math.pow is the C library's, except that it makes x**0.5 a sqrt (as we do) and x**2 a product. */
function cPow(x: number, y: number): number {
  if (y === 0.5 && x >= 0 && Number.isFinite(x)) return Math.sqrt(x);
  return Math.pow(x, y);
}

/** _Py_c_pow; `edom` is set where C sets errno = EDOM. */
function cPowGeneral(a: ComplexValue, b: ComplexValue, err: { edom: boolean }): ComplexValue {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) err.edom = true;
    return { real: 0, imag: 0 };
  }
  const vabs = libm.hypot(a.real, a.imag);
  let len = cPow(vabs, b.real);
  const at = libm.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= libm.exp(at * b.imag);
    phase += b.imag * libm.log(vabs);
  }
  return { real: len * libm.cos(phase), imag: len * libm.sin(phase) };
}

function cPowu(x: ComplexValue, n: number): ComplexValue {
  let r: ComplexValue = { real: 1, imag: 0 };
  let p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** complex_pow: the errors CPython raises for EDOM and ERANGE. */
export function complexPow(a: ComplexValue, b: ComplexValue): PyObject {
  const err = { edom: false };
  let p: ComplexValue | null;
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    if (n > 0) p = cPowu(a, n);
    else {
      p = quot({ real: 1, imag: 0 }, cPowu(a, -n));
      if (p === null) {
        err.edom = true;
        p = { real: 0, imag: 0 };
      }
    }
  } else {
    p = cPowGeneral(a, b, err);
  }
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow (EDOM is checked first)
  const overflow = Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity;
  if (err.edom) throw pyErr(ZeroDivisionError, '0.0 to a negative or complex power');
  if (overflow) throw pyErr(OverflowError, 'complex exponentiation');
  return newComplex(p.real, p.imag);
}

/** `a op b` when either side is a complex: a new complex, or NotImplemented (new reference). */
export function complexBinOp(op: string, x: PyObject, y: PyObject): PyObject {
  const a = toComplex(x);
  const b = a === null ? null : toComplex(y);
  if (a === null || b === null) return incref(NotImplemented);
  switch (op) {
    case 'Add': return newComplex(a.real + b.real, a.imag + b.imag);
    case 'Sub': return newComplex(a.real - b.real, a.imag - b.imag);
    case 'Mult': {
      const r = prod(a, b);
      return newComplex(r.real, r.imag);
    }
    case 'Div': {
      const r = quot(a, b);
      if (r === null) throw pyErr(ZeroDivisionError, 'complex division by zero');
      return newComplex(r.real, r.imag);
    }
    case 'Pow': return complexPow(a, b);
  }
  // //, %, divmod and the bitwise operators are not defined for complex (3.10+)
  return incref(NotImplemented);
}

/** _Py_c_abs; OverflowError where hypot overflows. */
export function complexAbs(v: ComplexValue): number {
  if (!Number.isFinite(v.real) || !Number.isFinite(v.imag)) {
    if (Math.abs(v.real) === Infinity) return Infinity;
    if (Math.abs(v.imag) === Infinity) return Infinity;
    return NaN;
  }
  const r = libm.hypot(v.real, v.imag);
  if (!Number.isFinite(r)) throw pyErr(OverflowError, 'absolute value too large');
  return r;
}

/** complex_richcompare for == (null: NotImplemented, the other operand is not a number). */
export function complexEq(a: PyObject, b: PyObject): boolean | null {
  if (!isComplex(a)) [a, b] = [b, a];
  const i = a.v as ComplexValue;
  const tb = b.ob_type.tag;
  if (tb === Tag.Int || tb === Tag.Bool) {
    if (i.imag !== 0) return false;
    // compared as float_richcompare does: exactly, even for ints beyond 2**53
    const w = b.v as number | bigint;
    if (typeof w === 'number' || !Number.isFinite(i.real) || !Number.isInteger(i.real)) return i.real === Number(w);
    return BigInt(i.real) === w;
  }
  if (tb === Tag.Float) return i.real === b.v && i.imag === 0;
  if (tb === Tag.Complex) {
    const j = b.v as ComplexValue;
    return i.real === j.real && i.imag === j.imag;
  }
  return null;
}

/** The JS key of a complex in the simulator's dicts and sets: equal to the float's when imag == 0. */
export function complexKey(v: ComplexValue): unknown {
  if (v.imag === 0) return v.real;
  return `c:${Object.is(v.real, -0) ? 0 : v.real},${v.imag}`;
}

const U64 = (1n << 64n) - 1n;

/** complex_hash: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic, -1 reserved. */
export function complexHash(v: ComplexValue, hashDouble: (x: number) => number | bigint): number | bigint {
  const hr = BigInt.asUintN(64, BigInt(hashDouble(v.real)));
  const hi = BigInt.asUintN(64, BigInt(hashDouble(v.imag)));
  let combined = (hr + 1000003n * hi) & U64;
  if (combined === U64) combined = U64 - 1n;
  const h = BigInt.asIntN(64, combined);
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

export function complexReprOf(o: PyObject): string {
  const v = o.v as ComplexValue;
  return complexRepr(v.real, v.imag);
}
