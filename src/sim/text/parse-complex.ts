/** complex(str), ported from `complex_from_string_inner` (Objects/complexobject.c, 3.11). */
import { valueError } from './errors.ts';
import { transformDecimalAndSpaceToAscii } from './parse-number.ts';
import { strRepr } from './str-repr.ts';

const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i;

/** PyOS_string_to_double on a prefix of `s`: the value and how many characters it used (0: none). */
function floatPrefix(s: string): { value: number; used: number } {
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) return { value: 0, used: 0 };
  const t = m[0];
  const neg = t[0] === '-';
  const body = t.replace(/^[+-]/, '').toLowerCase();
  let v: number;
  if (body.startsWith('inf')) v = Infinity;
  else if (body === 'nan') v = NaN;
  else v = Number(body);
  return { value: neg ? -v : v, used: t.length };
}

/** _Py_string_to_number_with_underscores: an underscore only between two digits. */
function dropUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '_') {
      const before = s[i - 1];
      const after = s[i + 1];
      if (!(before >= '0' && before <= '9') || !(after >= '0' && after <= '9')) return null;
    } else out += s[i];
  }
  return out;
}

const isSpace = (c: string | undefined) => c === ' ' || (c !== undefined && c >= '\t' && c <= '\r');

export function complexFromString(text: string): { real: number; imag: number } {
  const malformed = () => valueError('complex() arg is a malformed string');
  const cleaned = dropUnderscores(transformDecimalAndSpaceToAscii(text));
  if (cleaned === null) throw valueError(`could not convert string to complex: ${strRepr(text)}`);
  const s = cleaned;
  let i = 0;
  let x = 0;
  let y = 0;
  while (isSpace(s[i])) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (isSpace(s[i])) i++;
  }
  const isJ = (c: string | undefined) => c === 'j' || c === 'J';
  const z = floatPrefix(s.slice(i));
  if (z.used > 0) {
    i += z.used;
    if (s[i] === '+' || s[i] === '-') {
      x = z.value;
      const w = floatPrefix(s.slice(i));
      if (w.used > 0) {
        y = w.value;
        i += w.used;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ(s[i])) throw malformed();
      i++;
    } else if (isJ(s[i])) {
      i++;
      y = z.value;
    } else x = z.value;
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (!isJ(s[i])) throw malformed();
    i++;
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') throw malformed();
    i++;
    while (isSpace(s[i])) i++;
  }
  if (i !== s.length) throw malformed();
  return { real: x, imag: y };
}
