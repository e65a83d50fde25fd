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
  const state: HeapState = { frames: step.frames, objects, unreachable: step.unreachable, temps: step.temps ?? [] };
  if (step.arg !== undefined) state.arg = step.arg;
  return state;
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
    // the globals dict is drawn: its entries (listed below) are these names
    const viaDict = f.globals !== undefined && state.objects.has(f.globals);
    for (const v of f.vars) {
      if (viaDict && v.scope === 'global') continue;
      if (v.to !== addr) continue;
      const what = v.scope === 'cell' ? `cell variable '${v.name}' of ${f.name}()` : `name '${v.name}' in ${where}`;
      parts.push({ holder: what, from: { kind: 'frame', id: f.id }, n: 1 });
    }
  }
  // instances referring to their class: one part (a class may have thousands)
  let instances = 0;
  let firstInstance = 0;
  for (const o of state.objects.values()) {
    // many slots of one object (`[x] * 1000`): one part, `[0], [1], … [63] of list …`
    let slots = 0;
    let first = '';
    let last = '';
    eachListedRef(o, (label, kind, to) => {
      if (to !== addr) return;
      if (kind === 'index') {
        if (slots++ === 0) first = label;
        last = label;
        return;
      }
      if (kind === 'type') {
        if (instances++ === 0) firstInstance = o.addr;
        return;
      }
      const holder = kind === 'key'
          ? `a key of ${describeObj(o, o.addr)}`
          : `${label} of ${describeObj(o, o.addr)}`;
      parts.push({ holder, from: { kind: 'object', addr: o.addr }, n: 1 });
    });
    if (slots > 0) {
      const which = slots === 1 ? first : slots === 2 ? `${first} and ${last}` : `${slots} slots from ${first} to ${last}`;
      parts.push({ holder: `${which} of ${describeObj(o, o.addr)}`, from: { kind: 'object', addr: o.addr }, n: slots });
    }
    if (o.more) {
      for (const [to, n] of o.more) {
        if (to === addr) parts.push({ holder: `${n.toLocaleString('en-US')} more slot${n === 1 ? '' : 's'} of ${describeObj(o, o.addr)}, past the ${listedCount(o)} drawn`, from: { kind: 'object', addr: o.addr }, n });
      }
    }
  }
  if (instances > 0) {
    const one = describeObj(state.objects.get(firstInstance), firstInstance);
    parts.push({
      holder: instances === 1 ? `an instance (${one}) refers to its class` : `${instances.toLocaleString('en-US')} instances (${one} and the others drawn) refer to their class`,
      from: instances === 1 ? { kind: 'object', addr: firstInstance } : null,
      n: instances,
    });
  }
  if (target.instances !== undefined && target.instances > instances) {
    const n = target.instances - instances;
    parts.push({ holder: `${n.toLocaleString('en-US')} more instance${n === 1 ? '' : 's'}, not drawn, refer${n === 1 ? 's' : ''} to ${n === 1 ? 'its' : 'their'} class`, from: null, n });
  }
  for (const x of target.outside) {
    // held by an object that is drawn: its slots list the reference already
    if (x.via !== undefined && state.objects.has(x.via)) continue;
    parts.push({ holder: x.why, from: null, n: x.n });
  }
  for (const t of state.temps) if (t.addr === addr) parts.push({ holder: t.why, from: null, n: 1 });
  const sum = parts.reduce((s, p) => s + p.n, 0);
  const other = target.refcnt - sum;
  const unlisted: { addr: number; n: number }[] = [];
  if (other > 0) {
    for (const o of state.objects.values()) {
      const n = o.nrefs - listedCount(o);
      // grouped references past the cap are listed above
      if (n > 0 && !o.opaque && !o.more) unlisted.push({ addr: o.addr, n });
    }
  }
  return { addr, refcnt: target.refcnt, parts, other, complete: other === 0, unlisted };
}

/**
 * For every object of the state, how many references of its ob_refcnt `explainRefcount` leaves
 * unnamed (its `other`), in one pass over the state (the tests check whole traces with it).
 */
export function unexplainedCounts(state: HeapState): Map<number, number> {
  const named = new Map<number, number>();
  const add = (a: number, n: number) => named.set(a, (named.get(a) ?? 0) + n);
  for (const f of state.frames) {
    const viaDict = f.globals !== undefined && state.objects.has(f.globals);
    for (const v of f.vars) if (!(viaDict && v.scope === 'global')) add(v.to, 1);
  }
  for (const o of state.objects.values()) {
    eachListedRef(o, (_l, _k, to) => add(to, 1));
    if (o.more) for (const [to, n] of o.more) add(to, n);
    for (const x of o.outside) if (x.via === undefined || !state.objects.has(x.via)) add(o.addr, x.n);
  }
  for (const t of state.temps) add(t.addr, 1);
  // instances not drawn (those drawn were counted through their `__class__` reference)
  for (const o of state.objects.values()) {
    if (o.instances === undefined) continue;
    let drawn = 0;
    for (const p of state.objects.values()) for (const r of p.refs) if (r.kind === 'type' && r.to === o.addr) drawn++;
    if (o.instances > drawn) add(o.addr, o.instances - drawn);
  }
  const out = new Map<number, number>();
  for (const o of state.objects.values()) out.set(o.addr, o.refcnt - (named.get(o.addr) ?? 0));
  return out;
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
