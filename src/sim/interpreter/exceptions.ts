/** Traceback entries and exception chaining (__context__), as CPython's ceval does them. */
import type { PyObject } from '../objects/pyobject.ts';
import type { ExcState, TbEntry } from '../objects/core.ts';
import { incref, decref, gcLinkedUnseen } from '../heap.ts';
import type { Frame } from './frame.ts';

/** PyTraceBack_Here: record where the exception passed through `f` (once per frame). */
export function addTraceback(e: PyObject, f: Frame): void {
  const st = e.v as ExcState;
  if (st === null || typeof st !== 'object' || !('tb' in st)) return;
  if (st.lastFrame === f) return;
  st.lastFrame = f;
  // the first time, the frame's PyFrameObject (ceval makes it for PyTraceBack_Here), then a
  // traceback object (gc-tracked, freed with the exception); neither is an object of the
  // simulator's, only counted, and either allocation may start an automatic collection, as in
  // CPython (a collection there decides which generation the program's objects end up in)
  if (!f.frameObject) {
    f.frameObject = true;
    gcLinkedUnseen('other');
  }
  gcLinkedUnseen('other');
  const p = f.pos;
  const entry: TbEntry = {
    filename: f.code.filename,
    name: f.code.name,
    lineno: p ? p.lineno : 0,
    pos: p ? { lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset, kind: p._type, anchors: anchorsOf(p), node: p } : null,
    source: f.code.source,
  };
  st.tb.push(entry);
}

/**
 * The 3.11 traceback's secondary ranges (`~~~^^^`): only BinOp (the operator) and Subscript
 * (the brackets) get them; offsets are byte columns relative to the node's start.
 */
function anchorsOf(p: unknown): [number, number] | null {
  const n = p as { _type: string; col_offset: number; lineno: number; end_lineno: number; left?: { end_col_offset: number; end_lineno: number }; right?: { col_offset: number }; value?: { end_col_offset: number; end_lineno: number }; slice?: { end_col_offset: number } };
  if (n.lineno !== n.end_lineno) return null;
  if (n._type === 'BinOp' && n.left && n.right) return [n.left.end_col_offset - n.col_offset, n.right.col_offset - n.col_offset];
  if (n._type === 'Subscript' && n.value && n.slice) return [n.value.end_col_offset - n.col_offset, n.slice.end_col_offset + 1 - n.col_offset];
  return null;
}

/** Set `e.__context__ = ctx` unless that would make a cycle (CPython's _PyErr_SetObject). */
export function setContext(e: PyObject, ctx: PyObject): void {
  const st = e.v as ExcState;
  if (st === null || typeof st !== 'object' || !('tb' in st)) return;
  if (st.context !== null) return;
  // break cycles: walk ctx's context chain; if it reaches e, cut it
  let o: PyObject | null = ctx;
  while (o !== null) {
    const os = o.v as ExcState;
    if (os.context === e) {
      os.context = null;
      decref(e);
      break;
    }
    o = os.context;
  }
  st.context = incref(ctx);
}
