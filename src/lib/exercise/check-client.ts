/**
 * The page's side of checking: answers are checked in a simulation worker of their own (the same
 * worker script as Run, so the same simulator), one at a time, with a wall-clock watchdog that
 * terminates a stuck worker; the next check gets a fresh one. The limits are the grader's (see
 * src/modules/checker-adapter.ts), so a re-check in the gradebook stops where the learner's stopped.
 */
import type { Answer, CheckOutcome, ExerciseData } from '../../checks/types.ts';
import type { CheckRequest, FromWorkerCheck } from '../../worker/protocol.ts';
import { DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_STEP_BUDGET } from '../sim-client.ts';

export type CheckResult =
  | { kind: 'checked'; outcome: CheckOutcome }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'crashed'; message: string };

/** A check runs the learner's code and the check: more than a plain run is allowed. */
export const CHECK_TIME_LIMIT_MS = 10_000;

let worker: Worker | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function spawn(): Worker {
  return new Worker(new URL('../../worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'checker' });
}

/** Starts the checking worker early (on the first sign the learner will check). */
export function prewarmChecker(): void {
  worker ??= spawn();
}

function checkNow(exercise: ExerciseData, answer: Answer, timeLimitMs: number): Promise<CheckResult> {
  const current = (worker ??= spawn());
  const runId = nextId++;
  return new Promise<CheckResult>((resolve) => {
    const replace = (): void => {
      current.terminate();
      if (worker === current) worker = null;
    };
    const finish = (result: CheckResult): void => {
      clearTimeout(timer);
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      resolve(result);
    };
    const timer = setTimeout(() => {
      replace();
      finish({ kind: 'timeout', limitMs: timeLimitMs });
    }, timeLimitMs);
    const onMessage = (event: MessageEvent<FromWorkerCheck>): void => {
      const msg = event.data;
      if (msg.type === 'ready' || msg.runId !== runId) return;
      if (msg.type === 'checked') finish({ kind: 'checked', outcome: msg.outcome });
      else {
        replace();
        finish({ kind: 'crashed', message: msg.message });
      }
    };
    const onError = (event: ErrorEvent): void => {
      event.preventDefault();
      replace();
      finish({ kind: 'crashed', message: 'the simulator could not start' });
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    const request: CheckRequest = { type: 'check', runId, exercise, answer, stepBudget: DEFAULT_STEP_BUDGET, maxOutputChars: DEFAULT_MAX_OUTPUT_CHARS };
    current.postMessage(request);
  });
}

/** Checks `answer` after any check already in progress on this page. */
export function checkInWorker(exercise: ExerciseData, answer: Answer, timeLimitMs = CHECK_TIME_LIMIT_MS): Promise<CheckResult> {
  const result = queue.then(() => checkNow(exercise, answer, timeLimitMs));
  queue = result.catch(() => undefined);
  return result;
}
