/** Methods of the built-in types str, list, tuple, dict, set, int, float. */
import { parserInit } from '../first-use.ts';
import { PyObject, Tag } from './pyobject.ts';
import type { DictEntry } from './core.ts';
import {
  None, True, False, IndexError, KeyError, ValueError, dictType, floatType, intType, listType, newBool,
  newDict, newFloat, newInt, newList, newSet, newStr, newStrUncached, newTuple, setType, strType, tupleType, emptyStr,
  frozensetType, iterTypes, newObject, classmethodType, OverflowError,
} from './core.ts';
import { eq, hashKey, repr, str, typeName, indexValue, callBorrowed, truthy } from './abstract.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen, incref, reserveChars, reserveItems } from '../heap.ts';
import { newException, pyErr, typeErr } from './errors.ts';
import { dictIter, getIter, iterNext } from './iter.ts';
import { method, nargs, noKw, toArray, sortList, dictUpdate, makeBuiltin, setUpdateInternal, textCall, varargsMethod } from '../modules/builtins.ts';
import type { SetTable } from './settable.ts';
import { formatValue, formatsToItself } from './format.ts';
import { cpLen, cpPad, cpSlice, cpToUnit, unitToCp } from './codepoints.ts';
import { dictSetItemTake2, keyError } from './subscript.ts';
import { isUnicodeSpace } from '../text/unicode-lookup.ts';
import { casefold } from '../text/casefold.ts';
import { percentFormat, type PercentMapping, type PercentOperand } from '../text/index.ts';
import { listExtendHook, percentFormatHook, setOpHook } from './number.ts';
import type { BinOpName } from './number.ts';

const S = (o: PyObject | null) => o!.v as string;
const L = (o: PyObject | null) => o!.v as PyObject[];
const D = (o: PyObject | null) => o!.v as Map<unknown, DictEntry>;
const M = (o: PyObject | null) => o!.v as Map<unknown, PyObject>;

export function strArg(o: PyObject | undefined, fn: string, what = 'argument'): string {
  if (o === undefined) throw typeErr(`${fn}() missing required argument`);
  if (o.ob_type.tag !== Tag.Str) throw typeErr(`${what} must be str, not ${typeName(o)}`);
  return o.v;
}
function optStr(o: PyObject | undefined): string | null {
  if (o === undefined || o === None) return null;
  if (o.ob_type.tag !== Tag.Str) throw typeErr(`must be str or None, not ${typeName(o)}`);
  return o.v;
}

// ---- str ----------------------------------------------------------------------------------------------

method(strType, 'join', (self, a) => {
  nargs('join', a, 1, 1);
  // PySequence_Fast: an iterable that is not a list or tuple becomes a new list first (list_extend)
  const fast = a[0].ob_type === listType || a[0].ob_type === tupleType;
  if (!fast) gcLinkedUnseen('list');
  let items: PyObject[];
  try {
    items = toArray(a[0], true);
  } catch (e) {
    if (!fast) gcFreedUnseen('list');
    throw e;
  }
  try {
    const parts: string[] = [];
    let n = items.length > 1 ? (items.length - 1) * S(self).length : 0;
    items.forEach((x, i) => {
      if (x.ob_type.tag !== Tag.Str) throw typeErr(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
      parts.push(x.v);
      n += (x.v as string).length;
    });
    reserveChars(n); // the joined length is known before the text is built
    if (items.length === 1 && items[0].ob_type === strType) return incref(items[0]);
    return newStr(parts.join(S(self)));
  } finally {
    for (const x of items) decref(x);
    if (!fast) gcFreedUnseen('list');
  }
});
// Python's whitespace (Py_UNICODE_ISSPACE) is not JS's \s: '\x1c'-'\x1f' and '\x85' are
// whitespace in Python, '\ufeff' is not. All of Python's whitespace is in the BMP.
const isSpaceUnit = (s: string, i: number) => isUnicodeSpace(s.charCodeAt(i));
function splitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpaceUnit(s, i)) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      // the rest, trailing whitespace included: 'a b '.split(None, 1) == ['a', 'b ']
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceUnit(s, j)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}
/**
 * The list split() returns: CPython's stringlib puts the string itself in it when nothing was
 * split off (no separator found, no whitespace at all, one line), as `s.split(',')[0] is s` shows.
 */
function splitList(self: PyObject, parts: string[]): PyObject {
  if (parts.length === 1 && parts[0] === self.v && self.ob_type === strType) return newList([incref(self)]);
  return newList(parts.map(newStr));
}
method(strType, 'split', (self, a, kw) => {
  const sep = optStr(a[0] ?? kw?.get('sep'));
  const maxO = a[1] ?? kw?.get('maxsplit');
  const max = maxO ? Number(maxO.v) : -1;
  const s = S(self);
  let parts: string[];
  if (sep === null) parts = splitWs(s, max);
  else {
    if (sep === '') throw pyErr(ValueError, 'empty separator');
    parts = s.split(sep);
    if (max >= 0 && parts.length > max + 1) parts = [...parts.slice(0, max), parts.slice(max).join(sep)];
  }
  return splitList(self!, parts);
});
method(strType, 'rsplit', (self, a, kw) => {
  const sep = optStr(a[0] ?? kw?.get('sep'));
  const maxO = a[1] ?? kw?.get('maxsplit');
  const max = maxO ? Number(maxO.v) : -1;
  const s = S(self);
  if (sep === '') throw pyErr(ValueError, 'empty separator');
  if (max < 0) return splitList(self!, sep === null ? splitWs(s, -1) : s.split(sep));
  if (sep === null) {
    const rev = splitWs([...s].reverse().join(''), max).map((p) => [...p].reverse().join('')).reverse();
    return splitList(self!, rev);
  }
  const parts = s.split(sep);
  const keep = parts.length - max;
  const out = keep > 1 ? [parts.slice(0, keep).join(sep), ...parts.slice(keep)] : parts;
  return splitList(self!, out);
});
method(strType, 'splitlines', (self, a) => {
  const keep = a[0] ? truthy(a[0]) : false;
  const s = S(self);
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return splitList(self!, out);
});
function stripChars(a: PyObject[]): string | null {
  return optStr(a[0]);
}
function esc(c: string): string {
  return c.replace(/[\\\]^-]/g, '\\$&');
}
function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null) {
    let i = 0;
    let j = s.length;
    if (left) while (i < j && isSpaceUnit(s, i)) i++;
    if (right) while (j > i && isSpaceUnit(s, j - 1)) j--;
    return s.slice(i, j);
  }
  if (chars === '') return s;
  const cls = `[${esc(chars)}]`;
  // 'u': a character outside the BMP is one class member, and a lone half never splits a pair.
  if (left) s = s.replace(new RegExp(`^${cls}+`, 'u'), '');
  if (right) s = s.replace(new RegExp(`${cls}+$`, 'u'), '');
  return s;
}
/** `s` as a str: `self` itself when unchanged (an exact str), else a new one. */
export function sameOrNew(self: PyObject, s: string): PyObject {
  return s === self.v && self.ob_type === strType ? incref(self) : newStr(s);
}
method(strType, 'strip', (self, a) => sameOrNew(self!, strip(S(self), stripChars(a), true, true)));
method(strType, 'lstrip', (self, a) => sameOrNew(self!, strip(S(self), stripChars(a), true, false)));
method(strType, 'rstrip', (self, a) => sameOrNew(self!, strip(S(self), stripChars(a), false, true)));
method(strType, 'upper', (self) => newStrUncached(S(self).toUpperCase()));
method(strType, 'lower', (self) => newStrUncached(S(self).toLowerCase()));
method(strType, 'casefold', (self) => newStrUncached(casefold(S(self))));
method(strType, 'swapcase', (self) => newStr([...S(self)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')));
// Unicode case rules of str.title()/capitalize(): a cased character (Lu, Ll, Lt) starts a word
// when the previous character was not cased; word starts get their titlecase form.
const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const TITLECASE: Record<string, string> = {
  'ß': 'Ss', 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ',
  'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ',
};
function titleChar(c: string): string {
  return TITLECASE[c] ?? c.toUpperCase();
}
method(strType, 'title', (self) => {
  let out = '';
  let prevCased = false;
  for (const c of S(self)) {
    const cased = CASED.test(c);
    out += cased ? (prevCased ? c.toLowerCase() : titleChar(c)) : c;
    prevCased = cased;
  }
  return newStr(out);
});
method(strType, 'capitalize', (self) => {
  const s = S(self);
  const first = s.codePointAt(0);
  if (first === undefined) return newStr(s);
  const c = String.fromCodePoint(first);
  return newStr(titleChar(c) + s.slice(c.length).toLowerCase());
});
method(strType, 'replace', (self, a) => {
  nargs('replace', a, 2, 3);
  const old = strArg(a[0], 'replace', 'replace() argument 1');
  const nw = strArg(a[1], 'replace', 'replace() argument 2');
  let count = a[2] ? Number(a[2].v) : -1;
  const s = S(self);
  // an empty `old` matches before every character and at the end, once each
  if (count < 0) return sameOrNew(self!, old === '' ? ['', ...s, ''].join(nw) : s.split(old).join(nw));
  let out = '';
  let i = 0;
  while (count > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
    count--;
    if (old === '') {
      out += s[j] ?? '';
      i = j + 1;
    }
  }
  return sameOrNew(self!, out + s.slice(i));
});
/** s[lo:hi] in code points for 0 <= lo, hi <= anything (JS slice semantics). */
function cpSliceClamped(s: string, len: number, lo: number, hi: number): string {
  if (len === s.length) return s.slice(lo, hi);
  return lo >= hi ? '' : cpSlice(s, Math.min(lo, len), Math.min(hi, len));
}
function prefixCheck(self: PyObject, a: PyObject[], fn: 'startswith' | 'endswith'): PyObject {
  nargs(fn, a, 1, 3);
  const s = S(self);
  const len = cpLen(s);
  const start = a[1] && a[1] !== None ? Number(a[1].v) : 0;
  const end = a[2] && a[2] !== None ? Number(a[2].v) : len;
  const sub = cpSliceClamped(s, len, start < 0 ? Math.max(0, len + start) : start, end < 0 ? len + end : end);
  const test = (p: PyObject): boolean => {
    if (p.ob_type.tag !== Tag.Str) throw typeErr(`${fn} first arg must be str or a tuple of str, not ${typeName(p)}`);
    return fn === 'startswith' ? sub.startsWith(p.v) : sub.endsWith(p.v);
  };
  if (a[0].ob_type === tupleType) return newBool(L(a[0]).some(test));
  return newBool(test(a[0]));
}
method(strType, 'startswith', (self, a) => prefixCheck(self!, a, 'startswith'));
method(strType, 'endswith', (self, a) => prefixCheck(self!, a, 'endswith'));
function findArgs(self: PyObject, a: PyObject[], name: string): [string, string, number, number] {
  nargs(name, a, 1, 3);
  const s = S(self);
  const sub = strArg(a[0], name, 'must be str');
  const len = cpLen(s);
  let start = a[1] && a[1] !== None ? Number(a[1].v) : 0;
  let end = a[2] && a[2] !== None ? Number(a[2].v) : len;
  if (start < 0) start = Math.max(0, len + start);
  if (end < 0) end = Math.max(0, len + end);
  end = Math.min(end, len);
  // Offsets below are UTF-16 units; the callers turn found offsets back into code points.
  if (len !== s.length) return [s, sub, start > len ? s.length + 1 : cpToUnit(s, start), cpToUnit(s, end)];
  return [s, sub, start, end];
}
method(strType, 'find', (self, a) => {
  const [s, sub, st, en] = findArgs(self!, a, 'find');
  const i = s.slice(0, en).indexOf(sub, st);
  return newInt(i >= 0 && i + sub.length <= en ? unitToCp(s, i) : -1);
});
method(strType, 'rfind', (self, a) => {
  const [s, sub, st, en] = findArgs(self!, a, 'rfind');
  const i = s.slice(0, en).lastIndexOf(sub);
  return newInt(i >= st ? unitToCp(s, i) : -1);
});
method(strType, 'index', (self, a) => {
  const [s, sub, st, en] = findArgs(self!, a, 'index');
  const i = s.slice(0, en).indexOf(sub, st);
  if (i < 0) throw pyErr(ValueError, 'substring not found');
  return newInt(unitToCp(s, i));
});
method(strType, 'rindex', (self, a) => {
  const [s, sub, st, en] = findArgs(self!, a, 'rindex');
  const i = s.slice(0, en).lastIndexOf(sub);
  if (i < st) throw pyErr(ValueError, 'substring not found');
  return newInt(unitToCp(s, i));
});
method(strType, 'count', (self, a) => {
  const [s, sub, st, en] = findArgs(self!, a, 'count');
  const part = s.slice(st, en);
  if (sub === '') return newInt(cpLen(part) + 1);
  return newInt(part.split(sub).length - 1);
});
const pred = (name: string, re: RegExp) =>
  method(strType, name, (self) => newBool(S(self).length > 0 && re.test(S(self))));
// Unicode classes with the 'u' flag, so a character outside the BMP is tested whole ('👍' is not
// alphanumeric, '𝐀' is a letter). isdigit: Nd plus the digits that are not decimal (superscripts,
// circled digits), listed by CPython 3.11's unicodedata; isnumeric misses the few numeric letters
// outside N* (CJK numerals that are not also L*).
pred('isdigit', /^[\p{Nd}\u{b2}-\u{b3}\u{b9}\u{1369}-\u{1371}\u{19da}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2460}-\u{2468}\u{2474}-\u{247c}\u{2488}-\u{2490}\u{24ea}\u{24f5}-\u{24fd}\u{24ff}\u{2776}-\u{277e}\u{2780}-\u{2788}\u{278a}-\u{2792}\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]+$/u);
pred('isdecimal', /^\p{Nd}+$/u);
pred('isnumeric', /^\p{N}+$/u);
pred('isalpha', /^\p{L}+$/u);
pred('isalnum', /^[\p{L}\p{N}]+$/u);
pred('isidentifier', /^[\p{XID_Start}_]\p{XID_Continue}*$/u);
/** Argument Clinic's Py_ssize_t conversion error. */
const SSIZE_MSG = 'Python int too large to convert to C ssize_t';
function padArgs(a: PyObject[], name: string): [number, string] {
  nargs(name, a, 1, 2);
  const fill = a[1] ? strArg(a[1], name) : ' ';
  if (cpLen(fill) !== 1) throw typeErr('The fill character must be exactly one character long');
  return [Number(indexValue(a[0], 'width', OverflowError, SSIZE_MSG)), fill];
}
method(strType, 'center', (self, a) => {
  const [w, f] = padArgs(a, 'center');
  const s = S(self);
  const n = w - cpLen(s);
  if (n <= 0) return sameOrNew(self!, s);
  const left = (n >> 1) + (n & w & 1);
  return newStr(f.repeat(left) + s + f.repeat(n - left));
});
method(strType, 'ljust', (self, a) => {
  const [w, f] = padArgs(a, 'ljust');
  return sameOrNew(self!, cpPad(S(self), w, f, '<'));
});
method(strType, 'rjust', (self, a) => {
  const [w, f] = padArgs(a, 'rjust');
  return sameOrNew(self!, cpPad(S(self), w, f, '>'));
});
method(strType, 'zfill', (self, a) => {
  nargs('str.zfill', a, 1, 1);
  const t = a[0].ob_type.tag;
  if (t !== Tag.Int && t !== Tag.Bool) throw typeErr(`'${typeName(a[0])}' object cannot be interpreted as an integer`);
  const w = indexValue(a[0], '', OverflowError, SSIZE_MSG);
  const s = S(self);
  const n = cpLen(s);
  if (n >= w) return sameOrNew(self!, s);
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  return newStr(sign + '0'.repeat(w - n) + s.slice(sign.length));
});
method(strType, 'partition', (self, a) => {
  const s = S(self);
  const sep = strArg(a[0], 'partition');
  const i = s.indexOf(sep);
  if (i < 0) return newTuple([incref(self!), newStr(''), newStr('')]);
  return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
});
method(strType, 'rpartition', (self, a) => {
  const s = S(self);
  const sep = strArg(a[0], 'rpartition');
  const i = s.lastIndexOf(sep);
  if (i < 0) return newTuple([newStr(''), newStr(''), incref(self!)]);
  return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
});
varargsMethod(strType, 'format', (self, a, kw) => {
  const fmt = S(self);
  // CPython's _PyUnicodeWriter keeps a reference to a str written whole into an empty writer:
  // a format without fields returns itself, '{}' (or '{0}', '{name}', '{!s}') an exact str argument
  if (self!.ob_type === strType && !fmt.includes('{') && !fmt.includes('}')) return incref(self!);
  const single = /^\{(\d*|[A-Za-z_]\w*)(!s)?(?::([^{}]*))?\}$/.exec(fmt);
  if (single !== null) {
    const o = single[1] === '' || /^\d+$/.test(single[1]) ? a[Number(single[1] || 0)] : kw?.get(single[1]);
    if (o !== undefined && formatsToItself(o, single[3] ?? '')) return incref(o);
  }
  return newStr(strFormat(fmt, a, kw));
});
method(strType, '__len__', (self) => newInt(cpLen(S(self))));
method(strType, 'encode', () => {
  throw pyErr(ValueError, 'bytes are not supported by the simulator');
});

function strFormat(fmt: string, args: PyObject[], kw: Map<string, PyObject> | null): string {
  let auto = 0;
  return fmt.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*(?:\{[^{}]*\}[^{}]*)*))?\}/g, (m, field: string | undefined, conv: string | undefined, spec: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    let name = field ?? '';
    const rest: string[] = [];
    const mm = /^([^.[]*)(.*)$/.exec(name)!;
    name = mm[1];
    if (mm[2]) rest.push(mm[2]);
    let o: PyObject;
    if (name === '') {
      o = args[auto++];
      if (o === undefined) throw pyErr(IndexError, `Replacement index ${auto - 1} out of range for positional args tuple`);
    } else if (/^\d+$/.test(name)) {
      o = args[Number(name)];
      if (o === undefined) throw pyErr(IndexError, `Replacement index ${name} out of range for positional args tuple`);
    } else {
      const v = kw?.get(name);
      if (v === undefined) throw newException(KeyError, [newStr(name)]);
      o = v;
    }
    let val = incref(o);
    if (rest.length) {
      const re = /\.(\w+)|\[([^\]]*)\]/g;
      let p: RegExpExecArray | null;
      while ((p = re.exec(rest[0])) !== null) {
        let nv: PyObject;
        if (p[1]) nv = attrGet(val, p[1]);
        else {
          const k = /^\d+$/.test(p[2]) ? newInt(Number(p[2])) : newStr(p[2]);
          nv = itemGet(val, k);
          decref(k);
        }
        decref(val);
        val = nv;
      }
    }
    try {
      let target = val;
      let tmp: PyObject | null = null;
      if (conv === 'r' || conv === 'a') target = tmp = newStr(repr(val));
      else if (conv === 's') target = tmp = newStr(str(val));
      const sp = (spec ?? '').replace(/\{([^{}]*)\}/g, (_x, n: string) => {
        const v = n === '' ? args[auto++] : /^\d+$/.test(n) ? args[Number(n)] : kw?.get(n);
        return v ? str(v) : '';
      });
      try {
        return formatValue(target, sp);
      } finally {
        if (tmp) decref(tmp);
      }
    } finally {
      decref(val);
    }
  });
}
import { getAttr as attrGet } from './abstract.ts';
import { getItem as itemGet } from './subscript.ts';

// printf-style `str % args`: text/percent-format.ts (a port of PyUnicode_Format) over operands
// that describe each Python object
percentFormatHook.fn = (a: PyObject, b: PyObject): PyObject => {
  const fmt = S(a);
  // '%s' % s: the writer's whole-str shortcut again (an exact str argument is the result)
  if (fmt === '%s') {
    const only = b.ob_type === tupleType ? (L(b).length === 1 ? L(b)[0] : null) : b;
    if (only !== null && only.ob_type === strType) return incref(only);
  }
  const isTuple = b.ob_type.tag === Tag.Tuple;
  const args = isTuple ? L(b).map(percentOperand) : percentOperand(b);
  // PyMapping_Check: anything subscriptable but a tuple or a str (lists too) serves %(key)s
  const t = b.ob_type;
  const isMapping = !isTuple && t.tag !== Tag.Str && (t.tag === Tag.Dict || t.tag === Tag.List || (t.heap && t.lookup('__getitem__') !== null));
  const fetched: PyObject[] = [];
  const mapping: PercentMapping | null = isMapping
    ? {
        getItem(key: string): PercentOperand {
          const k = newStr(key);
          try {
            const v = itemGet(b, k);
            fetched.push(v);
            return percentOperand(v);
          } finally {
            decref(k);
          }
        },
      }
    : null;
  try {
    return newStr(textCall(() => percentFormat(fmt, args, mapping)));
  } finally {
    for (const v of fetched) decref(v);
  }
};

function percentOperand(v: PyObject): PercentOperand {
  const tag = v.ob_type.tag;
  return {
    typeName: typeName(v),
    str: () => str(v),
    repr: () => repr(v),
    int: tag === Tag.Int || tag === Tag.Bool ? BigInt(v.v as bigint | number) : undefined,
    float: tag === Tag.Float ? (v.v as number) : undefined,
    text: v.ob_type === strType ? (v.v as string) : undefined,
  };
}

// ---- list -----------------------------------------------------------------------------------------------

method(listType, 'append', (self, a, kw) => {
  noKw('list.append', kw);
  if (a.length !== 1) throw typeErr(`list.append() takes exactly one argument (${a.length} given)`);
  L(self).push(incref(a[0]));
  return incref(None);
});
function listExtend(self: PyObject, src: PyObject): void {
  // `a += a` doubles in place: bounded like every other container (heap.ts reserveItems)
  if (src === self) reserveItems(2 * L(self).length);
  const items = src === self ? L(self).map((x) => incref(x)) : toArray(src, true);
  const dst = L(self);
  if (items.length > 0) {
    try {
      reserveItems(dst.length + items.length);
    } catch (e) {
      for (const x of items) decref(x);
      throw e;
    }
  }
  for (const x of items) dst.push(x);
}
listExtendHook.fn = listExtend;
method(listType, 'extend', (self, a) => {
  nargs('extend', a, 1, 1);
  listExtend(self!, a[0]);
  return incref(None);
});
method(listType, 'insert', (self, a) => {
  if (a.length !== 2) throw typeErr(`insert expected 2 arguments, got ${a.length}`);
  const items = L(self);
  let i = indexValue(a[0], 'list', OverflowError, SSIZE_MSG);
  if (i < 0) i = Math.max(0, i + items.length);
  items.splice(Math.min(i, items.length), 0, incref(a[1]));
  return incref(None);
});
method(listType, 'pop', (self, a) => {
  nargs('pop', a, 0, 1);
  const items = L(self);
  if (items.length === 0) throw pyErr(IndexError, 'pop from empty list');
  let i = a.length ? indexValue(a[0], 'list', OverflowError, SSIZE_MSG) : items.length - 1;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw pyErr(IndexError, 'pop index out of range');
  return items.splice(i, 1)[0];
});
method(listType, 'remove', (self, a) => {
  nargs('remove', a, 1, 1);
  const items = L(self);
  for (let i = 0; i < items.length; i++) {
    if (items[i] === a[0] || eq(items[i], a[0])) {
      const [old] = items.splice(i, 1);
      decref(old);
      return incref(None);
    }
  }
  throw pyErr(ValueError, 'list.remove(x): x not in list');
});
method(listType, 'index', (self, a) => {
  nargs('index', a, 1, 3);
  const items = L(self);
  const start = a[1] ? Number(a[1].v) : 0;
  const end = a[2] ? Number(a[2].v) : items.length;
  for (let i = Math.max(0, start < 0 ? start + items.length : start); i < Math.min(end, items.length); i++) {
    if (items[i] === a[0] || eq(items[i], a[0])) return newInt(i);
  }
  throw pyErr(ValueError, `${repr(a[0])} is not in list`);
});
method(listType, 'count', (self, a) => {
  nargs('count', a, 1, 1);
  return newInt(L(self).filter((x) => x === a[0] || eq(x, a[0])).length);
});
method(listType, 'clear', (self) => {
  const items = L(self);
  const old = items.splice(0);
  for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
  return incref(None);
});
method(listType, 'copy', (self) => newList(L(self).map((x) => incref(x))));
method(listType, 'reverse', (self) => {
  L(self).reverse();
  return incref(None);
});
method(listType, 'sort', (self, a, kw) => {
  if (a.length) throw typeErr('sort() takes no positional arguments');
  if (kw !== null && kw.size > 0) parserInit('list.sort', 2); // key, reverse
  const key = kw?.get('key') ?? None;
  const rev = kw?.get('reverse');
  sortList(L(self), key, rev !== undefined && truthy(rev));
  return incref(None);
});
method(listType, '__len__', (self) => newInt(L(self).length));
method(listType, '__init__', (self, a) => {
  const items = L(self);
  const old = items.splice(0);
  for (const o of old) decref(o);
  if (a.length) listExtend(self!, a[0]);
  return incref(None);
});

// ---- tuple ------------------------------------------------------------------------------------------------

method(tupleType, 'index', (self, a) => {
  const items = L(self);
  for (let i = 0; i < items.length; i++) if (items[i] === a[0] || eq(items[i], a[0])) return newInt(i);
  throw pyErr(ValueError, 'tuple.index(x): x not in tuple');
});
method(tupleType, 'count', (self, a) => newInt(L(self).filter((x) => x === a[0] || eq(x, a[0])).length));

// ---- dict --------------------------------------------------------------------------------------------------

method(dictType, 'get', (self, a) => {
  nargs('get', a, 1, 2);
  const e = D(self).get(hashKey(a[0]));
  if (e !== undefined) return incref(e.v);
  return incref(a[1] ?? None);
});
function view(self: PyObject, kind: 'keys' | 'values' | 'items'): PyObject {
  const t = kind === 'keys' ? iterTypes.dict_keys : kind === 'values' ? iterTypes.dict_values : iterTypes.dict_items;
  return newObject(t, { dict: self, kind, refs: [incref(self)], next: () => null });
}
method(dictType, 'keys', (self) => view(self!, 'keys'));
method(dictType, 'values', (self) => view(self!, 'values'));
method(dictType, 'items', (self) => view(self!, 'items'));
method(dictType, 'pop', (self, a) => {
  nargs('pop', a, 1, 2);
  const m = D(self);
  const hk = hashKey(a[0]);
  const e = m.get(hk);
  if (e === undefined) {
    if (a.length > 1) return incref(a[1]);
    throw keyError(a[0]);
  }
  m.delete(hk);
  decref(e.k);
  return e.v;
});
method(dictType, 'popitem', (self) => {
  const m = D(self);
  if (m.size === 0) throw newException(KeyError, [newStr('popitem(): dictionary is empty')]);
  const last = [...m.keys()].pop();
  const e = m.get(last)!;
  m.delete(last);
  return newTuple([e.k, e.v]);
});
method(dictType, 'setdefault', (self, a) => {
  nargs('setdefault', a, 1, 2);
  const m = D(self);
  const hk = hashKey(a[0]);
  const e = m.get(hk);
  if (e !== undefined) return incref(e.v);
  const v = a[1] ?? None;
  m.set(hk, { k: incref(a[0]), v: incref(v) });
  return incref(v);
});
varargsMethod(dictType, 'update', (self, a, kw) => {
  if (a.length) dictUpdate(self!, a[0]);
  if (kw) {
    const m = D(self);
    for (const [k, v] of kw) {
      const old = m.get(k);
      if (old) {
        const ov = old.v;
        old.v = incref(v);
        decref(ov);
      } else m.set(k, { k: newStr(k), v: incref(v) });
    }
  }
  return incref(None);
});
method(dictType, 'clear', (self) => {
  const m = D(self);
  const entries = [...m.values()];
  m.clear();
  for (const e of entries) {
    decref(e.k);
    decref(e.v);
  }
  return incref(None);
});
method(dictType, 'copy', (self) => {
  const d = newDict();
  const m = D(d);
  for (const [hk, e] of D(self)) m.set(hk, { k: incref(e.k), v: incref(e.v) });
  return d;
});
const fromkeys = makeBuiltin('fromkeys', (a) => {
  const d = newDict();
  const v = a[2] ?? None;
  const m = D(d);
  for (const k of toArray(a[1])) {
    const hk = hashKey(k);
    if (m.has(hk)) decref(k);
    else m.set(hk, { k, v: incref(v) });
  }
  return d;
});
const fk = newObject(classmethodType, fromkeys);
fk.ob_refcnt = 1_000_000;
dictType.tp_dict.set('fromkeys', fk);
method(dictType, '__len__', (self) => newInt(D(self).size));
// dict_init: update in place from one mapping or iterable of pairs, then the keywords
method(dictType, '__init__', (self, a, kw) => {
  nargs('dict', a, 0, 1);
  if (a.length) dictUpdate(self!, a[0]);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const key = newStr(k);
      dictSetItemTake2(D(self), hashKey(key), key, incref(v));
    }
  }
  return incref(None);
});
method(dictType, '__contains__', (self, a) => newBool(D(self).has(hashKey(a[0]))));
method(dictType, '__getitem__', (self, a) => itemGet(self!, a[0]));

// dict views
for (const t of [iterTypes.dict_keys, iterTypes.dict_values, iterTypes.dict_items]) {
  t.tp_dict.set('__len__', t.tp_dict.get('__len__') ?? makeBuiltin('__len__', () => newInt(0)));
}

// ---- set ----------------------------------------------------------------------------------------------------

function setAdd(m: Map<unknown, PyObject>, x: PyObject): void {
  const k = hashKey(x);
  if (!m.has(k)) m.set(k, incref(x));
}
const T = (o: PyObject) => o.v as SetTable;
const newSetLike = (so: PyObject) => newSet(undefined, so.ob_type === frozensetType);
/** set_copy: make_new_set_basetype(type(so), so). */
function setCopy(so: PyObject): PyObject {
  const s = newSetLike(so);
  T(s).merge(T(so), incref);
  return s;
}
/** Keys of a non-set operand, in iteration order. */
function otherKeys(o: PyObject): Map<unknown, PyObject> {
  const out = new Map<unknown, PyObject>();
  for (const x of toArray(o)) {
    try {
      const k = hashKey(x);
      if (!out.has(k)) out.set(k, x);
      else decref(x);
    } catch (e) {
      decref(x);
      for (const v of out.values()) decref(v);
      throw e;
    }
  }
  return out;
}
function releaseKeys(m: Map<unknown, PyObject>): void {
  for (const v of m.values()) decref(v);
}
/** set_intersection: the smaller set (or the non-set operand) is iterated. */
function setIntersection(so: PyObject, other: PyObject): PyObject {
  if (so === other) return setCopy(so);
  const result = newSetLike(so);
  const r = T(result);
  if (other.ob_type.tag === Tag.Set) {
    let a = T(so);
    let b = T(other);
    if (b.size > a.size) [a, b] = [b, a];
    for (const [k, v] of b) if (a.has(k)) r.set(k, incref(v));
    return result;
  }
  const m = T(so);
  for (const x of toArray(other)) {
    let k: unknown;
    try {
      k = hashKey(x);
    } catch (e) {
      decref(x);
      decref(result);
      throw e;
    }
    if (m.has(k) && !r.has(k)) r.set(k, x);
    else decref(x);
  }
  return result;
}
/** set_difference_update_internal. */
function setDifferenceUpdate(so: PyObject, other: PyObject): void {
  const m = T(so);
  if (so === other) {
    const vals = [...m.values()];
    m.clear();
    for (const v of vals) decref(v);
    return;
  }
  const keys = other.ob_type.tag === Tag.Set ? null : otherKeys(other);
  for (const k of keys ? keys.keys() : T(other).keys()) {
    const v = m.get(k);
    if (v !== undefined) {
      m.delete(k);
      decref(v);
    }
  }
  if (keys) releaseKeys(keys);
  m.purgeDummies();
}
/** set_difference: copy-and-discard when so is much bigger than other, else iterate so. */
function setDifference(so: PyObject, other: PyObject): PyObject {
  let otherSize: number;
  if (other.ob_type.tag === Tag.Set) otherSize = T(other).size;
  else if (other.ob_type.tag === Tag.Dict && !other.ob_type.heap) otherSize = D(other).size;
  else otherSize = -1;
  if (otherSize < 0 || (T(so).size >> 2) > otherSize) {
    const result = setCopy(so);
    try {
      setDifferenceUpdate(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  }
  const result = newSetLike(so);
  const r = T(result);
  const isSet = other.ob_type.tag === Tag.Set;
  for (const [k, v] of T(so)) if (!(isSet ? T(other).has(k) : D(other).has(k))) r.set(k, incref(v));
  return result;
}
/** set_symmetric_difference_update: iterate other (as a set), discarding or adding. */
function setSymmetricDifferenceUpdate(so: PyObject, other: PyObject): void {
  const m = T(so);
  if (so === other) {
    const vals = [...m.values()];
    m.clear();
    for (const v of vals) decref(v);
    return;
  }
  const os = other.ob_type.tag === Tag.Set ? incref(other) : newSetLike(so);
  try {
    if (os !== other) setUpdateInternal(os, other);
    for (const [k, v] of [...T(os)]) {
      const old = m.get(k);
      if (old !== undefined) {
        m.delete(k);
        decref(old);
      } else m.set(k, incref(v));
    }
  } finally {
    decref(os);
  }
}
/** set_symmetric_difference: a copy of other updated by so. */
function setSymmetricDifference(so: PyObject, other: PyObject): PyObject {
  const result = newSetLike(so);
  try {
    setUpdateInternal(result, other);
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}
/** set_intersection_update: compute the intersection, then swap bodies. */
function setIntersectionUpdate(so: PyObject, others: PyObject[]): void {
  let tmp = incref(so);
  try {
    for (const o of others) {
      const next = setIntersection(tmp, o);
      decref(tmp);
      tmp = next;
    }
  } catch (e) {
    decref(tmp);
    throw e;
  }
  if (tmp === so) {
    decref(tmp);
    return;
  }
  const old = [...T(so).values()];
  T(so).takeBody(T(tmp));
  decref(tmp);
  for (const v of old) decref(v);
}
for (const st of [setType, frozensetType]) {
  method(st, 'copy', (self) => setCopy(self!));
  varargsMethod(st, 'union', (self, a) => {
    const s = setCopy(self!);
    try {
      for (const o of a) if (o !== self) setUpdateInternal(s, o);
    } catch (e) {
      decref(s);
      throw e;
    }
    return s;
  });
  varargsMethod(st, 'intersection', (self, a) => {
    if (a.length === 0) return setCopy(self!);
    let r = incref(self!);
    try {
      for (const o of a) {
        const next = setIntersection(r, o);
        decref(r);
        r = next;
      }
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  });
  varargsMethod(st, 'difference', (self, a) => {
    if (a.length === 0) return setCopy(self!);
    const r = setDifference(self!, a[0]);
    try {
      for (const o of a.slice(1)) setDifferenceUpdate(r, o);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  });
  method(st, 'symmetric_difference', (self, a) => {
    nargs('symmetric_difference', a, 1, 1);
    return setSymmetricDifference(self!, a[0]);
  });
  method(st, 'issubset', (self, a) => {
    const o = new Set(toArrayKeys(a[0]));
    return newBool([...M(self).keys()].every((k) => o.has(k)));
  });
  method(st, 'issuperset', (self, a) => newBool(toArrayKeys(a[0]).every((k) => M(self).has(k))));
  method(st, 'isdisjoint', (self, a) => newBool(!toArrayKeys(a[0]).some((k) => M(self).has(k))));
  method(st, '__len__', (self) => newInt(M(self).size));
  method(st, '__contains__', (self, a) => newBool(M(self).has(hashKey(a[0]))));
}
function toArrayKeys(o: PyObject): unknown[] {
  if (o.ob_type.tag === Tag.Set) return [...M(o).keys()];
  const items = toArray(o);
  const keys = items.map((x) => hashKey(x));
  for (const x of items) decref(x);
  return keys;
}
method(setType, 'add', (self, a) => {
  nargs('add', a, 1, 1);
  setAdd(M(self), a[0]);
  return incref(None);
});
method(setType, 'remove', (self, a) => {
  const m = M(self);
  const k = hashKey(a[0]);
  const v = m.get(k);
  if (v === undefined) throw keyError(a[0]);
  m.delete(k);
  decref(v);
  return incref(None);
});
method(setType, 'discard', (self, a) => {
  const m = M(self);
  const k = hashKey(a[0]);
  const v = m.get(k);
  if (v !== undefined) {
    m.delete(k);
    decref(v);
  }
  return incref(None);
});
method(setType, 'pop', (self) => {
  const m = T(self!);
  if (m.size === 0) throw newException(KeyError, [newStr('pop from an empty set')]);
  const k = m.popKey();
  const v = m.get(k)!;
  m.delete(k);
  return v;
});
method(setType, 'clear', (self) => {
  const m = M(self);
  const vals = [...m.values()];
  m.clear();
  for (const v of vals) decref(v);
  return incref(None);
});
method(setType, '__init__', (self, a) => {
  nargs('set', a, 0, 1);
  const m = M(self);
  const vals = [...m.values()];
  m.clear();
  for (const v of vals) decref(v);
  if (a.length) setUpdateInternal(self!, a[0]);
  return incref(None);
});
varargsMethod(setType, 'update', (self, a) => {
  for (const o of a) setUpdateInternal(self!, o);
  return incref(None);
});
varargsMethod(setType, 'difference_update', (self, a) => {
  for (const o of a) setDifferenceUpdate(self!, o);
  return incref(None);
});
varargsMethod(setType, 'intersection_update', (self, a) => {
  setIntersectionUpdate(self!, a);
  return incref(None);
});
method(setType, 'symmetric_difference_update', (self, a) => {
  nargs('symmetric_difference_update', a, 1, 1);
  setSymmetricDifferenceUpdate(self!, a[0]);
  return incref(None);
});

setOpHook.fn = (op: BinOpName, a: PyObject, b: PyObject): PyObject => {
  const inplace = (op as string).startsWith('I');
  const base = (inplace ? (op as string).slice(1) : op) as BinOpName;
  if (a.ob_type.tag === Tag.Dict) {
    const d = newDict();
    for (const [hk, e] of D(a)) D(d).set(hk, { k: incref(e.k), v: incref(e.v) });
    dictUpdate(d, b);
    return d;
  }
  if (b.ob_type.tag !== Tag.Set) {
    throw typeErr(`unsupported operand type(s) for ${base === 'Sub' ? '-' : base === 'BitAnd' ? '&' : base === 'BitOr' ? '|' : '^'}${inplace ? '=' : ''}: '${typeName(a)}' and '${typeName(b)}'`);
  }
  if (base === 'BitOr') {
    if (inplace) {
      setUpdateInternal(a, b);
      return incref(a);
    }
    const s = setCopy(a);
    // set_or: `s | s` is the copy alone
    if (a === b) return s;
    try {
      setUpdateInternal(s, b);
    } catch (e) {
      decref(s);
      throw e;
    }
    return s;
  }
  if (base === 'BitAnd') {
    if (!inplace) return setIntersection(a, b);
    setIntersectionUpdate(a, [b]);
    return incref(a);
  }
  if (base === 'Sub') {
    if (!inplace) return setDifference(a, b);
    setDifferenceUpdate(a, b);
    return incref(a);
  }
  if (!inplace) return setSymmetricDifference(a, b);
  setSymmetricDifferenceUpdate(a, b);
  return incref(a);
};

// ---- int / float -------------------------------------------------------------------------------------------

method(intType, 'bit_length', (self) => {
  const v = BigInt(self!.v);
  return newInt((v < 0n ? -v : v).toString(2).replace(/^0$/, '').length);
});
method(intType, 'conjugate', (self) => newInt(self!.v));
method(intType, '__index__', (self) => newInt(self!.v));
method(floatType, 'is_integer', (self) => newBool(Number.isInteger(self!.v)));
method(floatType, 'conjugate', (self) => newFloat(self!.v));

export { True, False, emptyStr, dictIter, getIter, iterNext, callBorrowed };
