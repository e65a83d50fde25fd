/** format(value, spec): the format-spec mini-language for int, float and str. */
import { PyObject, Tag } from './pyobject.ts';
import { ValueError, intType, newStr, strType } from './core.ts';
import { cpLen } from './codepoints.ts';
import { callDescr, methodDescrType, str, typeName } from './abstract.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen } from '../heap.ts';
import { pyErr, typeErr } from './errors.ts';
import { floatRepr } from './floatrepr.ts';
import { PyTextError, formatInt as textFormatInt, formatFloat as textFormatFloat, formatStr as textFormatStr } from '../text/index.ts';
import { excTypes } from './core.ts';
import { formatComplex } from '../text/format-complex.ts';
import type { ComplexValue } from './complex.ts';

export function formatValue(o: PyObject, spec: string): string {
  const t = o.ob_type;
  if (t.heap) {
    const m = t.lookup('__format__');
    if (m !== null && m.ob_type !== methodDescrType) {
      const so = newStr(spec);
      try {
        const r = callDescr(m, o, [so]);
        const v = r.v as string;
        decref(r);
        return v;
      } finally {
        decref(so);
      }
    }
  }
  if (spec !== '') {
    try {
      switch (t.tag) {
        case Tag.Int:
        case Tag.Bool:
          return textFormatInt(BigInt(o.v), spec, t.tag === Tag.Bool ? 'bool' : 'int');
        case Tag.Float:
          return textFormatFloat(o.v, spec);
        case Tag.Complex:
          return formatComplex((o.v as ComplexValue).real, (o.v as ComplexValue).imag, spec);
        case Tag.Str:
          return textFormatStr(o.v, spec);
      }
    } catch (e) {
      if (e instanceof PyTextError) throw pyErr(excTypes.get(e.pyType)!, e.message);
      throw e;
    }
  } else if (t.tag === Tag.Int || t.tag === Tag.Float || t.tag === Tag.Str || t.tag === Tag.Bool) return str(o);
  if (spec !== '') throw typeErr(`unsupported format string passed to ${typeName(o)}.__format__`);
  return str(o);
}

/**
 * PyObject_Format's __format__ lookup: an exact str or int with an empty spec needs none (str(x)
 * directly); anything else binds __format__ with _PyObject_LookupSpecial, a bound method alive for
 * the call (a gc allocation: only counted). Runs `format` inside it.
 */
export function withFormatLookup<T>(o: PyObject, spec: string, format: () => T): T {
  if (spec === '' && (o.ob_type === strType || o.ob_type === intType)) return format();
  gcLinkedUnseen('other');
  try {
    return format();
  } finally {
    gcFreedUnseen('other');
  }
}

/**
 * Does formatting `o` with `spec` give `o` itself? For an exact str whose spec asks for no
 * padding and no truncation, str.__format__ writes the whole string into an empty
 * _PyUnicodeWriter, which then returns that very object (format_string_internal's fast path):
 * `format(s, '>3') is s` when len(s) >= 3, and so do f'{s:>3}' and '{:>3}'.format(s).
 */
export function formatsToItself(o: PyObject, spec: string): boolean {
  if (o.ob_type !== strType) return false;
  if (spec === '') return true;
  const m = /^(?:.?[<>^])?([1-9]\d*)?(?:\.(\d+))?s?$/su.exec(spec);
  if (m === null) return false;
  const len = cpLen(o.v as string);
  return (m[1] === undefined || Number(m[1]) <= len) && (m[2] === undefined || Number(m[2]) >= len);
}
