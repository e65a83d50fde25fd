/**
 * Views of single objects: the short value text, the cached flag, the references (compact and
 * capped), and the references from outside the drawing the recorder can name. Never runs Python
 * code (no user __repr__ during a snapshot).
 */
import { PyObject, PyType, Tag } from './objects/pyobject.ts';
import { STATIC_REFCNT, isInterned } from './objects/core.ts';
import type { FuncInfo } from './objects/abstract.ts';
import { isStaticAddr } from './heap.ts';
import type { Frame, CodeInfo } from './interpreter/frame.ts';
import { forEachRef } from './references.ts';
import { REF_CAP } from './trace-types.ts';
import type { ObjView, OutsideRef, RefView } from './trace-types.ts';
import { strRepr } from './text/index.ts';
import { floatRepr } from './objects/floatrepr.ts';

const MAX_REPR = 24;

/** Shared by every view with nothing to list (a trace holds thousands of views). */
const NONE: never[] = [];
Object.freeze(NONE);

/** Short value text. */
export function shortRepr(o: PyObject): string {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.Int:
      return String(o.v);
    case Tag.Bool:
      return o.v ? 'True' : 'False';
    case Tag.NoneT:
      return 'None';
    case Tag.Float:
      return floatRepr(o.v as number);
    case Tag.Str: {
      const s = o.v as string;
      const r = strRepr(s.length > MAX_REPR ? s.slice(0, MAX_REPR) : s);
      return s.length > MAX_REPR ? r.slice(0, -1) + '…' + r.slice(-1) : r;
    }
    case Tag.List:
    case Tag.Tuple:
      return `len ${(o.v as PyObject[]).length}`;
    case Tag.Dict:
    case Tag.Set:
      return o.v instanceof Map ? `len ${(o.v as Map<unknown, unknown>).size}` : '';
    case Tag.Func:
      return `${(o.v as FuncInfo).qualname}()`;
    case Tag.Type:
      return `class ${(o as PyType).name}`;
    case Tag.Module:
      return `module ${(o.v as { name?: string } | null)?.name ?? ''}`;
    case Tag.Builtin:
      return `${(o.v as { name?: string } | null)?.name ?? ''}()`;
    default:
      return '';
  }
}

/** Static objects and objects the interpreter shares (their counts include its own references). */
export function isCached(o: PyObject): boolean {
  if (isStaticAddr(o)) return true;
  if (o.ob_type.tag === Tag.Str && isInterned(o)) return true;
  if (o instanceof PyType && !o.heap) return true;
  const tag = o.ob_type.tag;
  return tag === Tag.Builtin || tag === Tag.Module;
}

/** What the recorder knows about referrers outside the drawing, for one observation. */
export interface OutsideContext {
  codes: CodeInfo[];
  frames: Frame[];
}

function outsideRefs(o: PyObject, ctx: OutsideContext): OutsideRef[] {
  let out: OutsideRef[] = NONE;
  // small ints and 1-character strings start at 999,999,999 in 3.11; None, True... at their
  // measured start-up counts (objects/startup.ts), which have no base to name
  if (isStaticAddr(o) && o.ob_refcnt >= STATIC_REFCNT) {
    out = [];
    out.push({ why: 'its static allocation (CPython 3.11 starts the count of a static object at 999,999,999)', n: STATIC_REFCNT });
  }
  // interned strings: the simulator's table keeps one reference (CPython 3.11's does not, but
  // its identifier strings are mostly static objects with huge counts anyway)
  if (!isStaticAddr(o) && o.ob_type.tag === Tag.Str && isInterned(o)) {
    out = [];
    out.push({ why: 'the table of interned strings', n: 1 });
  }
  let constant = false;
  for (const c of ctx.codes) {
    if (c.consts.has(o)) {
      constant = true;
      if (out === NONE) out = [];
      out.push({ why: `constant of the code of ${c.name === '<module>' ? 'the module' : c.qualname + '()'} (co_consts)`, n: 1 });
    }
  }
  // CPython frees the parsed program's syntax tree (whose literal objects the compiler merged
  // into co_consts) only after the run: the simulator's constant pool keeps that reference
  if (constant && !isStaticAddr(o)) out.push({ why: 'the parsed program: CPython keeps the literal of the syntax tree alive during the run', n: 1 });
  for (const f of ctx.frames) {
    if (f.func === o) (out === NONE ? (out = []) : out).push({ why: `the call of ${f.code.qualname}() in progress (its frame holds the function)`, n: 1 });
  }
  return out;
}

// Tags read on every step: module-local copies (a cross-module enum read costs more in hot loops)
const T_INT = Tag.Int;
const T_STR = Tag.Str;
const T_FLOAT = Tag.Float;
const T_NONET = Tag.NoneT;
const T_BOOL = Tag.Bool;
const T_LIST = Tag.List;
const T_TUPLE = Tag.Tuple;

function isSequence(o: PyObject): boolean {
  const tag = o.ob_type.tag;
  return tag === T_LIST || tag === T_TUPLE;
}

/** The view of `o` now. References past REF_CAP are counted, not listed. */
export function makeView(o: PyObject, opaque: boolean, ctx: OutsideContext): ObjView {
  const refs: RefView[] = [];
  let items: number[] | null = null;
  let nrefs = 0;
  if (!opaque) {
    if (isSequence(o)) {
      const seq = o.v as PyObject[];
      const n = Math.min(seq.length, REF_CAP);
      items = new Array<number>(n);
      for (let i = 0; i < n; i++) items[i] = seq[i].addr;
      nrefs = seq.length;
    }
    forEachRef(o, (label, kind, target) => {
      if (refs.length < REF_CAP) refs.push({ label, kind, to: target.addr });
      nrefs++;
    }, true);
  }
  const g = o.gc;
  const tracked = g !== null && g.tracked;
  return {
    addr: o.addr,
    type: o.ob_type.name,
    repr: shortRepr(o),
    refcnt: o.ob_refcnt,
    tracked,
    generation: tracked ? g!.generation : null,
    cached: isCached(o),
    opaque,
    items,
    refs: refs.length ? refs : NONE,
    nrefs,
    outside: outsideRefs(o, ctx),
  };
}

/** Does `v` still describe `o`? (no allocation on the common paths) */
export function sameView(v: ObjView, o: PyObject): boolean {
  if (v.refcnt !== o.ob_refcnt) return false;
  const g = o.gc;
  const tracked = g !== null && g.tracked;
  if (v.tracked !== tracked || (tracked && v.generation !== g!.generation)) return false;
  if (v.opaque) return true;
  const tag = o.ob_type.tag;
  // immutable atoms: same object, same value
  if (tag === T_INT || tag === T_FLOAT || tag === T_STR || tag === T_BOOL || tag === T_NONET) return true;
  let n = 0;
  if (v.items !== null) {
    const seq = o.v as PyObject[];
    const items = v.items;
    const k = Math.min(seq.length, REF_CAP);
    if (items.length !== k) return false;
    for (let i = 0; i < k; i++) if (items[i] !== seq[i].addr) return false;
    n = seq.length;
    if (o.dict === null && !o.ob_type.heap) return n === v.nrefs;
  }
  let i = 0;
  let same = true;
  const refs = v.refs;
  forEachRef(o, (label, _kind, target) => {
    n++;
    if (!same || i >= REF_CAP) return;
    const r = refs[i++];
    if (r === undefined || r.to !== target.addr || r.label !== label) same = false;
  }, true);
  return same && n === v.nrefs && i === refs.length;
}

/** The objects `o` refers to that a drawing walks into (the listed ones). */
export function listedChildren(o: PyObject, out: PyObject[]): void {
  const tag = o.ob_type.tag;
  if ((tag === T_INT || tag === T_STR || tag === T_FLOAT || tag === T_NONET || tag === T_BOOL) && o.dict === null && !o.ob_type.heap) return;
  if (isSequence(o)) {
    const seq = o.v as PyObject[];
    const k = Math.min(seq.length, REF_CAP);
    for (let i = 0; i < k; i++) out.push(seq[i]);
  }
  let n = 0;
  forEachRef(o, (_l, _k, t) => {
    if (n++ < REF_CAP) out.push(t);
  }, true);
}
