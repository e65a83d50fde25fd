/**
 * Rebuilding any step of a recorded trace, and explaining an object's count at that step. Pure
 * functions over trace data: the visualizer (browser) and the tests (Node) share them.
 */
import type { HeapState, ObjView, RefKind, RefView, Trace, TraceStep } from './trace-types.ts';

const INDEX: string[] = [];
/** The references a view lists (items first, then the others), in slot order. */
export function listedRefs(v: ObjView): RefView[] {
  if (v.items === null || v.items.length === 0) return v.refs;
  const out: RefView[] = v.items.map((to, i) => ({ label: (INDEX[i] ??= `[${i}]`), kind: 'index' as RefKind, to }));
  return v.refs.length ? out.concat(v.refs) : out;
}

/** Visit the listed references without building them. */
export function eachListedRef(v: ObjView, fn: (label: string, kind: RefKind, to: number) => void): void {
  if (v.items !== null) for (let i = 0; i < v.items.length; i++) fn((INDEX[i] ??= `[${i}]`), 'index', v.items[i]);
  for (const r of v.refs) fn(r.label, r.kind, r.to);
}

/** How many references a view lists (the rest are only counted in `nrefs`). */
export function listedCount(v: ObjView): number {
  return (v.items?.length ?? 0) + v.refs.length;
}

function apply(objects: Map<number, ObjView>, step: TraceStep): void {
  for (const a of step.freed) objects.delete(a);
  for (const a of step.hidden) objects.delete(a);
  for (const v of step.changed) objects.set(v.addr, v);
}

/** The full state at step `i` (0-based), from the nearest keyframe at or before it. */
export function stateAt(trace: Trace, i: number): HeapState {
  const steps = trace.steps;
  if (steps.length === 0) return { frames: [], objects: new Map(), unreachable: [], temps: [] };
  const idx = Math.max(0, Math.min(i, steps.length - 1));
  let k = Math.min(Math.floor(idx / trace.keyframeEvery), trace.keyframes.length - 1);
  const objects = new Map<number, ObjView>();
  let from = 0;
  if (k >= 0) {
    for (const v of trace.keyframes[k]) objects.set(v.addr, v);
    from = k * trace.keyframeEvery + 1;
  } else k = 0;
  for (let s = from; s <= idx; s++) apply(objects, steps[s]);
  const step = steps[idx];
  return { frames: step.frames, objects, unreachable: step.unreachable, temps: step.temps ?? [] };
}

/** The output (both streams interleaved) written before step `i`. */
export function outputAt(trace: Trace, i: number): { stream: 'out' | 'err'; text: string }[] {
  const step = trace.steps[Math.max(0, Math.min(i, trace.steps.length - 1))];
  const len = step ? step.outLen : 0;
  const out: { stream: 'out' | 'err'; text: string }[] = [];
  for (const c of trace.output) {
    if (c.at >= len) break;
    out.push({ stream: c.stream, text: c.text.slice(0, len - c.at) });
  }
  return out;
}

export interface RefcountPart {
  /** Who holds the reference, in words (`name 'a' in the module`, `[0] of list 0x…`). */
  holder: string;
  /** The referring object's address, or the frame id for names, when it is drawn. */
  from: { kind: 'object'; addr: number } | { kind: 'frame'; id: number } | null;
  n: number;
}

export interface RefcountExplanation {
  addr: number;
  refcnt: number;
  parts: RefcountPart[];
  /** References the recorder could not attribute (interpreter temporaries, hidden holders). */
  other: number;
  /** True when `parts` add up to `refcnt` with nothing left over. */
  complete: boolean;
  /** Drawn objects holding more references than their views list (candidates for `other`). */
  unlisted: { addr: number; n: number }[];
}

export function hexAddr(addr: number): string {
  return '0x' + addr.toString(16);
}

function describeObj(v: ObjView | undefined, addr: number): string {
  if (v === undefined) return `object at ${hexAddr(addr)}`;
  if (v.type === 'type') return v.repr;
  if (v.type === 'function') return `function ${v.repr}`;
  return `${v.type} at ${hexAddr(addr)}`;
}

/** Every reference that makes up the object's ob_refcnt at this state; they sum to refcnt. */
export function explainRefcount(state: HeapState, addr: number): RefcountExplanation | null {
  const target = state.objects.get(addr);
  if (target === undefined) return null;
  const parts: RefcountPart[] = [];
  for (const f of state.frames) {
    const where = f.name === '<module>' ? 'the module (global)' : `${f.name}() (local)`;
    for (const v of f.vars) {
      if (v.to !== addr) continue;
      const what = v.scope === 'cell' ? `cell variable '${v.name}' of ${f.name}()` : `name '${v.name}' in ${where}`;
      parts.push({ holder: what, from: { kind: 'frame', id: f.id }, n: 1 });
    }
  }
  for (const o of state.objects.values()) {
    eachListedRef(o, (label, kind, to) => {
      if (to !== addr) return;
      const holder = kind === 'type'
        ? `an instance (${describeObj(o, o.addr)}) refers to its class`
        : kind === 'key'
          ? `a key of ${describeObj(o, o.addr)}`
          : `${label} of ${describeObj(o, o.addr)}`;
      parts.push({ holder, from: { kind: 'object', addr: o.addr }, n: 1 });
    });
  }
  for (const x of target.outside) parts.push({ holder: x.why, from: null, n: x.n });
  for (const t of state.temps) if (t.addr === addr) parts.push({ holder: t.why, from: null, n: 1 });
  const sum = parts.reduce((s, p) => s + p.n, 0);
  const other = target.refcnt - sum;
  const unlisted: { addr: number; n: number }[] = [];
  if (other > 0) {
    for (const o of state.objects.values()) {
      const n = o.nrefs - listedCount(o);
      if (n > 0 && !o.opaque) unlisted.push({ addr: o.addr, n });
    }
  }
  return { addr, refcnt: target.refcnt, parts, other, complete: other === 0, unlisted };
}

/** Words for the "N other references" line, depending on what kind of object it is. */
export function otherReferencesText(ex: RefcountExplanation, v: ObjView, objects?: Map<number, ObjView>): string {
  if (ex.other === 0) return '';
  if (ex.other < 0) return `${-ex.other} reference(s) listed above are not counted by the simulator (please report this)`;
  const n = ex.other.toLocaleString('en-US');
  if (ex.unlisted.length > 0) {
    const where = ex.unlisted.slice(0, 3).map((u) => `${describeObj(objects?.get(u.addr), u.addr)} (${u.n} more slots)`).join(', ');
    return `${n} other reference${ex.other === 1 ? '' : 's'}, some perhaps in slots not listed here: ${where}; or interpreter temporaries`;
  }
  if (v.cached) return `${n} other references held by the interpreter (start-up modules, other code objects)`;
  if (v.type === 'type') return `${n} other reference${ex.other === 1 ? '' : 's'} held by the class's own machinery (its __mro__, the descriptors of its __dict__ and __weakref__) or holders not drawn`;
  return `${n} other reference${ex.other === 1 ? '' : 's'} (interpreter temporaries such as a calling frame's evaluation stack, or holders not drawn)`;
}
