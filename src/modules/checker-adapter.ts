/**
 * Binds the grader to the real exercise checker, `checkExercise` from src/checks/index.ts. The
 * assignment below is where a drift between check-contract.ts and the checker fails typechecking.
 */
import { checkExercise } from '../checks/index.ts';
import { DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_STEP_BUDGET } from '../lib/sim-client.ts';
import type { CheckExercise, CheckLimits } from './check-contract.ts';

/** The browser's limits (src/lib/sim-client.ts), so a re-check stops where the learner's run stopped. */
export const GRADER_LIMITS: Required<CheckLimits> = { stepBudget: DEFAULT_STEP_BUDGET, maxOutputChars: DEFAULT_MAX_OUTPUT_CHARS };

export const CHECKER_MODULE = 'src/checks/index.ts';

export const realChecker: CheckExercise = checkExercise;

export class CheckerUnavailableError extends Error {
  override name = 'CheckerUnavailableError';
}

/** Kept async for its callers (the grading worker), from when the checker was loaded by path. */
export async function loadRealChecker(): Promise<CheckExercise> {
  return realChecker;
}
