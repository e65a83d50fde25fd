/** `complex.__format__`, ported from `format_complex_internal` (Python/formatter_unicode.c, 3.11). */
import { valueError } from './errors.ts';
import { doubleToString, type FloatCode } from './float-to-string.ts';
import { parseFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec.ts';
import { layoutNumber, NO_GROUPING, type Grouping } from './number-layout.ts';
import { complexRepr } from './complex-repr.ts';

function splitNumber(text: string): { signChar: '' | '-'; digits: string; decimal: string; remainder: string } {
  let pos = 0;
  let signChar: '' | '-' = '';
  if (text[0] === '-') {
    signChar = '-';
    pos = 1;
  }
  let end = pos;
  while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
  const hasDecimal = text[end] === '.';
  return { signChar, digits: text.slice(pos, end), decimal: hasDecimal ? '.' : '', remainder: text.slice(hasDecimal ? end + 1 : end) };
}

export function formatComplex(re: number, im: number, specText: string): string {
  // format(z, '') is str(z)
  if (specText === '') return complexRepr(re, im);
  const spec = parseFormatSpec(specText, '>', 'complex');
  if (spec.type !== '' && !'eEfFgGn'.includes(spec.type)) throw unknownFormatCode(spec.type, 'complex');
  if (spec.precision > 2147483647) throw valueError('precision too big');
  if (spec.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");

  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addParens = false;
  let skipRe = false;
  if (type === '') {
    // omitted type: like str(self)
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  const flags = { alt: spec.alternate, noNeg0: spec.noNeg0 };
  const grouping: Grouping = spec.grouping !== '' ? { separator: spec.grouping, size: 3 } : NO_GROUPING;
  // each part laid out without padding; the padding goes around the whole
  const bare: FormatSpec = { ...spec, fill: ' ', align: '<', width: -1 };
  const reText = skipRe ? '' : layoutNumber({ ...splitNumber(doubleToString(re, type as FloatCode, precision, flags)), prefix: '' }, bare, grouping);
  const imSpec: FormatSpec = skipRe ? bare : { ...bare, sign: '+' };
  const imText = layoutNumber({ ...splitNumber(doubleToString(im, type as FloatCode, precision, flags)), prefix: '' }, imSpec, grouping);
  const body = (addParens ? '(' : '') + reText + imText + 'j' + (addParens ? ')' : '');
  const padding = spec.width - Array.from(body).length;
  if (padding <= 0) return body;
  const fill = (n: number) => spec.fill.repeat(n);
  if (spec.align === '<') return body + fill(padding);
  if (spec.align === '^') {
    const l = Math.floor(padding / 2);
    return fill(l) + body + fill(padding - l);
  }
  return fill(padding) + body;
}
