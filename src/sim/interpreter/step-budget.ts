/**
 * The step budget and the time budget of a run. Every statement and loop iteration does
 * `if (++R.steps > R.stepBudget) stepCheckpoint()`: one comparison on the hot path. With a time
 * budget, R.stepBudget is a checkpoint every TIME_CHECK_EVERY steps at which the clock is read;
 * without one, it is the step limit itself and the checkpoint is reached only to stop the run.
 */
import { LimitExceeded } from '../objects/errors.ts';
import { R } from './frame.ts';

/** Steps between two readings of the clock (a few ms of the slowest statements). */
const TIME_CHECK_EVERY = 4096;

const budget = { stepLimit: 10_000_000, deadline: Infinity };

/** Start a run's budgets: `stepLimit` steps, and `timeLimitMs` of wall-clock time if given. */
export function startStepBudget(stepLimit: number, timeLimitMs: number | undefined): void {
  budget.stepLimit = stepLimit;
  budget.deadline = timeLimitMs !== undefined && timeLimitMs > 0 ? performance.now() + timeLimitMs : Infinity;
  R.stepBudget = budget.deadline === Infinity ? stepLimit : Math.min(stepLimit, TIME_CHECK_EVERY);
}

/** The step limit of the current run (R.stepBudget may be a clock checkpoint below it). */
export function stepLimit(): number {
  return budget.stepLimit;
}

/** R.steps passed R.stepBudget: stop at the step limit or past the deadline, else set the next checkpoint. */
export function stepCheckpoint(): void {
  if (R.steps > budget.stepLimit) throw new LimitExceeded('steps');
  if (performance.now() > budget.deadline) throw new LimitExceeded('time');
  R.stepBudget = Math.min(budget.stepLimit, R.steps + TIME_CHECK_EVERY);
}

/**
 * For operations whose cost grows with the heap (gc.collect() walks every tracked object): the
 * clock is read at each of them, not only every TIME_CHECK_EVERY steps, so a loop of a few such
 * statements still stops near its time budget (4,096 collections of a heap holding a
 * million-item list take ~8 s).
 */
export function checkDeadline(): void {
  if (budget.deadline !== Infinity && performance.now() > budget.deadline) throw new LimitExceeded('time');
}
