/**
 * float(str) and int(str, base), with CPython 3.11's acceptance rules and error messages
 * (Objects/floatobject.c `PyFloat_FromString`, Objects/longobject.c `PyLong_FromString`,
 * Python/pystrtod.c, and `_Py_string_to_number_with_underscores`).
 */
import { valueError } from './errors.ts';
import { INT_MAX_STR_DIGITS } from './int-to-str.ts';
import { strRepr } from './str-repr.ts';
import { decimalValue, isUnicodeSpace } from './unicode-lookup.ts';

/**
 * `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become ' ', Unicode digits their
 * ASCII digit; anything else non-ASCII becomes '?' and ends the string (it can never parse).
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isAsciiSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\x0b' || c === '\x0c';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** `_Py_string_to_number_with_underscores`: null when an underscore is misplaced. */
function removeUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let prev = '';
  let out = '';
  for (const c of s) {
    if (c === '_') {
      if (!isDigit(prev)) return null; // only after a digit
    } else {
      out += c;
      if (prev === '_' && !isDigit(c)) return null; // only before a digit
    }
    prev = c;
  }
  return prev === '_' ? null : out;
}

/** float('-nan') keeps its sign bit in CPython (math.copysign shows it); build it bit by bit. */
const NEGATIVE_NAN = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, 0xfff8000000000000n);
  return view.getFloat64(0);
})();

const DECIMAL_PREFIX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const INF_OR_NAN = /^[+-]?(?:infinity|inf|nan)/i;

/** float(s) for a str argument (`PyFloat_FromString`). */
export function floatFromString(s: string): number {
  const fail = (): Error => valueError(`could not convert string to float: ${strRepr(s)}`);
  const ascii = transformDecimalAndSpaceToAscii(s);
  let start = 0;
  let end = ascii.length;
  while (start < end && isAsciiSpace(ascii[start])) start++;
  while (end - 1 > start && isAsciiSpace(ascii[end - 1])) end--;
  const text = removeUnderscores(ascii.slice(start, end));
  if (text === null) throw fail();
  const decimal = DECIMAL_PREFIX.exec(text);
  if (decimal !== null) {
    if (decimal[0].length !== text.length) throw fail();
    return Number(decimal[0]); // ECMAScript string-to-number is correctly rounded, like dtoa
  }
  const special = INF_OR_NAN.exec(text);
  if (special === null || special[0].length !== text.length) throw fail();
  if (special[0].toLowerCase().endsWith('nan')) return special[0][0] === '-' ? NEGATIVE_NAN : NaN;
  return special[0][0] === '-' ? -Infinity : Infinity;
}

/** Digit value of an ASCII character in bases up to 36 (`_PyLong_DigitValue`), else 37. */
function digitValue(c: string | undefined): number {
  if (c === undefined) return 37;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 37;
}

/** int(s, base) for a str argument (`PyLong_FromUnicodeObject`); base is 0 or 2..36. */
export function intFromString(s: string, base = 10): bigint {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const fail = (): Error => {
    const repr = strRepr(s);
    return valueError(`invalid literal for int() with base ${base}: ${Array.from(repr).slice(0, 200).join('')}`);
  };
  const str = transformDecimalAndSpaceToAscii(s);
  let i = 0;
  while (i < str.length && isAsciiSpace(str[i])) i++;
  let negative = false;
  if (str[i] === '+') i++;
  else if (str[i] === '-') {
    negative = true;
    i++;
  }
  let b = base;
  let errorIfNonzero = false;
  if (b === 0) {
    const next = str[i + 1];
    if (str[i] !== '0') b = 10;
    else if (next === 'x' || next === 'X') b = 16;
    else if (next === 'o' || next === 'O') b = 8;
    else if (next === 'b' || next === 'B') b = 2;
    else {
      // an old C-style octal literal such as 010 is invalid, though 000 is zero
      errorIfNonzero = true;
      b = 10;
    }
  }
  const p = str[i + 1];
  if (
    str[i] === '0' &&
    ((b === 16 && (p === 'x' || p === 'X')) || (b === 8 && (p === 'o' || p === 'O')) || (b === 2 && (p === 'b' || p === 'B')))
  ) {
    i += 2;
    if (str[i] === '_') i++; // one underscore allowed after the prefix
  }
  if (str[i] === '_') throw fail();
  let digits = '';
  let prev = '';
  while (digitValue(str[i]) < b || str[i] === '_') {
    if (str[i] === '_') {
      if (prev === '_') throw fail();
    } else digits += str[i];
    prev = str[i];
    i++;
  }
  if (prev === '_' || digits === '') throw fail();
  if ((b & (b - 1)) !== 0 && digits.length > INT_MAX_STR_DIGITS) {
    throw valueError(
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: ` +
        `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  while (i < str.length && isAsciiSpace(str[i])) i++;
  if (i !== str.length) throw fail();
  let value = 0n;
  if (b === 10) value = BigInt(digits);
  else if (b === 16 || b === 8 || b === 2) value = BigInt((b === 16 ? '0x' : b === 8 ? '0o' : '0b') + digits);
  else {
    const big = BigInt(b);
    for (const c of digits) value = value * big + BigInt(digitValue(c));
  }
  if (errorIfNonzero && value !== 0n) throw fail();
  return negative ? -value : value;
}
