/** `float.__format__`, ported from `format_float_internal` (Python/formatter_unicode.c). */
import { valueError } from './errors.ts';
import { doubleToString, floatRepr, type FloatCode } from './float-to-string.ts';
import { parseFormatSpec, unknownFormatCode } from './format-spec.ts';
import { layoutNumber, NO_GROUPING, type Grouping } from './number-layout.ts';

export function formatFloat(value: number, specText: string, typeName = 'float'): string {
  if (specText === '') return floatRepr(value);
  const spec = parseFormatSpec(specText, '>', typeName);
  if (spec.type !== '' && !'eEfFgGn%'.includes(spec.type)) throw unknownFormatCode(spec.type, typeName);
  if (spec.precision > 2147483647) throw valueError('precision too big');

  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    // like repr() without a precision, else like 'g' but always with a digit after the point
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let val = value;
  let addPct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  let text = doubleToString(val, type as FloatCode, precision, {
    addDot0,
    alt: spec.alternate,
    noNeg0: spec.noNeg0,
  });
  if (addPct) text += '%';

  let pos = 0;
  let signChar: '' | '-' = '';
  if (text[0] === '-') {
    signChar = '-';
    pos = 1;
  }
  let digitsEnd = pos;
  while (digitsEnd < text.length && text[digitsEnd] >= '0' && text[digitsEnd] <= '9') digitsEnd++;
  const hasDecimal = text[digitsEnd] === '.';
  let grouping: Grouping = NO_GROUPING;
  if (spec.grouping !== '') grouping = { separator: spec.grouping, size: 3 };
  return layoutNumber(
    {
      signChar,
      prefix: '',
      digits: text.slice(pos, digitsEnd),
      decimal: hasDecimal ? '.' : '',
      remainder: text.slice(hasDecimal ? digitsEnd + 1 : digitsEnd),
    },
    spec,
    grouping,
  );
}
