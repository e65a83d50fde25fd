/**
 * Decimal digits of a double, as David Gay's `_Py_dg_dtoa` (Python/dtoa.c) returns them:
 * a digit string without trailing zeros, the position of the decimal point (`decpt`: the value is
 * 0.DIGITS × 10**decpt) and the sign. CPython formats every float from this triple.
 *
 * Mode 0 is the shortest string that reads back to the same double; JS's Number-to-string
 * algorithm is specified to pick the same digits (shortest, then nearest, then even).
 * Modes 2 (ndigits significant digits) and 3 (ndigits after the decimal point) round the *exact*
 * binary value half-to-even, which JS's toFixed/toPrecision do not (they round ties up), so they
 * are computed here with bigints: |x| = m × 2**e exactly, scaled by a power of ten and divided.
 */
import { decompose } from '../libm/binary64.ts';

export interface DtoaResult {
  /** '' when mode 3 rounds a non-zero value to zero; 'inf'/'nan' are handled by callers. */
  digits: string;
  decpt: number;
  negative: boolean;
}

export type DtoaMode = 0 | 2 | 3;

/**
 * A double's exact decimal expansion ends within 1074 places after the point and has at most
 * 767 significant digits, so asking for more digits than this changes nothing: requests are
 * capped here (which keeps '%.999999999f' from building a billion-digit bigint).
 */
const EXACT_LIMIT = 1100;

/**
 * floor(|x| × 10**places) and how the dropped part compares with one half
 * (-1 below, 0 exactly half, 1 above; null when nothing was dropped).
 */
function scaled(mantissa: bigint, exponent: number, places: number): { q: bigint; rest: -1 | 0 | 1 | null } {
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (places >= 0) num *= 10n ** BigInt(places);
  else den *= 10n ** BigInt(-places);
  const q = num / den;
  const r = num - q * den;
  if (r === 0n) return { q, rest: null };
  const twice = 2n * r;
  return { q, rest: twice < den ? -1 : twice === den ? 0 : 1 };
}

function roundHalfEven(q: bigint, rest: -1 | 0 | 1 | null): bigint {
  if (rest === 1 || (rest === 0 && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function stripZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

/** The digits of q × 10**-places in dtoa form. */
function fromScaled(q: bigint, places: number): { digits: string; decpt: number } {
  if (q === 0n) return { digits: '', decpt: -places };
  const s = q.toString();
  return { digits: stripZeros(s), decpt: s.length - places };
}

function shortestDigits(x: number): { digits: string; decpt: number } {
  const s = Math.abs(x).toExponential(); // shortest round-trip digits, d.ddde±N
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '');
  return { digits: stripZeros(digits), decpt: Number(s.slice(e + 1)) + 1 };
}

/** ndigits significant digits: find the decimal exponent first, then round there. */
function significantDigits(mantissa: bigint, exponent: number, ndigits: number, x: number): { digits: string; decpt: number } {
  // estimate of decpt (floor(log10|x|) + 1), corrected below when the estimate is off by one
  let decpt = Math.floor(Math.log10(Math.abs(x))) + 1;
  const low = 10n ** BigInt(ndigits - 1);
  const high = low * 10n;
  for (;;) {
    const { q, rest } = scaled(mantissa, exponent, ndigits - decpt);
    if (q >= high) decpt++;
    else if (q < low) decpt--;
    else return fromScaled(roundHalfEven(q, rest), ndigits - decpt);
  }
}

/** `_Py_dg_dtoa(x, mode, ndigits)` for a finite x. */
export function dtoa(x: number, mode: DtoaMode, ndigits: number): DtoaResult {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { digits: '0', decpt: 1, negative };
  if (mode === 0) return { ...shortestDigits(x), negative };
  const { m: mantissa, e: exponent } = decompose(x); // |x| = mantissa × 2**exponent, exactly
  if (mode === 2) {
    return { ...significantDigits(mantissa, exponent, Math.min(Math.max(ndigits, 1), EXACT_LIMIT), x), negative };
  }
  if (ndigits > EXACT_LIMIT) ndigits = EXACT_LIMIT;
  const { q, rest } = scaled(mantissa, exponent, ndigits);
  return { ...fromScaled(roundHalfEven(q, rest), ndigits), negative };
}
