/**
 * Laying out a formatted number: `calc_number_widths`, `fill_number` and
 * `_PyUnicode_InsertThousandsGrouping` from Python/formatter_unicode.c and unicodeobject.c.
 *
 *   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
 *
 * With fill '0' and '=' alignment the padding is made of zeros *inside* the grouped digits, so
 * format(1234, '010,') is '00,001,234' rather than '0001,234'.
 */
import { MAX_TEXT_LENGTH, PyTextError, repeatFill } from './errors.ts';
import type { FormatSpec } from './format-spec.ts';

export interface Grouping {
  separator: string;
  /** digits per group; 0 for no grouping */
  size: number;
}

export const NO_GROUPING: Grouping = { separator: '', size: 0 };

/** Group `digits` right to left, zero-padded to at least `minWidth` characters. */
export function insertThousandsGrouping(digits: string, minWidth: number, grouping: Grouping): string {
  minWidth = Math.max(0, minWidth);
  const parts: string[] = [];
  let remaining = digits.length;
  let useSeparator = false;
  const take = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    parts.push(digits.slice(remaining - chars, remaining) + (useSeparator ? grouping.separator : ''));
    if (zeros > 0) parts[parts.length - 1] = repeatFill('0', zeros) + parts[parts.length - 1];
    remaining -= chars;
  };
  if (grouping.size > 0) {
    for (;;) {
      const len = Math.min(grouping.size, Math.max(remaining, minWidth, 1));
      take(len);
      useSeparator = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) return parts.reverse().join('');
      minWidth -= grouping.separator.length;
    }
  }
  take(Math.max(remaining, minWidth, 1));
  return parts.reverse().join('');
}

export interface NumberParts {
  /** '-' when the number is negative, else '' */
  signChar: '' | '-';
  /** '0x' etc. (already in the right case), '' for none */
  prefix: string;
  digits: string;
  /** '.' or '' */
  decimal: string;
  /** what follows: fraction, exponent, '%', or the whole of 'inf'/'nan'/a 'c' character */
  remainder: string;
}

export function layoutNumber(parts: NumberParts, spec: FormatSpec, grouping: Grouping): string {
  if (spec.width > MAX_TEXT_LENGTH) throw new PyTextError('MemoryError', '');
  let sign = '';
  if (spec.sign === '+') sign = parts.signChar === '-' ? '-' : '+';
  else if (spec.sign === ' ') sign = parts.signChar === '-' ? '-' : ' ';
  else if (parts.signChar === '-') sign = '-';
  const nonDigit = sign.length + parts.prefix.length + parts.decimal.length + codePoints(parts.remainder);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  const grouped = parts.digits.length === 0 ? '' : insertThousandsGrouping(parts.digits, minWidth, grouping);
  const padding = spec.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    if (spec.align === '<') rpad = padding;
    else if (spec.align === '^') {
      lpad = Math.floor(padding / 2);
      rpad = padding - lpad;
    } else if (spec.align === '=') spad = padding;
    else lpad = padding;
  }
  const fill = spec.fill;
  return (
    repeatFill(fill, lpad) +
    sign +
    parts.prefix +
    repeatFill(fill, spad) +
    grouped +
    parts.decimal +
    parts.remainder +
    repeatFill(fill, rpad)
  );
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
