/** format(value, spec): the format-spec mini-language for int, float and str. */
import { PyObject, Tag } from './pyobject.ts';
import { ValueError, newStr } from './core.ts';
import { callDescr, methodDescrType, str, typeName } from './abstract.ts';
import { decref } from '../heap.ts';
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
