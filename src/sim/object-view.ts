/**
 * Views of single objects: the short value text, the cached flag, the references (compact and
 * capped), and the references from outside the drawing the recorder can name. Never runs Python
 * code (no user __repr__ during a snapshot).
 */
import { PyObject, PyType, Tag } from './objects/pyobject.ts';
import { isInterned, allTypes } from './objects/core.ts';
import type { DictEntry } from './objects/core.ts';
import { heapTypes } from './objects/abstract.ts';
import { complexReprOf } from './objects/complex.ts';
import { startParts, BUILTIN_BASE, BUILTIN_PART } from './trace-static.ts';
import type { StartCount } from './trace-static.ts';
import type { FuncInfo } from './objects/abstract.ts';
import { isStaticAddr, generations, permanent } from './heap.ts';
import { gcState } from './gc.ts';
import type { Frame, CodeInfo } from './interpreter/frame.ts';
import { forEachRef } from './references.ts';
import type { RefVisitor } from './references.ts';
import type { ExcState } from './objects/core.ts';
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
    case Tag.Complex:
      return complexReprOf(o);
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
  /** Every code object of the program (their co_consts live for the whole run). */
  codes: CodeInfo[];
  /** The name strings compiled global stores keep, one per store site (co_names). */
  names?: readonly { code: CodeInfo; key: PyObject }[];
  frames: Frame[];
  /** The static objects' counts at the first statement (src/sim/trace-static.ts), once measured. */
  start: Map<PyObject, StartCount> | null;
  /** sys.modules: the modules imported so far. */
  modules: ReadonlyMap<string, PyObject>;
  /** Built by heldOutside on first use (once per observation): the module frame's own holders. */
  moduleRefs?: Map<PyObject, OutsideRef[]>;
  attrs?: Map<PyObject, OutsideRef[]>;
}

function addRef(m: Map<PyObject, OutsideRef[]>, o: PyObject, r: OutsideRef): void {
  const l = m.get(o);
  if (l === undefined) m.set(o, [r]);
  else l.push(r);
}

/**
 * The module frame's holders outside the drawing, by target: the keys of its globals dict and the
 * dunders the interpreter set (`via` the dict: its slots list them when `globals()` is drawn).
 */
let frameRefsEntries: (DictEntry | PyObject)[] = [];
let frameRefsValues: PyObject[] = [];
/** The builtins module of the frame last indexed (its `__builtins__`). */
let frameBuiltins: PyObject | null = null;
let frameRefs = new Map<PyObject, OutsideRef[]>();

function moduleFrameRefs(ctx: OutsideContext): Map<PyObject, OutsideRef[]> {
  const module = ctx.frames[0];
  if (module === undefined || module.back !== null || module.func !== null) {
    frameBuiltins = null;
    frameRefsEntries = [];
    return new Map();
  }
  // the same entries with the same dunder values as last time (the common case): reuse
  const gmap = module.gmap;
  let same = frameRefsEntries.length === gmap.size + 1 && frameRefsEntries[0] === module.globals;
  if (same) {
    let i = 1;
    for (const e of gmap.values()) {
      const c = frameRefsEntries[i] as DictEntry;
      if (c !== e || (frameRefsValues[i++] !== e.v && typeof e.k.v === 'string' && MODULE_DUNDERS.has(e.k.v))) {
        same = false;
        break;
      }
    }
  }
  if (same) return frameRefs;
  frameRefsEntries = [module.globals, ...gmap.values()];
  frameRefsValues = frameRefsEntries.map((e) => (e instanceof PyObject ? e : e.v));
  frameBuiltins = builtinsOf(module);
  const m = new Map<PyObject, OutsideRef[]>();
  frameRefs = m;
  const via = module.globals.addr;
  for (const e of module.gmap.values()) {
    addRef(m, e.k, { why: `the key of the global name '${String(e.k.v)}' (the module's globals dict)`, n: 1, via });
    if (typeof e.k.v === 'string' && MODULE_DUNDERS.has(e.k.v)) addRef(m, e.v, { why: `the module's ${e.k.v} (set by the interpreter)`, n: 1, via });
  }
  return m;
}

let indexedNames: readonly { code: CodeInfo; key: PyObject }[] | null = null;
let namesIndex = new Map<PyObject, OutsideRef[]>();

/** The name strings compiled global stores keep, by target (built once per compilation). */
function nameIndex(names: readonly { code: CodeInfo; key: PyObject }[]): Map<PyObject, OutsideRef[]> {
  if (names === indexedNames) return namesIndex;
  indexedNames = names;
  namesIndex = new Map();
  for (const s of names) addRef(namesIndex, s.key, { why: `a store to the global name '${String(s.key.v)}' in the code of ${codeName(s.code)} (co_names)`, n: 1 });
  return namesIndex;
}

/** Module globals the interpreter sets (hidden from the drawing, but holders all the same). */
export const MODULE_DUNDERS = new Set([
  '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__',
  '__file__', '__cached__',
]);

/**
 * The holders outside the drawing the recorder can name, besides the start counts of the static
 * objects: code constants, the module's own dunders, sys.modules, the table of interned strings.
 */
export function heldOutside(o: PyObject, ctx: OutsideContext, inModules = true): OutsideRef[] {
  let out: OutsideRef[] = NONE;
  // interned strings: the simulator's table keeps one reference (CPython 3.11's does not, but
  // its identifier strings are mostly static objects with huge counts anyway)
  if (!isStaticAddr(o) && o.ob_type.tag === Tag.Str && isInterned(o)) {
    out = [];
    out.push({ why: 'the table of interned strings', n: 1 });
  }
  const consts = constIndex(ctx.codes).get(o);
  if (consts !== undefined) out = out === NONE ? consts.slice() : out.concat(consts);
  if (ctx.names !== undefined && o.ob_type.tag === Tag.Str) {
    const names = nameIndex(ctx.names).get(o);
    if (names !== undefined) out = out === NONE ? names.slice() : out.concat(names);
  }
  // (also finds the builtins module the index below needs)
  const own = (ctx.moduleRefs ??= moduleFrameRefs(ctx)).get(o);
  if (own !== undefined) out = out === NONE ? own.slice() : out.concat(own);
  if (o instanceof PyType && o.heap) {
    const own = heapTypeRefs(o);
    if (own.length) out = out === NONE ? own : out.concat(own);
  }
  if (o.ob_type.tag === Tag.Module) {
    for (const [name, m] of ctx.modules) if (m === o) (out === NONE ? (out = []) : out).push({ why: `sys.modules['${name}']`, n: 1 });
  }
  // the collector's own lists (gcstate->garbage, ->callbacks), which gc.garbage and gc.callbacks name
  if (o === gcState.garbage || o === gcState.callbacks) {
    (out === NONE ? (out = []) : out).push({ why: `the collector's own reference (gcstate->${o === gcState.garbage ? 'garbage' : 'callbacks'})`, n: 1 });
  }
  const attrs = inModules ? (ctx.attrs ??= moduleIndex(ctx.modules, frameBuiltins)).get(o) : undefined;
  if (attrs !== undefined) out = out === NONE ? attrs.slice() : out.concat(attrs);
  return out;
}

/** The builtins module the program runs with (its `__builtins__`). */
function builtinsOf(module: Frame | undefined): PyObject | null {
  if (module === undefined || module.back !== null) return null;
  for (const e of module.gmap.values()) if (e.k.v === '__builtins__') return e.v.ob_type.tag === Tag.Module ? e.v : null;
  return null;
}

/**
 * What a class's creation left pointing at it (the arithmetic of the class statement in
 * interpreter/compile.ts, measured on CPython 3.11): its own __mro__; the __dict__/__weakref__
 * descriptors a class gets when its base has no instance dict; each subclass's __mro__, __bases__
 * and (first base) tp_base.
 */
function heapTypeRefs(t: PyType): OutsideRef[] {
  const out: OutsideRef[] = [{ why: `its own __mro__ (${t.name} is the first class searched)`, n: 1 }];
  const base = t.base;
  if (base !== null && !base.heap) {
    out.push(base.tag === Tag.Exc
      ? { why: 'its __weakref__ descriptor (in its __dict__, pointing back at the class)', n: 1 }
      : { why: 'its __dict__ and __weakref__ descriptors (in its __dict__, pointing back at the class)', n: 2 });
  }
  for (const s of heapTypes) {
    if (s === t || s.ob_refcnt <= 0) continue;
    for (let i = 1; i < s.mro.length; i++) if (s.mro[i] === t) out.push({ why: `the __mro__ of its subclass ${s.name}`, n: 1 });
    const bs = s.classParts?.bases ?? [];
    bs.forEach((b, i) => {
      if (b === t) out.push(i === 0 ? { why: `__bases__ and __base__ of its subclass ${s.name}`, n: 2 } : { why: `__bases__ of its subclass ${s.name}`, n: 1 });
    });
  }
  return out;
}

let modSignature = -1;
let modObjects: (PyObject | null)[] = [];
let modIndex = new Map<PyObject, OutsideRef[]>();

/** Containers inside modules are looked into this deep (`sys.version_info[2]`). */
function moduleSignature(modules: ReadonlyMap<string, PyObject>, builtins: PyObject | null): number {
  let sig = modules.size + (builtins?.dict?.size ?? 0) * 1009;
  for (const m of modules.values()) {
    if (m.dict === null) continue;
    sig = sig * 31 + m.dict.size;
    for (const v of m.dict.values()) {
      const tag = v.ob_type.tag;
      if (tag === Tag.List || tag === Tag.Tuple) sig = (sig * 7 + (v.v as PyObject[]).length) | 0;
    }
  }
  return sig | 0;
}

/**
 * What the imported modules hold (their attributes, and the items of their lists and tuples:
 * `sys.version_info`, `gc.callbacks`, `gc.garbage`), by target. Modules are drawn opaque (their
 * contents are the interpreter's), so their attributes are named here; a list or tuple of theirs
 * that the program also draws lists its own items (`via`).
 */
function moduleIndex(modules: ReadonlyMap<string, PyObject>, builtins: PyObject | null): Map<PyObject, OutsideRef[]> {
  const sig = moduleSignature(modules, builtins);
  // the same modules (a new run makes new ones, perhaps at the same addresses) and sizes
  let same = sig === modSignature && modObjects.length === modules.size + 1 && modObjects[0] === builtins;
  if (same) {
    let i = 1;
    for (const m of modules.values()) if (modObjects[i++] !== m) same = false;
  }
  if (same) return modIndex;
  modSignature = sig;
  modObjects = [builtins, ...modules.values()];
  modIndex = new Map();
  const add = (o: PyObject, r: OutsideRef) => {
    const l = modIndex.get(o);
    if (l === undefined) modIndex.set(o, [r]);
    else l.push(r);
  };
  const all: [string, PyObject][] = builtins !== null ? [['builtins', builtins], ...modules] : [...modules];
  for (const [name, m] of all) {
    if (m.dict === null) continue;
    for (const [k, v] of m.dict) {
      add(v, { why: `${name}.${k} (an attribute of the module ${name})`, n: 1 });
      const tag = v.ob_type.tag;
      if (tag === Tag.List || tag === Tag.Tuple) {
        const items = v.v as PyObject[];
        for (let i = 0; i < items.length; i++) add(items[i], { why: `${name}.${k}[${i}]`, n: 1, via: v.addr });
      }
    }
  }
  return modIndex;
}

let indexedCodes: CodeInfo[] | null = null;
let indexedCount = 0;
let index = new Map<PyObject, OutsideRef[]>();

function codeName(c: CodeInfo): string {
  return c.name === '<module>' ? 'the module' : c.qualname + '()';
}

/**
 * The references code objects hold, by target: their constants (co_consts), and what constant
 * tuples and frozensets hold (`via` the container: its slots list them when it is drawn). Code
 * objects keep their constants for the whole run, so this is built once per list of codes.
 */
function constIndex(codes: CodeInfo[]): Map<PyObject, OutsideRef[]> {
  if (codes === indexedCodes && codes.length === indexedCount) return index;
  indexedCodes = codes;
  indexedCount = codes.length;
  index = new Map();
  const add = (o: PyObject, r: OutsideRef) => {
    const l = index.get(o);
    if (l === undefined) index.set(o, [r]);
    else l.push(r);
  };
  const seen = new Set<PyObject>();
  const inside = (k: PyObject, where: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    forEachRef(k, (label, _kind, t) => {
      add(t, { why: `${label} of the constant ${k.ob_type.name} ${shortRepr(k)} of the code of ${where}`, n: 1, via: k.addr });
      if (t.ob_type.tag === Tag.Tuple || t.ob_type.name === 'frozenset') inside(t, where);
    });
  };
  for (const c of codes) {
    for (const k of c.consts) {
      add(k, { why: `constant of the code of ${codeName(c)} (co_consts)`, n: 1 });
      if (k.ob_type.tag === Tag.Tuple || k.ob_type.name === 'frozenset') inside(k, codeName(c));
    }
  }
  // CPython frees the parsed program's syntax tree (whose literal objects the compiler merged
  // into co_consts) only after the run: the simulator's constant pool keeps that reference
  const pooled = new Set<PyObject>();
  for (const c of codes) for (const k of c.consts) pooled.add(k);
  for (const k of pooled) {
    if (!isStaticAddr(k)) add(k, { why: 'the parsed program: CPython keeps the literal of the syntax tree alive during the run', n: 1 });
  }
  return index;
}

function outsideRefs(o: PyObject, ctx: OutsideContext): OutsideRef[] {
  const start = ctx.start?.get(o);
  if (start === undefined) {
    // a built-in function of an imported module: its module's attribute is part of the
    // 1,000,000 (the module does not add a reference of its own)
    if (ctx.start !== null && o.ob_type.tag === Tag.Builtin && o.ob_refcnt >= BUILTIN_BASE) {
      if (moduleIndex(ctx.modules, null).has(o)) return [BUILTIN_PART].concat(heldOutside(o, ctx, false));
      // a method of a class, made with its class: the class's dict entry is one of the 1,000,000
      const home = homeIndex(ctx.modules).get(o);
      if (home !== undefined) {
        const [t, name] = home;
        const parts: OutsideRef[] = [
          { why: BUILTIN_PART.why + ' (one of them stands for the entry of the class dict it was made for)', n: BUILTIN_BASE - 1 },
          t.heap ? { why: `.${name} in the dict of class ${t.name}`, n: 1, via: t.addr } : { why: `.${name} in the dict of the built-in type ${t.name}`, n: 1 },
        ];
        return parts.concat(heldOutside(o, ctx, false));
      }
    }
    return heldOutside(o, ctx);
  }
  // the measured start-up objects: what the simulator's own modules hold of them is part of the
  // measurement (objects/startup.ts restores their counts after building a module)
  const held = heldOutside(o, ctx, start.measured === null);
  const parts = startParts(o, start, ctx.modules.keys());
  return held.length ? parts.concat(held) : parts;
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

/**
 * The references a view lists: forEachRef's (list/tuple items apart), and for an exception the
 * locals of the frames its traceback keeps alive (the collector does not traverse them, so they
 * are not forEachRef's, but the exception releases them when it is freed: objects/instance.ts).
 */
function viewRefs(o: PyObject, visit: RefVisitor): void {
  forEachRef(o, visit, true);
  if (o.ob_type.tag !== Tag.Exc) return;
  const st = o.v as ExcState | null;
  if (st === null || typeof st !== 'object' || !Array.isArray(st.frames)) return;
  for (const fr of st.frames as unknown as Frame[]) {
    const code = fr.code;
    const where = code !== undefined ? `${code.qualname}()` : 'a frame';
    for (let i = 0; i < fr.fast.length; i++) {
      const v = fr.fast[i];
      if (v !== null) visit(`traceback: ${where} local '${code?.varnames[i] ?? i}'`, 'internal', v);
    }
    const cellNames = code !== undefined ? code.cellnames.concat(code.freenames) : [];
    fr.cells.forEach((c, i) => visit(`traceback: ${where} cell '${cellNames[i] ?? i}'`, 'cell', c));
    if (fr.retval !== null) visit(`traceback: ${where} return value`, 'internal', fr.retval);
  }
}

let homeTypes: PyType[] = [];
let homes = new Map<PyObject, [PyType, string]>();

/**
 * The class each built-in method was made for (`method()` in modules/builtins.ts puts it in the
 * type's dict with its fixed count, without a reference of the dict's own).
 */
function homeIndex(modules: ReadonlyMap<string, PyObject>): Map<PyObject, [PyType, string]> {
  // the built-in types, the program's classes, and the classes of the modules it imported
  const types: PyType[] = [...allTypes, ...heapTypes];
  for (const m of modules.values()) if (m.dict !== null) for (const v of m.dict.values()) if (v instanceof PyType) types.push(v);
  // the same classes as last time (each run makes its own module classes)
  if (types.length === homeTypes.length && types.every((t, i) => t === homeTypes[i])) return homes;
  homeTypes = types;
  homes = new Map();
  for (const t of types) {
    for (const [name, v] of t.tp_dict) {
      if (v.ob_type.tag === Tag.Builtin && v.ob_refcnt >= BUILTIN_BASE && !homes.has(v)) homes.set(v, [t, name]);
    }
  }
  return homes;
}

/** Tracked objects beyond which a class's instances are not counted (a walk of all of them). */
const INSTANCE_SCAN_LIMIT = 5000;

/** The live instances of a heap type (tracked by the collector, as they all are), or null. */
function liveInstances(t: PyType): number | null {
  let total = permanent.size;
  for (const g of generations) total += g.size;
  if (total > INSTANCE_SCAN_LIMIT) return null;
  let n = 0;
  for (const g of generations) for (const o of g) if (o.ob_type === t) n++;
  for (const o of permanent) if (o.ob_type === t) n++;
  return n;
}

/** Different targets past REF_CAP kept grouped in a view (`[x] * 1000` has one). */
const MORE_CAP = 8;

/**
 * The references past REF_CAP grouped by target, or null when they go to more than MORE_CAP
 * objects (then only their number is kept). Stops early in that case: a long list of different
 * objects costs a few steps, not its length.
 */
function moreRefs(o: PyObject): [number, number][] | null {
  const out: [number, number][] = [];
  if (isSequence(o)) {
    const seq = o.v as PyObject[];
    for (let i = REF_CAP; i < seq.length; i++) if (!countMore(out, seq[i])) return null;
    if (o.dict === null && !o.ob_type.heap) return out;
  }
  let n = 0;
  let ok = true;
  viewRefs(o, (_l, _k, t) => {
    if (ok && n++ >= REF_CAP) ok = countMore(out, t);
  });
  return ok ? out : null;
}

function countMore(out: [number, number][], t: PyObject): boolean {
  const a = t.addr;
  for (const g of out) {
    if (g[0] === a) {
      g[1]++;
      return true;
    }
  }
  if (out.length === MORE_CAP) return false;
  out.push([a, 1]);
  return true;
}

function sameMore(a: [number, number][] | null, b: [number, number][] | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}

/**
 * The view of `o` now. References past REF_CAP are counted, and grouped when they can be.
 * `prev`, the object's view at an earlier step: its item list is shared when the listed items are
 * the same (a growing list past REF_CAP changes its length, not the items a view lists).
 */
export function makeView(o: PyObject, opaque: boolean, ctx: OutsideContext, prev: ObjView | null = null): ObjView {
  const refs: RefView[] = [];
  let items: number[] | null = null;
  let nrefs = 0;
  let listed = 0;
  if (!opaque) {
    if (isSequence(o)) {
      const seq = o.v as PyObject[];
      const n = Math.min(seq.length, REF_CAP);
      const old = prev !== null ? prev.items : null;
      if (old !== null && old.length === n && sameItems(old, seq, n)) items = old;
      else {
        items = new Array<number>(n);
        for (let i = 0; i < n; i++) items[i] = seq[i].addr;
      }
      nrefs = seq.length;
      listed = n;
    }
    viewRefs(o, (label, kind, target) => {
      if (refs.length < REF_CAP) refs.push({ label, kind, to: target.addr });
      nrefs++;
    });
    listed += refs.length;
  }
  const g = o.gc;
  const tracked = g !== null && g.tracked;
  const view: ObjView = {
    addr: o.addr,
    type: o.ob_type.name,
    // an immutable atom's value text does not change with its count
    repr: prev !== null && isAtom(o) ? prev.repr : shortRepr(o),
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
  if (nrefs > listed) view.more = moreRefs(o);
  if (o instanceof PyType && o.heap) {
    const n = liveInstances(o);
    if (n !== null) view.instances = n;
  }
  return view;
}

/** int, float, str, bool, None of a built-in type without a __dict__: the value never changes. */
function isAtom(o: PyObject): boolean {
  const tag = o.ob_type.tag;
  return (tag === T_INT || tag === T_STR || tag === T_FLOAT || tag === T_NONET || tag === T_BOOL) && o.dict === null && !o.ob_type.heap;
}

function sameItems(items: readonly number[], seq: readonly PyObject[], n: number): boolean {
  for (let i = 0; i < n; i++) if (items[i] !== seq[i].addr) return false;
  return true;
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
    if (o.dict === null && !o.ob_type.heap) return n === v.nrefs && (v.more == null || sameMore(v.more, moreRefs(o)));
  }
  let i = 0;
  let same = true;
  const refs = v.refs;
  viewRefs(o, (label, _kind, target) => {
    n++;
    if (!same || i >= REF_CAP) return;
    const r = refs[i++];
    if (r === undefined || r.to !== target.addr || r.label !== label) same = false;
  });
  // (too many different targets past the cap to keep: not rechecked)
  return same && n === v.nrefs && i === refs.length && (v.more == null || sameMore(v.more, moreRefs(o)));
}

/**
 * The objects `o` refers to that a drawing walks into (the listed ones), written into `out` from
 * index `n`; returns the new length.
 */
export function listedChildren(o: PyObject, out: PyObject[], n: number): number {
  const tag = o.ob_type.tag;
  if ((tag === T_INT || tag === T_STR || tag === T_FLOAT || tag === T_NONET || tag === T_BOOL) && o.dict === null && !o.ob_type.heap) return n;
  if (isSequence(o)) {
    const seq = o.v as PyObject[];
    const k = Math.min(seq.length, REF_CAP);
    for (let i = 0; i < k; i++) out[n++] = seq[i];
  }
  let listed = 0;
  viewRefs(o, (_l, _k, t) => {
    if (listed++ < REF_CAP) out[n++] = t;
  });
  return n;
}
