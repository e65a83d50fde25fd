/**
 * round() for floats and ints, as CPython 3.11 computes it.
 *
 * `float.__round__(x, n)` (Objects/floatobject.c `double_round`) rounds the *exact* binary value
 * to n decimal places half-to-even through dtoa and reads the digits back, which is why
 * round(2.675, 2) is 2.67: the double nearest 2.675 is slightly below it.
 */
import { dtoa } from './dtoa.ts';
import { overflowError, valueError } from './errors.ts';

// DBL_MANT_DIG - DBL_MIN_EXP = 1074 and DBL_MAX_EXP + 1 = 1025 digits of 2, times log10(2)
const NDIGITS_MAX = Math.trunc((53 - -1021) * 0.30103);
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103);

/** `round(x)`: nearest integer, ties to even, as an int. */
export function roundFloatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  let rounded = cRound(x);
  if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * cRound(x / 2.0); // halfway: to even
  return BigInt(rounded);
}

/** C's round(): halves away from zero (Math.round sends them towards +inf). */
function cRound(v: number): number {
  return v < 0 ? -Math.round(-v) : Math.round(v);
}

/** `round(x, ndigits)` for a float x and an int ndigits (clipped like Py_ssize_t). */
export function roundFloat(x: number, ndigits: bigint | number): number {
  const n = typeof ndigits === 'bigint' ? ndigits : BigInt(Math.trunc(ndigits));
  if (!Number.isFinite(x)) return x;
  if (n > BigInt(NDIGITS_MAX)) return x;
  if (n < BigInt(NDIGITS_MIN)) return 0.0 * x;
  const nd = Number(n);
  const r = dtoa(x, 3, nd);
  const digits = r.digits === '' ? '0' : r.digits;
  const exponent = r.decpt - r.digits.length;
  const rounded = Number(`${r.negative ? '-' : ''}0${digits}e${exponent}`);
  if (!Number.isFinite(rounded)) throw overflowError('rounded value too large to represent');
  return rounded;
}

/**
 * `int.__round__(n)` (Objects/longobject.c `long_round`): for negative n, round to a multiple
 * of 10**-n with ties to even; for n >= 0 the int itself.
 */
export function roundInt(value: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return value;
  const pow = 10n ** -ndigits;
  // floor division and modulo, as Python does them
  let q = value / pow;
  let r = value % pow;
  if (r < 0n) {
    r += pow;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > pow || (twice === pow && q % 2n !== 0n)) q += 1n;
  return q * pow;
}
