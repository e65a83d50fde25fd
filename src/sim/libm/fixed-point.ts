/**
 * Real numbers as BigInt fixed point: the integer m stands for m / 2**p. Each operation truncates
 * (an error under one unit, 2**-p); callers add guard bits and let `ziv.ts` check that the
 * error they allow cannot change the rounding.
 */
import { decompose } from './binary64.ts';

/** x (finite) at precision p, exact when p is at least the negated exponent of x's last bit. */
export function fromDouble(x: number, p: number): bigint {
  const { m, e } = decompose(x);
  const shift = e + p;
  const v = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
  return x < 0 ? -v : v;
}

export const one = (p: number): bigint => 1n << BigInt(p);

/** a * b at precision p, truncated toward zero, so that a series' terms shrink to 0 from both signs. */
export function mul(a: bigint, b: bigint, p: number): bigint {
  const product = a * b;
  return product < 0n ? -(-product >> BigInt(p)) : product >> BigInt(p);
}

export function div(a: bigint, b: bigint, p: number): bigint {
  return (a << BigInt(p)) / b;
}

/** Floor of the square root of a non-negative integer (Newton's method from above). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function sqrt(a: bigint, p: number): bigint {
  return isqrt(a << BigInt(p));
}

/** atan(1/n) for an integer n > 1: the series 1/n - 1/(3n**3) + ..., for Machin's formula. */
function arctanInverse(n: bigint, p: number): bigint {
  const n2 = n * n;
  let power = one(p) / n;
  let sum = power;
  for (let k = 3n, sign = -1n; power !== 0n; k += 2n, sign = -sign) {
    power /= n2;
    sum += (sign * power) / k;
  }
  return sum;
}

/** atanh(1/n) for an integer n > 1: 1/n + 1/(3n**3) + ... */
function artanhInverse(n: bigint, p: number): bigint {
  const n2 = n * n;
  let power = one(p) / n;
  let sum = power;
  for (let k = 3n; power !== 0n; k += 2n) {
    power /= n2;
    sum += power / k;
  }
  return sum;
}

const GUARD = 16;
const cache = new Map<string, { p: number; v: bigint }>();

function cached(name: string, p: number, compute: (p: number) => bigint): bigint {
  const hit = cache.get(name);
  if (hit && hit.p >= p) return hit.v >> BigInt(hit.p - p);
  const q = Math.max(p, 512);
  const v = compute(q + GUARD) >> BigInt(GUARD);
  cache.set(name, { p: q, v });
  return v >> BigInt(q - p);
}

/** pi at precision p (Machin: pi = 16 atan(1/5) - 4 atan(1/239)). */
export const pi = (p: number): bigint => cached('pi', p, (q) => 16n * arctanInverse(5n, q) - 4n * arctanInverse(239n, q));

/** log(2) at precision p (2 atanh(1/3)). */
export const ln2 = (p: number): bigint => cached('ln2', p, (q) => 2n * artanhInverse(3n, q));
