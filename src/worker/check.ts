/**
 * One exercise check inside the worker (src/checks, synchronous). Kept apart from sim.worker.ts so
 * it can be tested in Node without a Worker.
 */
import type { CheckExercise } from '../modules/check-contract.ts';
import type { CheckRequest, FromWorkerCheck } from './protocol.ts';

export function answerCheck(request: CheckRequest, check: CheckExercise, post: (message: FromWorkerCheck) => void): void {
  try {
    const outcome = check(request.exercise, request.answer, { stepBudget: request.stepBudget, maxOutputChars: request.maxOutputChars });
    post({ type: 'checked', runId: request.runId, outcome });
  } catch (err) {
    // checkExercise promises never to throw; if it does, the learner gets a sentence, not a stack
    console.error(err);
    post({ type: 'crashed', runId: request.runId, message: err instanceof RangeError ? 'the simulator ran out of stack space' : 'internal checker error' });
  }
}
