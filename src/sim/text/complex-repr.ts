/** `repr(complex)`, ported from `complex_repr` (Objects/complexobject.c). */
import { doubleToString } from './float-to-string.ts';

export function complexRepr(real: number, imag: number): string {
  // a real part of +0.0 is left out, and so are the parentheses: 2j, -0j
  if (real === 0 && !Object.is(real, -0)) return doubleToString(imag, 'r', 0) + 'j';
  return `(${doubleToString(real, 'r', 0)}${doubleToString(imag, 'r', 0, { sign: true })}j)`;
}
