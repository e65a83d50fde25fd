/** Lookups in the generated Unicode tables (CPython 3.11's Unicode 14.0 answers). */
import { DECIMAL_ZEROS, LOWER_RANGES, SPACE_RANGES, TITLE_RANGES, UPPER_RANGES } from './unicode-tables.ts';

/** Is cp inside one of the half-open [start, end) pairs of a sorted flat range table? */
export function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid * 2] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return ranges[lo * 2] <= cp && cp < ranges[lo * 2 + 1];
}

/** str.isspace() for one code point. */
export function isUnicodeSpace(cp: number): boolean {
  return inRanges(SPACE_RANGES, cp);
}

/** Py_UNICODE_ISLOWER: one character's str.islower(). */
export function isUnicodeLower(cp: number): boolean {
  return inRanges(LOWER_RANGES, cp);
}

/** Py_UNICODE_ISUPPER: one character's str.isupper(). */
export function isUnicodeUpper(cp: number): boolean {
  return inRanges(UPPER_RANGES, cp);
}

/** Py_UNICODE_ISTITLE: a titlecase letter (category Lt), such as 'ǅ'. */
export function isUnicodeTitle(cp: number): boolean {
  return inRanges(TITLE_RANGES, cp);
}

/** The digit value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), or -1. */
export function decimalValue(cp: number): number {
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DECIMAL_ZEROS[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DECIMAL_ZEROS[lo];
  return d >= 0 && d < 10 ? d : -1;
}
