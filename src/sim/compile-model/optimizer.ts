/**
 * CPython 3.11's AST optimizer (Python/ast_opt.c), as far as it decides the constants the
 * compiler sees: arithmetic on literals within its size limits, tuples of constants, a constant
 * subscripted by a constant, and the list or set a `for` or an `in` iterates, which becomes a
 * tuple or a frozenset (`fold_iter`). A folded tuple or frozenset is a new gc object that lives in
 * the parser's arena until the program ends (the ledger is told).
 */
import type * as A from '../parse/ast.ts';
import { tupleOf, freeAll } from './ledger.ts';
import type { GcLedger } from './ledger.ts';
import type { ConstValue } from './constants.ts';
import * as libm from '../libm/index.ts';
import { trueDivideInts } from '../libm/true-divide.ts';

type Node = { _type?: string } & Record<string, unknown>;

const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

/** What the optimizer made of the module: the nodes it replaced by constants. */
export interface Folded {
  /** A node CPython replaces by a Constant, and that constant. */
  constants: Map<object, ConstValue>;
  /** Lists `fold_iter` turned into tuples (built by BUILD_TUPLE when not all constant). */
  listsAsTuples: Set<object>;
  /** `str % tuple` expressions the optimizer turned into f-strings. */
  formats: Map<object, FormatPiece[]>;
}

export function literalValue(v: A.ConstantValue): ConstValue {
  if (v === null) return { t: 'None' };
  switch (typeof v) {
    case 'boolean': return { t: 'bool', v };
    case 'bigint': return { t: 'int', v };
    case 'number': return { t: 'float', v };
    case 'string': return { t: 'str', v };
    case 'symbol': return { t: 'Ellipsis' };
  }
  if ('complex' in v) return { t: 'complex', re: 0, im: v.complex };
  return { t: 'bytes', v: Array.from(v.bytes, (b) => b.toString(16).padStart(2, '0')).join('') };
}

function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

function asNumber(c: ConstValue): number | bigint | null {
  if (c.t === 'int') return c.v;
  if (c.t === 'bool') return c.v ? 1n : 0n;
  if (c.t === 'float') return c.v;
  return null;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intOp(op: A.operator, a: bigint, b: bigint): ConstValue | null {
  let r: bigint;
  switch (op) {
    case 'Add': r = a + b; break;
    case 'Sub': r = a - b; break;
    case 'Mult':
      if (a !== 0n && b !== 0n && (bits(a) > MAX_INT_BITS || bits(b) > MAX_INT_BITS || bits(a) + bits(b) > MAX_INT_BITS)) return null;
      r = a * b;
      break;
    case 'Div': {
      if (b === 0n) return null;
      const q = trueDivideInts(a, b); // correctly rounded, as long_true_divide
      return Number.isFinite(q) ? { t: 'float', v: q } : null;
    }
    case 'FloorDiv':
      if (b === 0n) return null;
      r = floorDiv(a, b);
      break;
    case 'Mod':
      if (b === 0n) return null;
      r = a - floorDiv(a, b) * b;
      break;
    case 'Pow':
      if (b < 0n) return a === 0n ? null : { t: 'float', v: Math.pow(Number(a), Number(b)) };
      if (a !== 0n && b > 0n && bits(a) > MAX_INT_BITS / Number(b)) return null;
      r = a ** b;
      break;
    case 'LShift':
      if (b < 0n) return null;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_BITS) || bits(a) > MAX_INT_BITS - Number(b))) return null;
      r = a << b;
      break;
    case 'RShift':
      if (b < 0n) return null;
      r = a >> b;
      break;
    case 'BitOr': r = a | b; break;
    case 'BitXor': r = a ^ b; break;
    case 'BitAnd': r = a & b; break;
    default: return null;
  }
  return { t: 'int', v: r };
}

/** Objects/floatobject.c float_divmod. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

function floatOp(op: A.operator, x: number, y: number): ConstValue | null {
  let r: number;
  switch (op) {
    case 'Add': r = x + y; break;
    case 'Sub': r = x - y; break;
    case 'Mult': r = x * y; break;
    case 'Div':
      if (y === 0) return null;
      r = x / y;
      break;
    case 'FloorDiv':
      if (y === 0) return null;
      r = floatDivmod(x, y)[0];
      break;
    case 'Mod':
      if (y === 0) return null;
      r = floatDivmod(x, y)[1];
      break;
    case 'Pow':
      if (x === 0 && y < 0) return null;
      if (x < 0 && !Number.isInteger(y)) {
        // a negative number to a fractional power is complex (complex_pow)
        const len = Math.pow(Math.abs(x), y);
        const phase = Math.PI * y;
        return { t: 'complex', re: len * libm.cos(phase), im: len * libm.sin(phase) };
      }
      r = Math.pow(x, y);
      if (!Number.isFinite(r)) return null;
      break;
    default: return null;
  }
  if (!Number.isFinite(r)) return null;
  return { t: 'float', v: r };
}

/** One piece of a `'...%s...' % (a, b)` the optimizer turns into an f-string (optimize_format). */
export type FormatPiece = { readonly lit: string } | { readonly arg: A.expr; readonly spec: string | null };

/** ast_opt.c optimize_format: only %s, %r and %a with a width or precision of up to 2 digits. */
function formatPieces(fmt: string, elts: A.expr[]): FormatPiece[] | null {
  const pieces: FormatPiece[] = [];
  let pos = 0;
  let cnt = 0;
  const size = fmt.length;
  for (;;) {
    const start = pos;
    let lit = '';
    while (pos < size) {
      if (fmt[pos] !== '%') lit += fmt[pos++];
      else if (pos + 1 < size && fmt[pos + 1] === '%') {
        lit += '%';
        pos += 2;
      } else break;
    }
    if (pos > start) pieces.push({ lit });
    if (pos >= size) break;
    if (cnt >= elts.length) return null;
    pos++;
    let flags = '';
    let ch = '';
    const next = (): boolean => {
      if (pos >= size) return false;
      ch = fmt[pos++];
      return true;
    };
    for (;;) {
      if (!next()) return null;
      if ('-+ #0'.includes(ch)) {
        flags += ch;
        continue;
      }
      break;
    }
    let width = -1;
    let prec = -1;
    if (ch >= '0' && ch <= '9') {
      width = 0;
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        width = width * 10 + Number(ch);
        if (!next()) return null;
        if (++digits >= 3) return null;
      }
    }
    if (ch === '.') {
      if (!next()) return null;
      prec = 0;
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        prec = prec * 10 + Number(ch);
        if (!next()) return null;
        if (++digits >= 3) return null;
      }
    }
    if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
    let spec = '';
    if (!flags.includes('-') && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += `.${prec}`;
    pieces.push({ arg: elts[cnt++], spec: spec === '' ? null : spec });
  }
  return cnt < elts.length ? null : pieces;
}

function repeatCount(c: ConstValue): number | null {
  return c.t === 'int' ? Number(c.v) : c.t === 'bool' ? Number(c.v) : null;
}

/** Python equality of constants, as a set sees it (1 == 1.0 == True). */
function equalityText(c: ConstValue): string {
  switch (c.t) {
    case 'bool': return `n:${c.v ? 1 : 0}`;
    case 'int': return `n:${c.v}`;
    case 'float': return Number.isInteger(c.v) && Math.abs(c.v) < 2 ** 53 ? `n:${BigInt(c.v)}` : `f:${c.v}`;
    case 'complex': return c.im === 0 ? equalityText({ t: 'float', v: c.re }) : `c:${c.re},${c.im}`;
    case 'tuple': return `(${c.items.map(equalityText).join(',')})`;
    case 'frozenset': return `{${setItems(c.items).map(equalityText).sort().join(',')}}`;
    default: return JSON.stringify(c, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  }
}

/** A set's items: the first of each group of equal ones. */
export function setItems(items: readonly ConstValue[]): ConstValue[] {
  const seen = new Set<string>();
  const out: ConstValue[] = [];
  for (const c of items) {
    const k = equalityText(c);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

/** The constant `e` is once folded: its literal, or what the optimizer folded it to. */
export function constantOf(e: object, folded: ReadonlyMap<object, ConstValue>): ConstValue | undefined {
  const n = e as Node;
  if (n._type === 'Constant') return literalValue((n as unknown as A.Constant).value);
  return folded.get(n);
}

/** PyObject_IsTrue of a constant. */
export function constTruth(v: ConstValue): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'str': case 'bytes': return v.v.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
    case 'complex': return v.re !== 0 || v.im !== 0;
    default: return true;
  }
}

export function optimize(mod: A.Module, ledger: GcLedger): Folded {
  const constants = new Map<object, ConstValue>();
  const listsAsTuples = new Set<object>();
  const formats = new Map<object, FormatPiece[]>();
  const valueOf = (e: unknown): ConstValue | undefined => constantOf(e as object, constants);
  const constTuple = (elts: A.expr[]): ConstValue | undefined => {
    const items: ConstValue[] = [];
    for (const x of elts) {
      const v = valueOf(x);
      if (v === undefined) return undefined;
      items.push(v);
    }
    tupleOf(ledger, items.length);
    return { t: 'tuple', items };
  };
  const foldIter = (e: A.expr) => {
    if (e._type === 'List') {
      if (e.elts.some((x) => x._type === 'Starred')) return;
      listsAsTuples.add(e);
      const t = constTuple(e.elts);
      if (t !== undefined) constants.set(e, t);
    } else if (e._type === 'Set') {
      const items: ConstValue[] = [];
      for (const x of e.elts) {
        const v = valueOf(x);
        if (v === undefined) return;
        items.push(v);
      }
      const tmp = tupleOf(ledger, items.length);
      ledger.alloc('other');
      freeAll(ledger, [tmp]);
      constants.set(e, { t: 'frozenset', items: setItems(items) });
    }
  };
  const binop = (e: A.BinOp): ConstValue | null => {
    const l = valueOf(e.left);
    if (l !== undefined && l.t === 'str' && e.op === 'Mod' && e.right._type === 'Tuple' && valueOf(e.right) === undefined
      && !e.right.elts.some((x) => x._type === 'Starred')) {
      const pieces = formatPieces(l.v, e.right.elts);
      if (pieces !== null) formats.set(e, pieces);
      return null;
    }
    const r = valueOf(e.right);
    if (l === undefined || r === undefined) return null;
    const a = asNumber(l);
    const b = asNumber(r);
    if (a !== null && b !== null) {
      if (typeof a === 'bigint' && typeof b === 'bigint') return intOp(e.op, a, b);
      return floatOp(e.op, Number(a), Number(b));
    }
    if (l.t === 'str' && r.t === 'str' && e.op === 'Add') return { t: 'str', v: l.v + r.v };
    if (l.t === 'tuple' && r.t === 'tuple' && e.op === 'Add') {
      // tupleconcat returns an operand itself when the other is empty
      if (r.items.length === 0) return l;
      if (l.items.length === 0) return r;
      tupleOf(ledger, l.items.length + r.items.length);
      return { t: 'tuple', items: [...l.items, ...r.items] };
    }
    if (e.op === 'Mult') {
      const [seq, count] = repeatCount(r) !== null ? [l, repeatCount(r)!] : [r, repeatCount(l)];
      if (count === null) return null;
      if (seq.t === 'str') {
        if (seq.v.length && (count < 0 || count > MAX_STR_SIZE / seq.v.length)) return null;
        return { t: 'str', v: seq.v.repeat(Math.max(0, count)) };
      }
      if (seq.t === 'tuple') {
        if (seq.items.length && (count < 0 || count > MAX_COLLECTION_SIZE / seq.items.length)) return null;
        // tuplerepeat returns the tuple itself for an empty one or a count of 1
        if (count === 1 || (seq.items.length === 0 && count > 0)) return seq;
        const items: ConstValue[] = [];
        for (let i = 0; i < count; i++) items.push(...seq.items);
        tupleOf(ledger, items.length);
        return { t: 'tuple', items };
      }
    }
    return null;
  };
  const unary = (e: A.UnaryOp): ConstValue | null => {
    const v = valueOf(e.operand);
    if (v === undefined) return null;
    if (e.op === 'Not') return { t: 'bool', v: !constTruth(v) };
    const n = asNumber(v);
    if (v.t === 'complex') {
      if (e.op === 'USub') return { t: 'complex', re: -v.re, im: -v.im };
      if (e.op === 'UAdd') return v;
      return null;
    }
    if (n === null) return null;
    if (typeof n === 'bigint') return e.op === 'USub' ? { t: 'int', v: -n } : e.op === 'UAdd' ? { t: 'int', v: n } : { t: 'int', v: -n - 1n };
    return e.op === 'USub' ? { t: 'float', v: -n } : e.op === 'UAdd' ? { t: 'float', v: n } : null;
  };
  const subscript = (e: A.Subscript): ConstValue | null => {
    const v = valueOf(e.value);
    const i = valueOf(e.slice);
    if (v === undefined || i === undefined || (i.t !== 'int' && i.t !== 'bool')) return null;
    const idx = Number(i.t === 'int' ? i.v : i.v ? 1n : 0n);
    if (v.t === 'str') {
      const chars = Array.from(v.v);
      const k = idx < 0 ? idx + chars.length : idx;
      return k >= 0 && k < chars.length ? { t: 'str', v: chars[k] } : null;
    }
    if (v.t === 'tuple') {
      const k = idx < 0 ? idx + v.items.length : idx;
      return k >= 0 && k < v.items.length ? v.items[k] : null;
    }
    return null;
  };

  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const n = x as Node;
    for (const k in n) {
      if (k === '_type') continue;
      const v = n[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
    let r: ConstValue | null = null;
    switch (n._type) {
      case 'BinOp': r = binop(n as unknown as A.BinOp); break;
      case 'UnaryOp': r = unary(n as unknown as A.UnaryOp); break;
      case 'Subscript': r = subscript(n as unknown as A.Subscript); break;
      case 'Tuple': {
        const t = n as unknown as A.Tuple;
        if (t.ctx === 'Load') r = constTuple(t.elts) ?? null;
        break;
      }
      case 'Compare': {
        const c = n as unknown as A.Compare;
        const last = c.ops.length - 1;
        if (c.ops[last] === 'In' || c.ops[last] === 'NotIn') foldIter(c.comparators[last]);
        break;
      }
      case 'For':
      case 'comprehension':
        foldIter((n as unknown as A.For).iter);
        break;
    }
    if (r !== null) constants.set(n, r);
  };
  visit(mod);
  return { constants, listsAsTuples, formats };
}
