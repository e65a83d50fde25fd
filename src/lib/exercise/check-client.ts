/**
 * The page's side of checking: answers are checked in a simulation worker of their own (the same
 * worker script as Run, so the same simulator), one at a time, with a wall-clock watchdog that
 * terminates a stuck worker; the next check gets a fresh one. The limits are the grader's (see
 * src/modules/checker-adapter.ts), so a re-check in the gradebook stops where the learner's stopped.
 */
import type { Answer, CheckOutcome, ExerciseData } from '../../checks/types.ts';
import type { CheckRequest, FromWorkerCheck } from '../../worker/protocol.ts';
import { DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_STEP_BUDGET } from '../sim-client.ts';
import { WorkerChannel } from '../worker-channel.ts';

export type CheckResult =
  | { kind: 'checked'; outcome: CheckOutcome }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'crashed'; message: string };

/** A check runs the learner's code and the check: more than a plain run is allowed. */
export const CHECK_TIME_LIMIT_MS = 10_000;

const channel = new WorkerChannel(
  () => new Worker(new URL('../../worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'checker' }),
);

/** Starts the checking worker early (on the first sign the learner will check). */
export function prewarmChecker(): void {
  channel.prewarm();
}

/** Checks `answer` after any check already in progress on this page. */
export function checkInWorker(exercise: ExerciseData, answer: Answer, timeLimitMs = CHECK_TIME_LIMIT_MS): Promise<CheckResult> {
  return channel.send<FromWorkerCheck, CheckResult>({
    message: (runId): CheckRequest => ({
      type: 'check',
      runId,
      exercise,
      answer,
      stepBudget: DEFAULT_STEP_BUDGET,
      maxOutputChars: DEFAULT_MAX_OUTPUT_CHARS,
    }),
    idOf: (msg) => (msg.type === 'ready' ? null : msg.runId),
    onMessage: (msg, { finish, crash }) => {
      if (msg.type === 'checked') finish({ kind: 'checked', outcome: msg.outcome });
      else if (msg.type === 'crashed') crash(msg.message);
    },
    timeLimitMs,
    startFailure: 'the simulator could not start',
  });
}
