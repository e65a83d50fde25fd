/**
 * The references an object owns, labelled the way a learner names them (`[0]`, `['k']`, `.attr`,
 * `__closure__[0]`). A read-only twin of the tp_dealloc order in objects/instance.ts (`contents`):
 * every edge reported here is one unit of its target's ob_refcnt, so the visualizer can both draw
 * arrows and explain counts, and the snapshot can find unreachable cycles the way the collector
 * does (an edge reported here that the simulator does not count would make a live object look
 * like garbage: only list what `contents` releases).
 */
import { PyObject, PyType, Tag } from './objects/pyobject.ts';
import type { DictEntry, ExcState } from './objects/core.ts';
import type { BuiltinInfo, FuncInfo, MethodInfo } from './objects/abstract.ts';
import type { IterState } from './objects/iter.ts';

/** What kind of slot holds the reference (the explanation and the drawing use it). */
export type RefKind =
  | 'index' // list/tuple item
  | 'key' // a dict's key object
  | 'value' // a dict's value
  | 'member' // set element
  | 'attr' // instance attribute, class namespace entry
  | 'cell' // a function's closure cell, a cell's contents
  | 'type' // an instance's reference to its (heap) class
  | 'internal'; // defaults, bound-method self/func, iterator state, exception links...

export type RefVisitor = (label: string, kind: RefKind, target: PyObject) => void;

/** Short text for a dict key inside a label: `['name']`, `[3]`. */
function keyLabel(k: PyObject): string {
  switch (k.ob_type.tag) {
    case Tag.Str: {
      const s = k.v as string;
      return `['${s.length > 16 ? s.slice(0, 15) + '…' : s}']`;
    }
    case Tag.Int:
    case Tag.Bool:
      return `[${k.ob_type.tag === Tag.Bool ? (k.v ? 'True' : 'False') : String(k.v)}]`;
    default:
      return `[<${k.ob_type.name}>]`;
  }
}

const INDEX_LABELS: string[] = [];
/** `[i]`, shared (a trace holds many). */
export function indexLabel(i: number): string {
  return INDEX_LABELS[i] ??= `[${i}]`;
}

/**
 * Visit every reference `o` owns (tp_traverse plus the non-container slots tp_dealloc drops).
 * `skipItems`: leave out list/tuple items (callers that read `o.v` directly for speed).
 */
export function forEachRef(o: PyObject, visit: RefVisitor, skipItems = false): void {
  const t = o.ob_type;
  switch (t.tag) {
    case Tag.List:
    case Tag.Tuple: {
      if (skipItems) break;
      const items = o.v as PyObject[];
      for (let i = 0; i < items.length; i++) visit(indexLabel(i), 'index', items[i]);
      break;
    }
    case Tag.Dict:
      if (o.v instanceof Map) {
        for (const e of (o.v as Map<unknown, DictEntry>).values()) {
          const kl = keyLabel(e.k);
          visit(`key ${kl.slice(1, -1)}`, 'key', e.k);
          visit(kl, 'value', e.v);
        }
      }
      break;
    case Tag.Set:
      if (o.v instanceof Map) for (const v of (o.v as Map<unknown, PyObject>).values()) visit('∈', 'member', v);
      break;
    case Tag.Func: {
      const f = o.v as FuncInfo;
      if (f.defaults) f.defaults.forEach((d, i) => visit(`__defaults__[${i}]`, 'internal', d));
      if (f.kwdefaults) for (const [k, v] of f.kwdefaults) visit(`__kwdefaults__['${k}']`, 'internal', v);
      if (f.doc) visit('__doc__', 'internal', f.doc);
      if (f.closure) f.closure.forEach((c, i) => visit(`__closure__[${i}]`, 'cell', c));
      break;
    }
    case Tag.Method: {
      const m = o.v as MethodInfo;
      visit('__self__', 'internal', m.self);
      visit('__func__', 'internal', m.func);
      break;
    }
    case Tag.Builtin: {
      const b = o.v as BuiltinInfo | null;
      if (b && b.self !== null) visit('__self__', 'internal', b.self);
      break;
    }
    case Tag.Cell:
      if (o.v !== null) visit('cell_contents', 'cell', o.v as PyObject);
      break;
    case Tag.Iter:
    case Tag.Generator: {
      const s = o.v as IterState | null;
      if (s && Array.isArray(s.refs)) s.refs.forEach((r, i) => visit(i === 0 ? 'iterating' : `state[${i}]`, 'internal', r));
      break;
    }
    case Tag.Exc: {
      const s = o.v as ExcState | null;
      if (s) {
        visit('args', 'internal', s.args);
        if (s.cause) visit('__cause__', 'internal', s.cause);
        if (s.context) visit('__context__', 'internal', s.context);
      }
      break;
    }
    case Tag.Property: {
      const p = o.v as { fget: PyObject | null; fset: PyObject | null };
      if (p.fget) visit('fget', 'internal', p.fget);
      if (p.fset) visit('fset', 'internal', p.fset);
      break;
    }
    case Tag.StaticMethod:
    case Tag.ClassMethod:
      if (o.v instanceof PyObject) visit('__func__', 'internal', o.v);
      break;
    case Tag.Type:
      if (o instanceof PyType && o.heap) for (const [k, v] of o.tp_dict) visit(`.${k}`, 'attr', v);
      break;
  }
  if (o.dict !== null) for (const [k, v] of o.dict) visit(`.${k}`, 'attr', v);
  if (t.heap) visit('__class__', 'type', t);
}

/** Opaque objects: drawn, but what they hold is interpreter machinery, not the learner's data. */
const T_MODULE = Tag.Module;
const T_BUILTIN = Tag.Builtin;
const T_CODE = Tag.Code;
const T_TYPE = Tag.Type;

export function isOpaque(o: PyObject): boolean {
  const tag = o.ob_type.tag;
  return tag === T_MODULE || tag === T_BUILTIN || tag === T_CODE || (tag === T_TYPE && o instanceof PyType && !o.heap);
}
