/**
 * The str.is*() predicates whose answers depend on Unicode case and whitespace data, ported from
 * Objects/unicodeobject.c (unicode_isupper_impl, unicode_islower_impl, unicode_istitle_impl,
 * unicode_isspace_impl, unicode_isprintable_impl, unicode_isascii_impl) over CPython 3.11's own
 * per-character tables (src/sim/text/unicode-tables.ts): JS regex classes follow a newer Unicode
 * and a different definition of whitespace ('\x1c' is space in Python, '\ufeff' is not).
 */
import { newBool, strType } from './core.ts';
import type { PyObject } from './pyobject.ts';
import { method, nargs } from '../modules/builtins.ts';
import { isUnicodeLower, isUnicodeSpace, isUnicodeTitle, isUnicodeUpper } from '../text/unicode-lookup.ts';
import { isPrintable } from '../text/str-repr.ts';

function codePoints(self: PyObject | null): number[] {
  const out: number[] = [];
  for (const c of self!.v as string) out.push(c.codePointAt(0)!);
  return out;
}

/** Cased characters all lower (or all upper), and at least one of them. */
function allCased(cps: number[], wanted: (cp: number) => boolean, other: (cp: number) => boolean): boolean {
  let cased = false;
  for (const cp of cps) {
    if (other(cp) || isUnicodeTitle(cp)) return false;
    if (!cased && wanted(cp)) cased = true;
  }
  return cased;
}

export function strIsUpper(s: PyObject): boolean {
  return allCased(codePoints(s), isUnicodeUpper, isUnicodeLower);
}

export function strIsLower(s: PyObject): boolean {
  return allCased(codePoints(s), isUnicodeLower, isUnicodeUpper);
}

/** Uppercase/titlecase characters only after uncased ones, lowercase only after cased ones. */
export function strIsTitle(s: PyObject): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const cp of codePoints(s)) {
    if (isUnicodeUpper(cp) || isUnicodeTitle(cp)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (isUnicodeLower(cp)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

const predicates: Record<string, (s: PyObject) => boolean> = {
  isupper: strIsUpper,
  islower: strIsLower,
  istitle: strIsTitle,
  isspace: (s) => {
    const cps = codePoints(s);
    return cps.length > 0 && cps.every(isUnicodeSpace);
  },
  isprintable: (s) => codePoints(s).every(isPrintable),
  // the str's code points all below 128 (an empty str is ASCII)
  // eslint-disable-next-line no-control-regex
  isascii: (s) => /^[\x00-\x7f]*$/.test(s.v as string),
};

for (const [name, test] of Object.entries(predicates)) {
  method(strType, name, (self, a) => {
    nargs(`str.${name}`, a, 0, 0);
    return newBool(test(self!));
  });
}
