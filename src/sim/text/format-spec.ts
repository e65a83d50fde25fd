/**
 * The format-spec mini-language parser, ported from `parse_internal_render_format_spec`
 * (Python/formatter_unicode.c, 3.11):
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 */
import { valueError } from './errors.ts';

export type Align = '<' | '>' | '=' | '^';

export interface FormatSpec {
  fill: string;
  align: Align;
  /** '' when not given */
  sign: '' | '+' | '-' | ' ';
  /** the 3.11 'z' flag: coerce negative zero */
  noNeg0: boolean;
  alternate: boolean;
  /** -1 when not given */
  width: number;
  /** '' none, ',' or '_' */
  grouping: '' | ',' | '_';
  /** -1 when not given */
  precision: number;
  /** '' when not given */
  type: string;
}

const ALIGNS = '<>=^';

/** Python's `%c` in an error message: printable ASCII as is, anything else as \x.. */
function codeForMessage(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp > 32 && cp < 128 ? ch : `\\x${cp.toString(16)}`;
}

function readNumber(chars: string[], pos: number): { value: number; end: number } {
  let end = pos;
  let value = 0;
  while (end < chars.length && chars[end] >= '0' && chars[end] <= '9') {
    value = value * 10 + (chars[end].charCodeAt(0) - 48);
    // CPython accumulates in a Py_ssize_t and refuses once it would overflow
    if (value > 9223372036854775807) throw valueError('Too many decimal digits in format string');
    end++;
  }
  return { value, end };
}

/**
 * @param defaultAlign '<' for str, '>' for numbers
 * @param typeName the object's type name, for the "Invalid format specifier" message
 * @param defaultType the type when none is given: 's' for str, 'd' for int, '' for float
 */
export function parseFormatSpec(spec: string, defaultAlign: Align, typeName: string, defaultType = ''): FormatSpec {
  const chars = Array.from(spec); // code points: the fill may be any character
  const end = chars.length;
  const out: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && ALIGNS.includes(chars[pos + 1])) {
    out.align = chars[pos + 1] as Align;
    out.fill = chars[pos];
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && ALIGNS.includes(chars[pos])) {
    out.align = chars[pos] as Align;
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ')) {
    out.sign = chars[pos] as '+' | '-' | ' ';
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === 'z') {
    out.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  // '0' before the width: zero padding, and '=' alignment for numbers (not for str since 3.10)
  if (!fillSpecified && end - pos >= 1 && chars[pos] === '0') {
    out.fill = '0';
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const width = readNumber(chars, pos);
  if (width.end > pos) out.width = width.value;
  pos = width.end;
  if (end - pos >= 1 && chars[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '_') {
    if (out.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === ',' && out.grouping === '_') {
    throw valueError("Cannot specify both ',' and '_'.");
  }
  if (end - pos >= 1 && chars[pos] === '.') {
    pos++;
    const precision = readNumber(chars, pos);
    if (precision.end === pos) throw valueError('Format specifier missing precision');
    out.precision = precision.value;
    pos = precision.end;
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) out.type = chars[pos];
  if (out.grouping !== '') {
    // PEP 378 allows ',' for decimal types; PEP 515 also allows '_' for bin/oct/hex
    const allowed = out.grouping === ',' ? 'defgEG%F' : 'defgEG%FboxX';
    if (out.type !== '' && !allowed.includes(out.type)) {
      throw valueError(`Cannot specify '${out.grouping}' with '${codeForMessage(out.type)}'.`);
    }
  }
  return out;
}

export function unknownFormatCode(type: string, typeName: string): Error {
  return valueError(`Unknown format code '${codeForMessage(type)}' for object of type '${typeName}'`);
}
