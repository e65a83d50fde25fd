/**
 * Code-point views of a str. A Python str counts code points; a JS string counts UTF-16 units, so
 * a character outside the BMP ('👍') is two units. Only strings holding a surrogate pair take the
 * slower paths here: every helper returns the plain unit answer for the others.
 */

const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Per long string value: its code points when it holds a surrogate pair, else null. A bounded
 * cache, so indexing in a loop (`a[i] == b[i]` over two strings) scans each string once, not per
 * index; short strings are cheaper to scan than to look up.
 */
const cache = new Map<string, string[] | null>();
const CACHE_MAX = 256;
const SHORT = 64;

function codePoints(s: string): string[] | null {
  if (s.length < SHORT) return PAIR.test(s) ? Array.from(s) : null;
  let r = cache.get(s);
  if (r === undefined) {
    r = PAIR.test(s) ? Array.from(s) : null;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(s, r);
  }
  return r;
}

/** Does `s` hold a character outside the BMP (a surrogate pair)? */
export function isAstral(s: string): boolean {
  if (s.length < SHORT) return s.length >= 2 && PAIR.test(s);
  return codePoints(s) !== null;
}

/**
 * The code points of `s`, one string each (a lone surrogate stays one code point, as in CPython).
 * The array may be shared with the cache: read it, never change it.
 */
export function cpArray(s: string): string[] {
  return (s.length >= 2 && codePoints(s)) || Array.from(s);
}

/** len(s) in code points. */
export function cpLen(s: string): number {
  return isAstral(s) ? cpArray(s).length : s.length;
}

/** The character at code-point index `i` (0 <= i < cpLen(s)). */
export function cpAt(s: string, i: number): string {
  return isAstral(s) ? cpArray(s)[i] : s[i];
}

/** s[start:end] in code points (0 <= start <= end <= cpLen(s)). */
export function cpSlice(s: string, start: number, end: number): string {
  return isAstral(s) ? cpArray(s).slice(start, end).join('') : s.slice(start, end);
}

/** The UTF-16 offset of code-point index `i` (clamped to the string). */
export function cpToUnit(s: string, i: number): number {
  if (!isAstral(s)) return i;
  const cps = cpArray(s);
  let u = 0;
  for (let k = 0; k < i && k < cps.length; k++) u += cps[k].length;
  return u;
}

/** The code-point index of UTF-16 offset `u` (a boundary between code points); -1 stays -1. */
export function unitToCp(s: string, u: number): number {
  if (u < 0 || !isAstral(s)) return u;
  let n = 0;
  for (let k = 0; k < u; k++) {
    const c = s.charCodeAt(k);
    if (c < 0xdc00 || c > 0xdfff || k === 0 || (s.charCodeAt(k - 1) & 0xfc00) !== 0xd800) n++;
  }
  return n;
}

/** `s` padded with `fill` (one code point) to `width` code points, on the left, right or both. */
export function cpPad(s: string, width: number, fill: string, align: '<' | '>' | '^'): string {
  const n = width - cpLen(s);
  if (n <= 0) return s;
  if (align === '<') return s + fill.repeat(n);
  if (align === '>') return fill.repeat(n) + s;
  const left = n >> 1;
  return fill.repeat(left) + s + fill.repeat(n - left);
}

/** -1, 0 or 1 comparing code points: UTF-16 sorts U+E000..U+FFFF after every astral character. */
export function cpCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800 && x < 0xdc00 !== y < 0xdc00 && (x >= 0xe000 || y >= 0xe000)) {
    // One is a high surrogate (an astral character when a low one follows), the other U+E000+.
    const hi = x < 0xdc00 ? a : b;
    if ((hi.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return hi === a ? 1 : -1;
  }
  return x < y ? -1 : 1;
}
