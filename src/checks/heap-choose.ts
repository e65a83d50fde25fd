/**
 * Kind `choose` with `pick: heap`: the learner clicks objects in a HeapView of the exercise's
 * `program`, stopped just before line `stop` first runs. The candidates are the objects alive at
 * that step (ascending address, the order the browser and the checker share), and the right ones
 * are never stored: they are what the collector frees in the `gc.collect()` on that line.
 */
import { recordTrace } from '../sim/trace.ts';
import type { Trace } from '../sim/trace-types.ts';
import { candidatesAt, markedStep } from './heap-candidates.ts';
import { LEARNER_FILENAME, type ExerciseData } from './types.ts';

export { candidatesAt, markedStep };

export interface HeapChoice {
  /** Addresses the learner can pick, ascending; a choice is a list of indices into it. */
  candidates: number[];
  /** Indices (into candidates) of the objects the collection frees, ascending. */
  right: number[];
}

/**
 * What the collection(s) run right after step `i` free: the unreachable list delete_garbage
 * receives (the one the phase before it ends with, once resurrected objects left it).
 */
export function collectedAfter(trace: Trace, i: number): number[] {
  const freed = new Set<number>();
  let before: number[] = [];
  for (let s = i + 1; s < trace.steps.length; s++) {
    const gc = trace.steps[s].gc;
    if (trace.steps[s].kind !== 'gc' || gc === undefined) break;
    if (gc.phase === 'delete_garbage') for (const a of before) freed.add(a);
    before = gc.unreachable;
  }
  return [...freed];
}

/** null when the program cannot be traced to the marked step (the exercise is then broken). */
export function heapChoice(exercise: ExerciseData): HeapChoice | null {
  if (typeof exercise.program !== 'string' || typeof exercise.stop !== 'number') return null;
  const trace = recordTrace(exercise.program, { filename: LEARNER_FILENAME });
  if (trace.error !== null || trace.recorderError !== null) return null;
  const i = markedStep(trace, exercise.stop);
  if (i < 0) return null;
  const candidates = candidatesAt(trace, i);
  const index = new Map(candidates.map((a, k) => [a, k] as const));
  const right = collectedAfter(trace, i).map((a) => index.get(a)).filter((k): k is number => k !== undefined);
  return { candidates, right: right.sort((x, y) => x - y) };
}
