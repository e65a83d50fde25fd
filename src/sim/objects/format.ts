/** format(value, spec): the format-spec mini-language for int, float and str. */
import { PyObject, Tag } from './pyobject.ts';
import { ValueError, newStr } from './core.ts';
import { callDescr, methodDescrType, str, typeName } from './abstract.ts';
import { decref } from '../heap.ts';
import { pyErr, typeErr } from './errors.ts';
import { floatRepr } from './floatrepr.ts';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec);
  if (!m) throw pyErr(ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[4],
    zero: !!m[5],
    width: m[6] ? Number(m[6]) : 0,
    grouping: m[7] ?? '',
    precision: m[8] !== undefined ? Number(m[8]) : -1,
    type: m[9] ?? '',
  };
}

function group(digits: string, sep: string): string {
  if (!sep) return digits;
  const [ip, fp] = digits.split('.');
  const g = ip.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return fp !== undefined ? g + '.' + fp : g;
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const total = sign.length + body.length;
  if (s.width <= total) return sign + body;
  const n = s.width - total;
  const align = s.align || defaultAlign;
  const fill = s.fill;
  switch (align) {
    case '<': return sign + body + fill.repeat(n);
    case '>': return fill.repeat(n) + sign + body;
    case '^': return fill.repeat(n >> 1) + sign + body + fill.repeat(n - (n >> 1));
    default: return sign + fill.repeat(n) + body; // '='
  }
}

function fixed(x: number, prec: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : 'inf';
  return Math.abs(x).toFixed(prec);
}

function expo(x: number, prec: number, upper: boolean): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : 'inf';
  let s = Math.abs(x).toExponential(prec);
  s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  return upper ? s.toUpperCase() : s;
}

function general(x: number, prec: number, alt: boolean): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : 'inf';
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(Number(Math.abs(x).toPrecision(p)))));
  let s: string;
  if (e >= -4 && e < p) s = Math.abs(x).toFixed(Math.max(0, p - 1 - e));
  else s = expo(x, p - 1, false);
  if (!alt) {
    if (s.includes('e')) s = s.replace(/\.?0+e/, 'e');
    else if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}

export function formatNumber(v: number | bigint, isFloat: boolean, spec: string): string {
  const s = parseSpec(spec);
  let neg: boolean;
  let body: string;
  let type = s.type;
  if (!isFloat && (type === '' || type === 'd' || type === 'n' || type === 'b' || type === 'o' || type === 'x' || type === 'X' || type === 'c')) {
    const b = typeof v === 'bigint' ? v : BigInt(v);
    neg = b < 0n;
    const a = neg ? -b : b;
    if (type === 'c') return pad(String.fromCodePoint(Number(a)), '', s, '<');
    const base = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
    body = a.toString(base);
    if (type === 'X') body = body.toUpperCase();
    body = group(body, s.grouping);
    if (s.alt && base !== 10) body = (base === 2 ? '0b' : base === 8 ? '0o' : type === 'X' ? '0X' : '0x') + body;
  } else {
    if (type === 'd' || type === 'b' || type === 'o' || type === 'x' || type === 'X' || type === 'c') {
      throw pyErr(ValueError, `Unknown format code '${type}' for object of type 'float'`);
    }
    const x = Number(v);
    neg = x < 0 || Object.is(x, -0);
    const prec = s.precision < 0 ? 6 : s.precision;
    if (type === '') {
      if (!isFloat) type = 'd';
      body = s.precision < 0 ? floatRepr(Math.abs(x)) : general(x, prec, s.alt);
      if (s.precision >= 0 && !body.includes('.') && !body.includes('e') && Number.isFinite(x) && false) body += '.0';
    } else if (type === 'f' || type === 'F') body = fixed(x, prec);
    else if (type === 'e' || type === 'E') body = expo(x, prec, type === 'E');
    else if (type === 'g' || type === 'G' || type === 'n') body = general(x, prec, s.alt);
    else if (type === '%') body = fixed(x * 100, prec) + '%';
    else throw pyErr(ValueError, `Unknown format code '${type}' for object of type 'float'`);
    if (type === 'F' || type === 'G' || type === 'E') body = body.toUpperCase();
    body = group(body, s.grouping);
  }
  const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
  if (s.zero && !s.align) return pad(body, sign, { ...s, fill: '0' }, '=');
  return pad(body, sign, s, '>');
}

export function formatStr(v: string, spec: string): string {
  const s = parseSpec(spec);
  if (s.type !== '' && s.type !== 's') throw pyErr(ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-') throw pyErr(ValueError, 'Sign not allowed in string format specifier');
  const body = s.precision >= 0 ? v.slice(0, s.precision) : v;
  return pad(body, '', s, '<');
}

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
  switch (t.tag) {
    case Tag.Int:
      return spec === '' ? str(o) : formatNumber(o.v, false, spec);
    case Tag.Bool:
      return spec === '' ? str(o) : formatNumber(o.v, false, spec);
    case Tag.Float:
      return spec === '' ? str(o) : formatNumber(o.v, true, spec);
    case Tag.Str:
      return spec === '' ? str(o) : formatStr(o.v, spec);
  }
  if (spec !== '') throw typeErr(`unsupported format string passed to ${typeName(o)}.__format__`);
  return str(o);
}
