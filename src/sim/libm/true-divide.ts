/**
 * long_true_divide (CPython's Objects/longobject.c, not the C library's, but the same kind of
 * exact rounding kept beside the rest): the correctly rounded quotient of two ints of any size,
 * never through two roundings to float. A quotient of 55+ bits plus a sticky bit for the
 * remainder, rounded once by the (correctly rounding) BigInt to Number conversion, then scaled
 * exactly. Infinity when it is too large for a float (the caller raises OverflowError); b != 0.
 */
import { bitLength, scaleByPowerOfTwo } from './binary64.ts';

export function trueDivideInts(a: bigint, b: bigint): number {
  const LIMIT = 2n ** 53n;
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a <= LIMIT && b <= LIMIT) return (neg ? -1 : 1) * (Number(a) / Number(b));
  if (a === 0n) return neg ? -0 : 0;
  const sh = bitLength(b) - bitLength(a) + 55;
  const num = sh >= 0 ? a << BigInt(sh) : a;
  const den = sh >= 0 ? b : b << BigInt(-sh);
  const q = num / den;
  const sticky = num % den !== 0n ? 1n : 0n;
  const r = scaleByPowerOfTwo(Number((q << 1n) | sticky), -(sh + 1));
  return neg ? -r : r;
}
