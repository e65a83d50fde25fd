/** Messages between the grading pool and its worker threads. */
import type { CheckLimits } from './check-contract.ts';
import type { GradeResult } from './grade.ts';
import type { ModuleData } from './types.ts';

export interface GradeWorkerData {
  root: string;
  module: ModuleData;
  limits: CheckLimits;
  /** A module exporting `checkExercise` to use instead of the real checker (tests, benchmark). */
  checkerUrl?: string;
}

export interface GradeJob {
  type: 'grade';
  job: number;
  source: string;
  text: string;
}
export type ToGradeWorker = GradeJob;

export type FromGradeWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'graded'; job: number; result: GradeResult };
