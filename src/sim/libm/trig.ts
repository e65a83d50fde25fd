/**
 * sin, cos and atan2, correctly rounded (glibc's are, all but about 2 in 1,000 arguments; V8's
 * fdlibm-derived ones differ from glibc's in 3 to 17 of 100, which shows in the last digit of a
 * complex power).
 */
import { decompose, ilogb } from './binary64.ts';
import { div, fromDouble, mul, one, pi, sqrt } from './fixed-point.ts';
import { correctlyRounded } from './ziv.ts';

const PRECISION = 192;
const ERROR = 1n << 12n;

/** sin r and cos r at precision p for |r| up to a little over pi/4, by their Taylor series. */
function sinCosSeries(r: bigint, p: number): { sin: bigint; cos: bigint } {
  const r2 = mul(r, r, p);
  let sinTerm = r;
  let cosTerm = one(p);
  let sin = sinTerm;
  let cos = cosTerm;
  for (let n = 1n; sinTerm !== 0n || cosTerm !== 0n; n++) {
    cosTerm = -mul(cosTerm, r2, p) / ((2n * n - 1n) * (2n * n));
    sinTerm = -mul(sinTerm, r2, p) / ((2n * n) * (2n * n + 1n));
    cos += cosTerm;
    sin += sinTerm;
  }
  return { sin, cos };
}

/**
 * |x| = k pi/2 + r, |r| <= pi/4 (about): k mod 4 and r at precision p. pi carries as many more
 * bits as x has integer bits, so the reduction is exact to a unit even for x near 2**1024.
 */
function reduce(ax: number, p: number): { quadrant: number; r: bigint } {
  const piBits = p + Math.max(0, ilogb(ax)) + 8;
  const halfPi = pi(piBits) >> 1n;
  const scaled = fromDouble(ax, piBits);
  const k = (2n * scaled + halfPi) / (2n * halfPi);
  const r = (scaled - k * halfPi) >> BigInt(piBits - p);
  return { quadrant: Number(k % 4n), r };
}

function sinOrCos(x: number, wantSin: boolean): number {
  const ax = Math.abs(x);
  // a tiny result needs as many more bits as it has leading zeros
  const p0 = PRECISION + Math.max(0, -ilogb(ax));
  const v = correctlyRounded((extra) => {
    const p = p0 + extra;
    const { quadrant, r } = reduce(ax, p);
    const { sin, cos } = sinCosSeries(r, p);
    const q = wantSin ? quadrant : quadrant + 1;
    const m = [sin, cos, -sin, -cos][q % 4];
    return { m, shift: p, error: ERROR };
  });
  return wantSin && x < 0 ? -v : v;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  return sinOrCos(x, true);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return 1;
  return sinOrCos(x, false);
}

/** atan u for 0 <= u <= 1 at precision p: two half-angle steps, then the series. */
function atanUnit(u: bigint, p: number): bigint {
  const unit = one(p);
  for (let i = 0; i < 2; i++) u = div(u, unit + sqrt(unit + mul(u, u, p), p), p);
  const u2 = mul(u, u, p);
  let power = u;
  let sum = u;
  for (let k = 3n, sign = -1n; power !== 0n; k += 2n, sign = -sign) {
    power = mul(power, u2, p);
    sum += (sign * power) / k;
  }
  return 4n * sum;
}

/** (small / large) at precision p, both finite, nonzero and taken positive. */
function ratio(small: number, large: number, p: number): bigint {
  const a = decompose(small);
  const b = decompose(large);
  const shift = p + a.e - b.e;
  const numerator = shift >= 0 ? a.m << BigInt(shift) : a.m >> BigInt(-shift);
  return numerator / b.m;
}

export function atan2(y: number, x: number): number {
  // NaNs, zeros and infinities: the exact cases of C99 Annex F, which V8 implements the same way
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  const p0 = PRECISION + Math.max(0, ilogb(ax) - ilogb(ay));
  const v = correctlyRounded((extra) => {
    const p = p0 + extra;
    const halfPi = pi(p) >> 1n;
    // atan(ay/ax) in (0, pi/2), through its complement where the ratio exceeds 1
    const angle = ay <= ax ? atanUnit(ratio(ay, ax, p), p) : halfPi - atanUnit(ratio(ax, ay, p), p);
    return { m: x > 0 ? angle : 2n * halfPi - angle, shift: p, error: ERROR };
  });
  return y < 0 ? -v : v;
}
