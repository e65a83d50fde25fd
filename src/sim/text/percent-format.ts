/**
 * printf-style `str % args`, ported from `PyUnicode_Format` and its helpers
 * (Objects/unicodeobject.c: unicode_format_arg_parse, unicode_format_arg_format,
 * mainformatlong, formatfloat, formatchar, unicode_format_arg_output).
 *
 * The operands are Python objects the text helpers cannot see into, so the interpreter
 * describes each one with a PercentOperand: its type name, str() and repr(), and its value when
 * it is an int, a float or a str.
 */
import { overflowError, PyTextError, repeatFill, valueError } from './errors.ts';
import { doubleToString, type FloatCode } from './float-to-string.ts';
import { intToStr } from './int-to-str.ts';
import { roundFloatToInt } from './round.ts';

export interface PercentOperand {
  /** `type(obj).__name__`, for error messages */
  typeName: string;
  /** `str(obj)` (called for %s) */
  str(): string;
  /** `repr(obj)` (called for %r and %a) */
  repr(): string;
  /** set when obj is an int (bool included) */
  int?: bigint;
  /** set when obj is a float */
  float?: number;
  /**
   * set when obj is a str; %s uses it as is, so leave it unset for a str subclass whose
   * __str__ differs (CPython only takes that shortcut for an exact str)
   */
  text?: string;
}

/** The right operand when it is a mapping (PyMapping_Check: dicts, but lists too): `%(key)s`. */
export interface PercentMapping {
  /** `mapping[key]`; the interpreter raises its own KeyError when missing */
  getItem(key: string): PercentOperand;
}

function typeError(message: string): PyTextError {
  return new PyTextError('TypeError', message);
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

interface Arg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/**
 * `format % args`.
 *
 * @param args an array when the right operand is a tuple, else the single operand
 * @param mapping when the right operand is a mapping (and not a tuple or str): its lookup
 */
export function percentFormat(
  format: string,
  args: readonly PercentOperand[] | PercentOperand,
  mapping: PercentMapping | null = null,
): string {
  const fmt = Array.from(format);
  let pos = 0;
  let current: readonly PercentOperand[] | PercentOperand = args;
  let arglen = Array.isArray(args) ? args.length : -1;
  let argidx = Array.isArray(args) ? 0 : -2;
  const nextArg = (): PercentOperand => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? (current as PercentOperand) : (current as readonly PercentOperand[])[i];
    }
    throw typeError('not enough arguments for format string');
  };
  let out = '';
  while (pos < fmt.length) {
    if (fmt[pos] !== '%') {
      out += fmt[pos++];
      continue;
    }
    pos++;
    if (fmt[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    const arg: Arg = { ch: '', flags: 0, width: -1, prec: -1, sign: false };
    // ---- parse: %(key) flags width .precision [hlL] type
    if (fmt[pos] === '(') {
      if (mapping === null) throw typeError('format requires a mapping');
      pos++;
      const keystart = pos;
      let pcount = 1;
      while (pcount > 0 && pos < fmt.length) {
        if (fmt[pos] === ')') pcount--;
        else if (fmt[pos] === '(') pcount++;
        pos++;
      }
      if (pcount > 0) throw valueError('incomplete format key');
      current = mapping.getItem(fmt.slice(keystart, pos - 1).join(''));
      arglen = -1;
      argidx = -2;
    }
    const read = (): string | undefined => fmt[pos++];
    let ch = read();
    while (ch !== undefined) {
      if (ch === '-') arg.flags |= F_LJUST;
      else if (ch === '+') arg.flags |= F_SIGN;
      else if (ch === ' ') arg.flags |= F_BLANK;
      else if (ch === '#') arg.flags |= F_ALT;
      else if (ch === '0') arg.flags |= F_ZERO;
      else break;
      ch = read();
    }
    if (ch === '*') {
      const v = nextArg();
      if (v.int === undefined) throw typeError('* wants int');
      arg.width = Number(v.int);
      if (arg.width < 0) {
        arg.flags |= F_LJUST;
        arg.width = -arg.width;
      }
      ch = read();
    } else if (ch !== undefined && ch >= '0' && ch <= '9') {
      arg.width = Number(ch);
      for (ch = read(); ch !== undefined && ch >= '0' && ch <= '9'; ch = read()) {
        arg.width = arg.width * 10 + Number(ch);
        if (arg.width > Number.MAX_SAFE_INTEGER) throw valueError('width too big');
      }
    }
    if (ch === '.') {
      arg.prec = 0;
      ch = read();
      if (ch === '*') {
        const v = nextArg();
        if (v.int === undefined) throw typeError('* wants int');
        arg.prec = Math.max(0, Number(v.int));
        ch = read();
      } else if (ch !== undefined && ch >= '0' && ch <= '9') {
        arg.prec = Number(ch);
        for (ch = read(); ch !== undefined && ch >= '0' && ch <= '9'; ch = read()) {
          arg.prec = arg.prec * 10 + Number(ch);
          if (arg.prec > 2147483647) throw valueError('precision too big');
        }
      }
    }
    if (ch === 'h' || ch === 'l' || ch === 'L') ch = read();
    if (ch === undefined) throw valueError('incomplete format');
    arg.ch = ch;
    // ---- format
    const v = nextArg();
    const str = formatArg(arg, v, pos - 1);
    out += outputArg(arg, str);
    if (mapping !== null && argidx < arglen) {
      throw typeError('not all arguments converted during string formatting');
    }
  }
  if (argidx < arglen && mapping === null) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}

function formatArg(arg: Arg, v: PercentOperand, index: number): string {
  switch (arg.ch) {
    case 's':
      return v.text !== undefined ? v.text : v.str();
    case 'r':
      return v.repr();
    case 'a':
      return asciiEscape(v.repr());
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      arg.sign = true;
      return formatLong(arg, v);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      arg.sign = true;
      let x: number;
      if (v.float !== undefined) x = v.float;
      else if (v.int !== undefined) {
        x = Number(v.int);
        if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
      } else throw typeError(`must be real number, not ${v.typeName}`);
      return doubleToString(x, arg.ch as FloatCode, arg.prec < 0 ? 6 : arg.prec, { alt: (arg.flags & F_ALT) !== 0 });
    }
    case 'c':
      return formatChar(v);
    default: {
      const cp = arg.ch.codePointAt(0)!;
      const shown = cp >= 31 && cp <= 126 ? arg.ch : '?';
      throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
    }
  }
}

function formatLong(arg: Arg, v: PercentOperand): string {
  const type = arg.ch;
  let value: bigint;
  if (v.int !== undefined) value = v.int;
  else if (v.float !== undefined && type !== 'o' && type !== 'x' && type !== 'X') {
    value = truncateFloat(v.float);
  } else if (type === 'o' || type === 'x' || type === 'X') {
    throw typeError(`%${type} format: an integer is required, not ${v.typeName}`);
  } else {
    throw typeError(`%${type} format: a real number is required, not ${v.typeName}`);
  }
  // _PyUnicode_FormatLong: sign, '0x'-style prefix under '#', digits zero-padded to the precision
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let digits = type === 'o' ? magnitude.toString(8) : type === 'x' || type === 'X' ? magnitude.toString(16) : intToStr(magnitude);
  if (arg.prec > digits.length) digits = repeatFill('0', arg.prec - digits.length) + digits;
  let prefix = (arg.flags & F_ALT) !== 0 && (type === 'o' || type === 'x' || type === 'X') ? '0' + type.toLowerCase() : '';
  if (type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  return (negative ? '-' : '') + prefix + digits;
}

/** PyNumber_Long(float): truncation towards zero. */
function truncateFloat(x: number): bigint {
  if (Number.isNaN(x) || !Number.isFinite(x)) return roundFloatToInt(x); // raises CPython's error
  return BigInt(Math.trunc(x));
}

function formatChar(v: PercentOperand): string {
  if (v.text !== undefined) {
    const chars = Array.from(v.text);
    if (chars.length === 1) return chars[0];
    throw typeError('%c requires int or char');
  }
  if (v.int === undefined) throw typeError('%c requires int or char');
  if (v.int < 0n || v.int > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(v.int));
}

function outputArg(arg: Arg, str: string): string {
  let chars = Array.from(str);
  let len = chars.length;
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  if ((arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') && arg.prec >= 0 && len > arg.prec) {
    chars = chars.slice(0, arg.prec);
    len = arg.prec;
  }
  let pindex = 0;
  let signchar = '';
  let sign = arg.sign;
  if (sign) {
    if (chars[0] === '-' || chars[0] === '+') {
      signchar = chars[0];
      len--;
      pindex++;
    } else if (arg.flags & F_SIGN) signchar = '+';
    else if (arg.flags & F_BLANK) signchar = ' ';
    else sign = false;
  }
  let width = Math.max(arg.width, len);
  // the '0' flag pads numbers only (arg.sign marks the numeric conversions)
  const fill = arg.flags & F_ZERO && arg.sign ? '0' : ' ';
  const hasPrefix = (arg.flags & F_ALT) !== 0 && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  if (hasPrefix) {
    if (fill !== ' ') {
      out += '0' + arg.ch;
      pindex += 2;
    }
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !(arg.flags & F_LJUST)) {
    out += repeatFill(fill, width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (hasPrefix) {
      out += '0' + arg.ch;
      pindex += 2;
    }
  }
  out += chars.slice(pindex, pindex + len).join('');
  if (width > len) out += repeatFill(' ', width - len);
  return out;
}

/** `ascii()` from `repr()`: escape every non-ASCII code point as \x.., \u.... or \U........ */
export function asciiEscape(repr: string): string {
  let out = '';
  for (const ch of repr) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}
