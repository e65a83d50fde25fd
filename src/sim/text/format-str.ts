/** `str.__format__`, ported from `format_string_internal` (Python/formatter_unicode.c). */
import { repeatFill, valueError } from './errors.ts';
import { parseFormatSpec, unknownFormatCode } from './format-spec.ts';

export function formatStr(value: string, specText: string, typeName = 'str'): string {
  if (specText === '') return value;
  const spec = parseFormatSpec(specText, '<', typeName, 's');
  if (spec.type !== 's') throw unknownFormatCode(spec.type, typeName);
  if (spec.sign !== '') {
    throw valueError(
      spec.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier',
    );
  }
  if (spec.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let chars = Array.from(value);
  if (spec.precision >= 0 && chars.length > spec.precision) chars = chars.slice(0, spec.precision);
  const padding = Math.max(0, spec.width - chars.length);
  let left = 0;
  if (spec.align === '>') left = padding;
  else if (spec.align === '^') left = Math.floor(padding / 2);
  return repeatFill(spec.fill, left) + chars.join('') + repeatFill(spec.fill, padding - left);
}
