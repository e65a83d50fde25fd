/**
 * int → str. CPython 3.11.7 refuses decimal conversions of more than 4300 digits
 * (sys.get_int_max_str_digits(), CVE-2020-10735); powers-of-two bases are unlimited.
 */
import { valueError } from './errors.ts';

export const INT_MAX_STR_DIGITS = 4300;

export function intToStr(value: bigint, maxStrDigits: number = INT_MAX_STR_DIGITS): string {
  const s = value.toString();
  const nDigits = value < 0n ? s.length - 1 : s.length;
  if (maxStrDigits > 0 && nDigits > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return s;
}

/** bin()/oct()/hex(): `-0x1f` style, prefix after the sign. */
export function intToBase(value: bigint, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  const neg = value < 0n;
  return (neg ? '-' : '') + prefix + (neg ? -value : value).toString(base);
}
