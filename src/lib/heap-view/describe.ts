/**
 * The words for a step: what a screen reader announces and what the visible description says.
 * Same facts as the drawing (names, objects, references, refcounts, the unreachable cycle), so a
 * learner who cannot see the SVG learns the same thing.
 */
import type { GcPhase, HeapState, ObjView, TraceStep } from '../../sim/trace-types.ts';
import { eachListedRef, explainRefcount, otherReferencesText } from '../../sim/trace-replay.ts';
import { hexAddr } from '../../sim/trace-replay.ts';

/** What each collector phase does, in the words of Modules/gcmodule.c's comments. */
export const PHASE_TEXT: Record<GcPhase, string> = {
  start: 'gc.collect() starts: it examines only the tracked containers of the generations being collected.',
  update_refs: 'update_refs: every object gets gc_refs, a copy of its reference count.',
  subtract_refs: 'subtract_refs: each reference from one of these objects to another subtracts 1. What is left counts references from outside: names, frames, other generations.',
  move_unreachable: 'move_unreachable: objects with gc_refs above 0 are reachable, and so is everything they refer to. The rest move to the unreachable list.',
  move_legacy_finalizers: 'move_legacy_finalizers: objects with legacy finalizers would be set aside (none in Python 3.4 and later for __del__).',
  handle_weakrefs: 'handle_weakrefs: weak references to unreachable objects are cleared; their callbacks run.',
  finalize_garbage: 'finalize_garbage: __del__ methods of unreachable objects run, once each (PEP 442).',
  handle_resurrected_objects: 'handle_resurrected_objects: anything a finalizer made reachable again survives.',
  delete_garbage: 'delete_garbage: the references inside the unreachable objects are cleared, their counts drop to 0 and they are freed.',
  done: 'The collection is over: survivors move to the next generation.',
};

export function objectName(v: ObjView | undefined, addr: number): string {
  if (v === undefined) return `object at ${hexAddr(addr)}`;
  if (v.type === 'type') return v.repr;
  if (v.type === 'function') return `function ${v.repr}`;
  if (v.cached || v.type === 'int' || v.type === 'float' || v.type === 'str' || v.type === 'bool' || v.type === 'NoneType') {
    return v.repr !== '' ? `${v.type} ${v.repr}` : v.type;
  }
  return `${v.type} object at ${hexAddr(addr)}`;
}

export interface DescribeOptions {
  hideCached: boolean;
  /** Source lines, to quote the line about to run. */
  lines: string[];
  index: number;
  total: number;
  /** The selected object: its count is explained in words too. */
  selected?: number | null;
}

/** Temporaries described per step at most (a deep recursion holds many). */
const MAX_TEMPS = 8;

/**
 * Every reference that makes up an object's ob_refcnt, in one sentence, and whether they add up
 * (they do unless the recorder could not name a holder: then it says how many are left).
 */
export function explainInWords(state: HeapState, addr: number): string | null {
  const v = state.objects.get(addr);
  const ex = explainRefcount(state, addr);
  if (v === undefined || ex === null) return null;
  const n = (k: number) => k.toLocaleString('en-US');
  const parts = ex.parts.map((p) => `${n(p.n)} from ${p.holder}`);
  const other = otherReferencesText(ex, v, state.objects);
  if (other) parts.push(other);
  const end = ex.complete ? `These add up to ${n(v.refcnt)}.` : `The references named add up to ${n(v.refcnt - ex.other)} of ${n(v.refcnt)}.`;
  return `Why ${objectName(v, addr)} has reference count ${n(v.refcnt)}: ${parts.join('; ')}. ${end}`;
}

const MAX_OBJECTS = 25;

export function stepHeadline(step: TraceStep, opts: DescribeOptions): string {
  const n = `Step ${opts.index + 1} of ${opts.total}.`;
  if (step.kind === 'end') return `${n} The program has finished.`;
  const code = step.line !== null ? (opts.lines[step.line - 1] ?? '').trim() : '';
  if (step.kind === 'gc' && step.gc) return `${n} Inside gc.collect() on line ${step.line}: phase ${step.gc.phase}.`;
  if (step.kind === 'call') return `${n} Inside ${step.call}() on line ${step.line}: its argument is one more reference to the object it measures.`;
  return `${n} Next line to run: line ${step.line}${code ? `, ${code}` : ''}.`;
}

export function describeStep(step: TraceStep, state: HeapState, opts: DescribeOptions): string {
  const parts: string[] = [stepHeadline(step, opts)];
  const shown = (v: ObjView | undefined) => v !== undefined && !(opts.hideCached && v.cached);
  for (const f of state.frames) {
    const title = f.name === '<module>' ? 'Global frame' : `Frame of ${f.name}()`;
    if (f.vars.length === 0) {
      parts.push(`${title}: no names yet.`);
      continue;
    }
    const names = f.vars.map((v) => `${v.name} refers to ${objectName(state.objects.get(v.to), v.to)}`);
    parts.push(`${title}: ${names.join('; ')}.`);
  }
  const un = new Set(state.unreachable);
  const objs = [...state.objects.values()].filter(shown);
  const described: string[] = [];
  for (const v of objs.slice(0, MAX_OBJECTS)) {
    const refs: string[] = [];
    eachListedRef(v, (label, kind, to) => {
      if (kind === 'type') return;
      const t = state.objects.get(to);
      refs.push(`${label} refers to ${objectName(t, to)}`);
    });
    let s = `${objectName(v, v.addr)}, reference count ${v.refcnt}`;
    if (step.gc) {
      const g = step.gc.gcRefs.find(([a]) => a === v.addr);
      if (g !== undefined) s += `, gc_refs ${g[1]}`;
    }
    if (un.has(v.addr)) s += ', unreachable but still alive';
    if (refs.length) s += `: ${refs.slice(0, 8).join(', ')}${refs.length > 8 ? `, and ${refs.length - 8} more` : ''}`;
    described.push(s);
  }
  if (described.length) parts.push(`Objects: ${described.join('. ')}.`);
  if (objs.length > MAX_OBJECTS) parts.push(`${objs.length - MAX_OBJECTS} more objects are not described.`);
  if (step.freed.length) parts.push(`Freed since the previous step: ${step.freed.length} object${step.freed.length === 1 ? '' : 's'}.`);
  if (state.unreachable.length) {
    const names = state.unreachable.map((a) => objectName(state.objects.get(a), a));
    parts.push(`Unreachable from every frame but still alive, a cycle awaiting the garbage collector: ${names.join(', ')}.`);
  }
  const temps = state.temps.filter((t) => shown(state.objects.get(t.addr)));
  for (const t of temps.slice(0, MAX_TEMPS)) parts.push(`${t.why[0].toUpperCase()}${t.why.slice(1)}: one reference to ${objectName(state.objects.get(t.addr), t.addr)}.`);
  if (temps.length > MAX_TEMPS) parts.push(`${temps.length - MAX_TEMPS} more references are held on evaluation stacks.`);
  if (opts.selected !== undefined && opts.selected !== null) {
    const why = explainInWords(state, opts.selected);
    if (why !== null) parts.push(why);
  }
  if (step.gc) parts.push(PHASE_TEXT[step.gc.phase]);
  return parts.join(' ');
}
