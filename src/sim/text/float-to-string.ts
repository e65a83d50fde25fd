/**
 * `PyOS_double_to_string` (Python/pystrtod.c): the one routine behind repr(float), str(float),
 * format(float, spec) and '%f' % x. Ported from `format_float_short`, which pads dtoa's digits
 * with a "virtual" run of zeros on both sides and slices out what the format code asks for.
 */
import { dtoa, type DtoaMode } from './dtoa.ts';
import { repeatFill } from './errors.ts';

/** 'r' is repr's shortest round-trip form; uppercase codes give 'E', 'INF', 'NAN'. */
export type FloatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: '+' before non-negative numbers. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral results get '.0' (repr, and format with no type). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: the '#' flag: keep the decimal point and trailing zeros. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: the 'z' flag (3.11): -0.0 and values rounding to it print unsigned. */
  noNeg0?: boolean;
}

export function doubleToString(val: number, code: FloatCode, precision: number, flags: DoubleToStringFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  let format = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  let mode: DtoaMode;
  if (format === 'e') {
    mode = 2;
    precision++;
  } else if (format === 'f') {
    mode = 3;
  } else if (format === 'g') {
    mode = 2;
    if (precision === 0) precision = 1; // precision 0 makes no sense for 'g'
  } else {
    mode = 0;
    precision = 0;
  }
  return formatFloatShort(val, format, mode, precision, flags, upper);
}

function formatFloatShort(
  d: number,
  format: 'e' | 'f' | 'g' | 'r',
  mode: DtoaMode,
  precision: number,
  flags: DoubleToStringFlags,
  upper: boolean,
): string {
  let signStr = '';
  if (!Number.isFinite(d)) {
    // the sign of a nan is ignored
    if (d < 0) signStr = '-';
    else if (flags.sign) signStr = '+';
    const word = Number.isNaN(d) ? 'nan' : 'inf';
    return signStr + (upper ? word.toUpperCase() : word);
  }
  const r = dtoa(d, mode, precision);
  const digits = r.digits;
  const digitsLen = digits.length;
  let decpt = r.decpt;
  let negative = r.negative;
  if (flags.noNeg0 && negative && (digitsLen === 0 || digits === '0')) negative = false;

  let useExp = false;
  let vdigitsEnd = digitsLen;
  switch (format) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vdigitsEnd = precision;
      break;
    case 'r':
      // exponent from 1e16 on, so a 16-digit shortest repr is never padded with bogus zeros
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += repeatFill('0', decpt - vdigitsStart) + '.' + repeatFill('0', -decpt);
  else out += repeatFill('0', -vdigitsStart);
  if (0 < decpt && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += repeatFill('0', decpt - digitsLen) + '.' + repeatFill('0', vdigitsEnd - decpt);
  else out += repeatFill('0', vdigitsEnd - digitsLen);
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const mag = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (mag < 10 ? '0' : '') + mag;
  }
  return out;
}

/** `repr(float)`, also `str(float)` (identical since Python 3.2). */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}

export const floatStr = floatRepr;
