/**
 * C's hypot(), correctly rounded as glibc's is (V8's Math.hypot can be an ulp off, which shows in
 * the 17th digit of abs(z) and of complex powers). Exact: the sum of squares as a big integer,
 * its integer square root with a sticky bit, one rounding by the BigInt→Number conversion.
 */
function decompose(x: number): { m: bigint; e: number } {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, Math.abs(x));
  const bits = b.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  if (exp === 0) return { m: frac, e: -1074 };
  return { m: frac | (1n << 52n), e: exp - 1075 };
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function hypot(x: number, y: number): number {
  if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) return Math.abs(y);
  if (y === 0) return Math.abs(x);
  const a = decompose(x);
  const c = decompose(y);
  const e = Math.min(a.e, c.e);
  const X = a.m << BigInt(a.e - e);
  const Y = c.m << BigInt(c.e - e);
  const s = X * X + Y * Y; // the square of the result, times 2**(-2e)
  // 2k extra bits so the root has at least 64 significant bits before rounding
  const k = Math.max(0, 64 - (s.toString(2).length >> 1));
  const scaled = s << BigInt(2 * k);
  let r = isqrt(scaled);
  let sticky = r * r === scaled ? 0n : 1n;
  let p = e - k - 1;
  // keep 64 significant bits (the rest only matters as the sticky bit): Number() stays finite
  const extra = r.toString(2).length - 64;
  if (extra > 0) {
    const big = BigInt(extra);
    if ((r & ((1n << big) - 1n)) !== 0n) sticky = 1n;
    r >>= big;
    p += extra;
  }
  // value = (2r + sticky) * 2**p; the conversion rounds once (ties to even)
  let v = Number((r << 1n) | sticky);
  while (p > 1000) { v *= 2 ** 1000; p -= 1000; }
  while (p < -1000) { v *= 2 ** -1000; p += 1000; }
  return v * 2 ** p;
}
