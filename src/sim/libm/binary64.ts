/**
 * Exact views of IEEE 754 binary64 numbers as integers, and the one correct rounding back.
 * Everything in libm/ computes with BigInt fixed point and comes back through
 * `roundToDouble`, so each function rounds once, to nearest with ties to even, as a correctly
 * rounded C library does.
 */

const view = new DataView(new ArrayBuffer(8));

/** |x| = m * 2**e exactly (m < 2**53); x must be finite. */
export function decompose(x: number): { m: bigint; e: number } {
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  if (exp === 0) return { m: frac, e: -1074 };
  return { m: frac | (1n << 52n), e: exp - 1075 };
}

/** The exponent of a finite nonzero x: 2**ilogb(x) <= |x| < 2**(ilogb(x) + 1). */
export function ilogb(x: number): number {
  const { m, e } = decompose(x);
  return bitLength(m) - 1 + e;
}

export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  return n === 0n ? 0 : n.toString(2).length;
}

/** x * 2**n without intermediate overflow or underflow when the result is representable. */
export function scaleByPowerOfTwo(x: number, n: number): number {
  while (n > 1000) { x *= 2 ** 1000; n -= 1000; }
  while (n < -1000) { x *= 2 ** -1000; n += 1000; }
  return x * 2 ** n;
}

/** The double nearest to m * 2**(-shift), ties to even, with subnormals and overflow. */
export function roundToDouble(m: bigint, shift: number): number {
  if (m === 0n) return 0;
  const negative = m < 0n;
  const a = negative ? -m : m;
  const length = bitLength(a);
  const exponent = length - 1 - shift;
  if (exponent > 1023) return negative ? -Infinity : Infinity;
  // significant bits a double has at this exponent: 53, fewer for subnormals
  const keep = exponent >= -1022 ? 53 : 53 - (-1022 - exponent);
  // keep <= 0: below the smallest subnormal; the same rounding gives 0 or 2**-1074
  const drop = length - keep;
  let q = a;
  if (drop > 0) {
    const bigDrop = BigInt(drop);
    q = a >> bigDrop;
    const rest = a - (q << bigDrop);
    const half = 1n << (bigDrop - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  }
  const v = scaleByPowerOfTwo(Number(q), drop - shift);
  return negative ? -v : v;
}
