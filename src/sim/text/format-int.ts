/** `int.__format__`, ported from `format_long_internal` (Python/formatter_unicode.c). */
import { overflowError, valueError } from './errors.ts';
import { formatFloat } from './format-float.ts';
import { parseFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec.ts';
import { intToStr } from './int-to-str.ts';
import { layoutNumber, NO_GROUPING, type Grouping } from './number-layout.ts';

const FLOAT_TYPES = 'eEfFgG%';

export function formatInt(value: bigint, specText: string, typeName = 'int'): string {
  if (specText === '') return intToStr(value);
  const spec = parseFormatSpec(specText, '>', typeName, 'd');
  if (FLOAT_TYPES.includes(spec.type)) {
    return formatFloat(intToFloat(value), specText, typeName);
  }
  if (!'bcdoxXn'.includes(spec.type)) throw unknownFormatCode(spec.type, typeName);
  return formatIntSpec(value, spec);
}

/** `PyLong_AsDouble`: correctly rounded, OverflowError past the largest double. */
export function intToFloat(value: bigint): number {
  const x = Number(value); // ECMAScript rounds bigint → number to nearest, ties to even
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

function formatIntSpec(value: bigint, spec: FormatSpec): string {
  if (spec.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (value > 9223372036854775807n || value < -9223372036854775808n) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (value < 0n || value > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(value));
    return layoutNumber({ signChar: '', prefix: '', digits: '', decimal: '', remainder: ch }, spec, NO_GROUPING);
  }
  const type = spec.type;
  const base = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  let digits = base === 10 ? intToStr(magnitude) : magnitude.toString(base);
  let prefix = '';
  if (spec.alternate && base !== 10) prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  if (type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  let grouping: Grouping = NO_GROUPING;
  // 'n' uses the current locale; the simulator runs in the C locale, which does not group
  if (spec.grouping === ',') grouping = { separator: ',', size: 3 };
  else if (spec.grouping === '_') grouping = { separator: '_', size: base === 10 ? 3 : 4 };
  return layoutNumber(
    { signChar: negative ? '-' : '', prefix, digits, decimal: '', remainder: '' },
    spec,
    grouping,
  );
}
