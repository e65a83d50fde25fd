/**
 * Decoding the bodies of string and number literals (Parser/string_parser.c,
 * Objects/unicodeobject.c: _PyUnicode_DecodeUnicodeEscapeInternal).
 */
import type { ConstantValue } from './ast.ts';

export interface Prefix {
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  unicode: boolean;
  /** Length of the prefix in characters. */
  length: number;
}

export function parsePrefix(tok: string): Prefix {
  let i = 0;
  const p: Prefix = { raw: false, bytes: false, fstring: false, unicode: false, length: 0 };
  for (; i < tok.length; i++) {
    const c = tok[i];
    if (c === 'r' || c === 'R') p.raw = true;
    else if (c === 'b' || c === 'B') p.bytes = true;
    else if (c === 'f' || c === 'F') p.fstring = true;
    else if (c === 'u' || c === 'U') p.unicode = true;
    else break;
  }
  p.length = i;
  return p;
}

/** The text between the quotes of a STRING token. */
export function stringBody(tok: string, prefixLength: number): { body: string; bodyStart: number } {
  const q = tok[prefixLength];
  const triple = tok[prefixLength + 1] === q && tok[prefixLength + 2] === q && tok.length >= prefixLength + 6;
  const n = triple ? 3 : 1;
  return { body: tok.slice(prefixLength + n, tok.length - n), bodyStart: prefixLength + n };
}

export class EscapeError {
  constructor(readonly msg: string) {}
}

const SIMPLE: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function isHex(s: string): boolean {
  return /^[0-9a-fA-F]+$/.test(s);
}

/** Decode the escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(s: string): string {
  if (s.indexOf('\\') === -1) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const n = s[i + 1];
    if (n === undefined) {
      out += '\\';
      i++;
      continue;
    }
    if (n in SIMPLE) {
      out += SIMPLE[n];
      i += 2;
      continue;
    }
    if (n >= '0' && n <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < s.length && j < i + 4 && s[j] >= '0' && s[j] <= '7') v = v * 8 + (s.charCodeAt(j++) - 48);
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    if (n === 'x' || n === 'u' || n === 'U') {
      const len = n === 'x' ? 2 : n === 'u' ? 4 : 8;
      const h = s.slice(i + 2, i + 2 + len);
      if (h.length < len || !isHex(h)) {
        const what = n === 'x' ? '\\xXX' : n === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new EscapeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + validHexRun(s, i + 2, len)}: truncated ${what} escape`,
        );
      }
      const v = parseInt(h, 16);
      if (v > 0x10ffff) {
        throw new EscapeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`,
        );
      }
      out += String.fromCodePoint(v);
      i += 2 + len;
      continue;
    }
    if (n === 'N') {
      throw new EscapeError('\\N{...} escapes are not supported by this simulator');
    }
    // Unknown escapes stay as written (CPython only warns).
    out += '\\' + n;
    i += 2;
  }
  return out;
}

function validHexRun(s: string, from: number, max: number): number {
  let k = 0;
  while (k < max && from + k < s.length && isHex(s[from + k])) k++;
  return k;
}

/** Decode a bytes literal body; null when it holds a non-ASCII character. */
export function decodeBytes(s: string, raw: boolean): Uint8Array | null {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code > 0x7f) return null;
    if (raw || s[i] !== '\\') {
      out.push(code);
      i++;
      continue;
    }
    const n = s[i + 1];
    if (n === undefined) {
      out.push(92);
      i++;
      continue;
    }
    if (n in SIMPLE) {
      const r = SIMPLE[n];
      if (r !== '') out.push(r.charCodeAt(0));
      i += 2;
      continue;
    }
    if (n >= '0' && n <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < s.length && j < i + 4 && s[j] >= '0' && s[j] <= '7') v = v * 8 + (s.charCodeAt(j++) - 48);
      out.push(v & 0xff);
      i = j;
      continue;
    }
    if (n === 'x') {
      const h = s.slice(i + 2, i + 4);
      if (h.length < 2 || !isHex(h)) {
        throw new EscapeError(`(value error) invalid \\x escape at position ${i}`);
      }
      out.push(parseInt(h, 16));
      i += 4;
      continue;
    }
    out.push(92, n.charCodeAt(0));
    i += 2;
  }
  return new Uint8Array(out);
}

/** The value of a NUMBER token. */
export function parseNumber(s: string): ConstantValue {
  const t = s.replace(/_/g, '');
  const last = t[t.length - 1];
  if (last === 'j' || last === 'J') return { complex: Number(t.slice(0, -1)) };
  const c1 = t[1];
  if (t[0] === '0' && (c1 === 'x' || c1 === 'X' || c1 === 'o' || c1 === 'O' || c1 === 'b' || c1 === 'B')) {
    return BigInt('0' + c1.toLowerCase() + t.slice(2));
  }
  if (/[.eE]/.test(t)) return Number(t);
  return BigInt(t);
}
