/**
 * Calls with `*args` or `**kwargs` (CALL_FUNCTION_EX in CPython 3.11), with what they allocate:
 * the positional arguments become one tuple (the starred object itself when it is exactly a
 * tuple; PySequence_Tuple of anything else at the call; BUILD_LIST + LIST_EXTEND + LIST_TO_TUPLE
 * when there is more than one part), the keyword arguments one new dict (BUILD_CONST_KEY_MAP /
 * BUILD_MAP + DICT_MERGE; a run of named keywords after a `**` is a dict of its own, merged and
 * freed), and a Python callee receives them through _PyStack_UnpackDict, whose keyword-name tuple
 * lives for the call. All of it is freed after the call: tuple, then dict.
 */
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import type { DictEntry } from '../objects/core.ts';
import { builtinType, functionType, listType, tupleType } from '../objects/core.ts';
import { callObject, typeName } from '../objects/abstract.ts';
import type { BuiltinInfo, FuncInfo, MethodInfo } from '../objects/abstract.ts';
import { drainIterable } from '../objects/iter.ts';
import { decref, gcFreedUnseen, gcLinkedUnseen, incref } from '../heap.ts';
import { typeErr } from '../objects/errors.ts';
import type { Ex, Frame, Pos } from './frame.ts';

export interface PositionalPart {
  star: boolean;
  e: Ex;
}
export interface KeywordPart {
  /** null for `**mapping` */
  name: string | null;
  e: Ex;
}

/** _PyObject_FunctionStr: how CPython names a callable in these errors ("__main__.f()", "len()"). */
export function functionStr(fn: PyObject): string {
  if (fn.ob_type === functionType) {
    const fi = fn.v as FuncInfo;
    return `${fi.module}.${fi.qualname}()`;
  }
  if (fn.ob_type.tag === Tag.Method) return functionStr((fn.v as MethodInfo).func);
  if (fn.ob_type === builtinType) {
    const b = fn.v as BuiltinInfo;
    return b.owner !== null && b.self !== null && b.self.ob_type.tag !== Tag.Module ? `${b.owner}.${b.name}()` : `${b.name}()`;
  }
  if (fn instanceof PyType) {
    const qualname = (fn as PyType & { qualname?: string }).qualname ?? fn.name;
    return fn.heap && fn.module !== 'builtins' ? `${fn.module}.${qualname}()` : `${fn.name}()`;
  }
  return `${typeName(fn)} object`;
}

/** The positional arguments; returns how big a tuple was allocated for them (0: none). */
function positional(f: Frame, fn: PyObject, parts: PositionalPart[], out: PyObject[]): { tuple: number; convertAtCall: boolean } {
  if (parts.length === 1 && parts[0].star) {
    const v = parts[0].e(f);
    try {
      if (v.ob_type === tupleType) {
        for (const x of v.v as PyObject[]) out.push(incref(x));
        return { tuple: 0, convertAtCall: false };
      }
      drain(fn, v, out);
      return { tuple: out.length, convertAtCall: true };
    } finally {
      decref(v);
    }
  }
  gcLinkedUnseen('list'); // BUILD_LIST
  try {
    for (const p of parts) {
      const v = p.e(f);
      if (!p.star) {
        out.push(v);
        continue;
      }
      try {
        drain(fn, v, out);
      } finally {
        decref(v);
      }
    }
    gcLinkedUnseen('tuple', out.length); // LIST_TO_TUPLE
  } finally {
    gcFreedUnseen('list');
  }
  return { tuple: out.length, convertAtCall: false };
}

/**
 * list_extend / PySequence_Tuple of `v`: lists and tuples directly, anything else through an
 * iterator and a length hint. (PySequence_Tuple makes its tuple before iterating, at the call;
 * here it is counted after, with the final size.)
 */
function drain(fn: PyObject, v: PyObject, out: PyObject[]): void {
  if (v.ob_type === listType || v.ob_type === tupleType) {
    for (const x of v.v as PyObject[]) out.push(incref(x));
    return;
  }
  drainIterable(v, out, () => typeErr(`${functionStr(fn)} argument after * must be an iterable, not ${typeName(v)}`));
}

/** The keyword arguments, merged into one dict as DICT_MERGE does. */
function keywords(f: Frame, fn: PyObject, parts: KeywordPart[], kw: Map<string, PyObject>): void {
  gcLinkedUnseen('dict');
  let afterUnpack = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.name !== null) {
      // a run of named keywords after a ** is its own dict (compiler_subkwargs), merged in
      const ownDict = afterUnpack && (i === 0 || parts[i - 1].name === null);
      if (ownDict) gcLinkedUnseen('dict');
      const v = p.e(f);
      if (kw.has(p.name)) {
        decref(v);
        throw typeErr(`${functionStr(fn)} got multiple values for keyword argument '${p.name}'`);
      }
      kw.set(p.name, v);
      const runEnds = i + 1 === parts.length || parts[i + 1].name === null;
      if (afterUnpack && runEnds) gcFreedUnseen('dict');
      continue;
    }
    afterUnpack = true;
    const m = p.e(f);
    try {
      if (m.ob_type.tag !== Tag.Dict) throw typeErr(`${functionStr(fn)} argument after ** must be a mapping, not ${typeName(m)}`);
      for (const ent of (m.v as Map<unknown, DictEntry>).values()) {
        if (ent.k.ob_type.tag !== Tag.Str) throw typeErr('keywords must be strings');
        const name = ent.k.v as string;
        if (kw.has(name)) throw typeErr(`${functionStr(fn)} got multiple values for keyword argument '${name}'`);
        kw.set(name, incref(ent.v));
      }
    } finally {
      decref(m);
    }
  }
}

/** The call: `fn` is owned (released here), as are the arguments. */
export function callEx(f: Frame, node: Pos, fn: PyObject, posParts: PositionalPart[], kwParts: KeywordPart[]): PyObject {
  const args: PyObject[] = [];
  let kw: Map<string, PyObject> | null = null;
  let tuple = 0;
  try {
    const p = positional(f, fn, posParts, args);
    tuple = p.tuple;
    if (kwParts.length > 0) {
      kw = new Map();
      try {
        keywords(f, fn, kwParts, kw);
      } catch (e) {
        gcFreedUnseen('dict');
        throw e;
      }
    }
    if (p.convertAtCall) gcLinkedUnseen('tuple', tuple);
  } catch (e) {
    if (tuple > 0) gcFreedUnseen('tuple', tuple);
    for (const a of args) decref(a);
    if (kw !== null) for (const v of kw.values()) decref(v);
    decref(fn);
    throw e;
  }
  const kwSize = kw === null ? 0 : kw.size;
  const kwnames = kwSize > 0 && (fn.ob_type === functionType || fn.ob_type.tag === Tag.Method);
  if (kwnames) gcLinkedUnseen('tuple', kwSize);
  f.pos = node;
  try {
    return callObject(fn, args, kw);
  } finally {
    if (kwnames) gcFreedUnseen('tuple', kwSize);
    if (tuple > 0) gcFreedUnseen('tuple', tuple);
    if (kw !== null) gcFreedUnseen('dict');
    decref(fn);
  }
}

