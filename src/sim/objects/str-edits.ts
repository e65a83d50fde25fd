/**
 * str methods that rewrite a string character by character, ported from Objects/unicodeobject.c:
 * removeprefix/removesuffix, expandtabs (unicode_expandtabs_impl), translate
 * (_PyUnicode_TranslateCharmap) and the static str.maketrans (unicode_maketrans_impl).
 */
import { PyObject, Tag } from './pyobject.ts';
import type { DictEntry } from './core.ts';
import { None, ValueError, LookupError, newDict, newInt, newStr, staticmethodType, strType, newObject } from './core.ts';
import { hashKey, typeName, indexValue } from './abstract.ts';
import { decref, incref } from '../heap.ts';
import { pyErr, typeErr } from './errors.ts';
import { getItem, dictSetItemTake2 } from './subscript.ts';
import { makeBuiltin, method, nargs, noKw } from '../modules/builtins.ts';
import { sameOrNew, strArg } from './methods.ts';
import { OverflowError } from './core.ts';

const SSIZE_MSG = 'Python int too large to convert to C ssize_t';


method(strType, 'removeprefix', (self, a, kw) => {
  noKw('removeprefix', kw);
  nargs('str.removeprefix', a, 1, 1);
  const s = self!.v as string;
  const prefix = strArg(a[0], 'removeprefix', 'removeprefix() argument');
  return sameOrNew(self!, prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s);
});

method(strType, 'removesuffix', (self, a, kw) => {
  noKw('removesuffix', kw);
  nargs('str.removesuffix', a, 1, 1);
  const s = self!.v as string;
  const suffix = strArg(a[0], 'removesuffix', 'removesuffix() argument');
  return sameOrNew(self!, suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s);
});

/** A tab advances to the next multiple of tabsize; '\n' and '\r' start a new column count. */
method(strType, 'expandtabs', (self, a, kw) => {
  if (a.length > 1) throw typeErr(`expandtabs() takes at most 1 argument (${a.length} given)`);
  const arg = a[0] ?? kw?.get('tabsize');
  if (kw !== null) for (const k of kw.keys()) if (k !== 'tabsize') throw typeErr(`expandtabs() got an unexpected keyword argument '${k}'`);
  let tabsize = 8;
  if (arg !== undefined) {
    if (arg.ob_type.tag !== Tag.Int && arg.ob_type.tag !== Tag.Bool) throw typeErr(`'${typeName(arg)}' object cannot be interpreted as an integer`);
    tabsize = indexValue(arg, '', OverflowError, SSIZE_MSG);
  }
  const s = self!.v as string;
  if (!s.includes('\t')) return sameOrNew(self!, s);
  let out = '';
  let column = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        out += ' '.repeat(spaces);
        column += spaces;
      }
    } else {
      out += c;
      column = c === '\n' || c === '\r' ? 0 : column + 1;
    }
  }
  return newStr(out);
});

function isLookupError(e: unknown): e is PyObject {
  return e instanceof PyObject && e.ob_type.mro.includes(LookupError);
}

/** table[ord(c)] for each character: None deletes it, an int or a str replaces it, a LookupError keeps it. */
method(strType, 'translate', (self, a, kw) => {
  noKw('translate', kw);
  nargs('str.translate', a, 1, 1);
  const table = a[0];
  let out = '';
  for (const c of self!.v as string) {
    const key = newInt(c.codePointAt(0)!);
    let mapped: PyObject;
    try {
      mapped = getItem(table, key);
    } catch (e) {
      if (!isLookupError(e)) throw e;
      decref(e);
      out += c;
      continue;
    } finally {
      decref(key);
    }
    try {
      if (mapped === None) continue;
      if (mapped.ob_type.tag === Tag.Int || mapped.ob_type.tag === Tag.Bool) {
        const v = mapped.v as number | bigint;
        if (v < 0 || v > 0x10ffff) throw pyErr(ValueError, 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(Number(v));
      } else if (mapped.ob_type.tag === Tag.Str) out += mapped.v as string;
      else throw typeErr('character mapping must return integer, None or str');
    } finally {
      decref(mapped);
    }
  }
  // only an empty str comes back as itself: anything else is built anew, changed or not
  return (self!.v as string) === '' ? sameOrNew(self!, out) : newStr(out);
});

function ordinalKey(k: PyObject): PyObject {
  if (k.ob_type.tag === Tag.Int || k.ob_type.tag === Tag.Bool) return incref(k);
  if (k.ob_type.tag !== Tag.Str) throw typeErr('keys in translate table must be strings or integers');
  const s = k.v as string;
  const cp = s.codePointAt(0);
  if (cp === undefined || String.fromCodePoint(cp).length !== s.length) throw pyErr(ValueError, 'string keys in translate table must be of length 1');
  return newInt(cp);
}

const maketrans = makeBuiltin('maketrans', (a, kw) => {
  noKw('maketrans', kw);
  if (a.length === 0) throw typeErr('maketrans expected at least 1 argument, got 0');
  if (a.length > 3) throw typeErr(`maketrans expected at most 3 arguments, got ${a.length}`);
  for (let i = 1; i < a.length; i++) {
    if (a[i].ob_type.tag !== Tag.Str) throw typeErr(`maketrans() argument ${i + 1} must be str, not ${typeName(a[i])}`);
  }
  const result = newDict();
  const m = result.v as Map<unknown, DictEntry>;
  const put = (k: PyObject, v: PyObject) => dictSetItemTake2(m, hashKey(k), k, v);
  try {
    if (a.length === 1) {
      if (a[0].ob_type.tag !== Tag.Dict) throw typeErr('if you give only one argument to maketrans it must be a dict');
      for (const { k, v } of (a[0].v as Map<unknown, DictEntry>).values()) put(ordinalKey(k), incref(v));
      return result;
    }
    if (a[0].ob_type.tag !== Tag.Str) throw typeErr('first maketrans argument must be a string if there is a second argument');
    const from = [...(a[0].v as string)];
    const to = [...(a[1].v as string)];
    if (from.length !== to.length) throw pyErr(ValueError, 'the first two maketrans arguments must have equal length');
    from.forEach((c, i) => put(newInt(c.codePointAt(0)!), newInt(to[i].codePointAt(0)!)));
    if (a.length === 3) for (const c of a[2].v as string) put(newInt(c.codePointAt(0)!), incref(None));
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
});
const maketransDescr = newObject(staticmethodType, maketrans);
maketransDescr.ob_refcnt = 1_000_000;
strType.tp_dict.set('maketrans', maketransDescr);
