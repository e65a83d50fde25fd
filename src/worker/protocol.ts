/**
 * The messages between a page and the simulation worker. One run at a time per worker:
 * the page sends `run`, the worker answers with any number of `output` chunks and then exactly one
 * `done` (the program ended, normally or not) or `crashed` (the simulator itself failed).
 * A run that never answers is the page's business: its watchdog terminates the worker.
 */
import type { ErrorLocation, LimitKind } from '../sim/api.ts';
import type { Answer, CheckOutcome, ExerciseData } from '../checks/types.ts';

export interface RunRequest {
  type: 'run';
  /** Matches the replies to the request. */
  runId: number;
  source: string;
  filename?: string;
  stepBudget?: number;
  /** The simulator's own wall-clock budget (RunOptions.timeLimitMs). */
  timeLimitMs?: number;
  maxOutputChars?: number;
}

/**
 * Checks an exercise answer (src/checks) instead of running a program: the worker answers with
 * exactly one `checked`, or `crashed`. No `output` chunks: the outcome carries the output.
 */
export interface CheckRequest {
  type: 'check';
  runId: number;
  exercise: ExerciseData;
  answer: Answer;
  stepBudget?: number;
  maxOutputChars?: number;
}

export type ToWorker = RunRequest | CheckRequest;

export interface OutputChunk {
  type: 'output';
  runId: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface RunDone {
  type: 'done';
  runId: number;
  exitCode: number;
  error: ErrorLocation | null;
  limit: LimitKind | null;
  steps: number;
}

export interface RunCrashed {
  type: 'crashed';
  runId: number;
  /** A short description for the learner; never a JavaScript stack trace. */
  message: string;
}

/** Sent once when the worker's module has loaded, so the page can tell a slow start from a hang. */
export interface WorkerReady {
  type: 'ready';
}

export type FromWorker = OutputChunk | RunDone | RunCrashed | WorkerReady;

export interface CheckDone {
  type: 'checked';
  runId: number;
  outcome: CheckOutcome;
}

/** What a `check` request can get back (kept apart from FromWorker, which run clients handle). */
export type FromWorkerCheck = CheckDone | RunCrashed | WorkerReady;
