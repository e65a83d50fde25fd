/** exp and log, correctly rounded (glibc's are, all but a few in 10,000 arguments; V8's are not). */
import { bitLength, decompose } from './binary64.ts';
import { fromDouble, ln2, mul, one, div } from './fixed-point.ts';
import { correctlyRounded } from './ziv.ts';

const PRECISION = 192;
const ERROR = 1n << 16n;

/** e**r at precision p for |r| below about 0.4, by its Taylor series. */
function expSeries(r: bigint, p: number): bigint {
  let term = one(p);
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term = mul(term, r, p) / n;
    sum += term;
  }
  return sum;
}

// Beyond these, exp(x) rounds to infinity or to zero (e**709.79 > DBL_MAX, e**-745.14 < 2**-1075).
const OVERFLOWS_ABOVE = 710;
const UNDERFLOWS_BELOW = -746;

export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > OVERFLOWS_ABOVE) return Infinity;
  if (x < UNDERFLOWS_BELOW) return 0;
  if (x === 0) return 1;
  // e**x = 2**k * e**r with r = x - k log 2 small
  const k = Math.round(x / Math.LN2);
  return correctlyRounded((extra) => {
    const p = PRECISION + extra;
    const r = fromDouble(x, p) - BigInt(k) * ln2(p);
    return { m: expSeries(r, p), shift: p - k, error: ERROR };
  });
}

/** 2 atanh(z) = log((1 + z) / (1 - z)), for |z| below about 0.18. */
function logSeries(z: bigint, p: number): bigint {
  const z2 = mul(z, z, p);
  let power = z;
  let sum = z;
  for (let k = 3n; power !== 0n; k += 2n) {
    power = mul(power, z2, p);
    sum += power / k;
  }
  return 2n * sum;
}

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  // x = f * 2**k with f in [sqrt(1/2), sqrt(2)): log x = k log 2 + log f
  const { m, e } = decompose(x);
  const length = bitLength(m);
  const halve = m * m > 1n << BigInt(2 * length - 1);
  const fractionBits = halve ? length : length - 1;
  const k = e + fractionBits;
  return correctlyRounded((extra) => {
    const p = PRECISION + extra;
    const f = m << BigInt(p - fractionBits);
    const z = div(f - one(p), f + one(p), p);
    return { m: BigInt(k) * ln2(p) + logSeries(z, p), shift: p, error: ERROR };
  });
}
