/**
 * `repr(str)`, ported from `unicode_repr` (Objects/unicodeobject.c).
 *
 * JS strings are UTF-16; Python's str is a sequence of code points. A surrogate pair is one
 * code point here; a lone surrogate is a code point of its own (Python strs can hold those too)
 * and, not being printable, is shown as `\udxxx`.
 */
import { inRanges } from './unicode-lookup.ts';
import { PRINTABLE_RANGES } from './unicode-tables.ts';

/** `str.isprintable()` for one code point, per CPython 3.11's Unicode 14.0 tables. */
export function isPrintable(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (cp < 0xa0) return false;
  return inRanges(PRINTABLE_RANGES, cp);
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

export function strRepr(s: string): string {
  // Python prefers single quotes; double quotes only when that avoids escaping.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** Python's len(s): code points, counting a surrogate pair once. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}
