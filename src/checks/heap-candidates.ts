/**
 * What a `pick: heap` choice indexes: shared by the checker (Node, worker) and the HeapView island
 * (browser), so both number the same objects the same way. Pure functions over trace data.
 */
import { stateAt } from '../sim/trace-replay.ts';
import type { Trace } from '../sim/trace-types.ts';

/** Index of the step just before `line` first runs, or -1. */
export function markedStep(trace: Trace, line: number): number {
  return trace.steps.findIndex((s) => s.kind === 'line' && s.line === line);
}

/** The objects one can pick at step `i`, ascending address: a choice is a list of indices into it. */
export function candidatesAt(trace: Trace, i: number): number[] {
  return [...stateAt(trace, i).objects.keys()].sort((a, b) => a - b);
}
