/**
 * Binds the grader to the real exercise checker, `checkExercise` from src/checks/index.ts (the
 * checks engineer's module). Loaded by path at run time so this package typechecks and its tests
 * run before that module exists; the CLI fails with a clear message if it is still missing.
 * When src/checks/index.ts has landed, this can become a static import:
 *   import { checkExercise } from '../checks/index.ts';  export const realChecker: CheckExercise = checkExercise;
 */
import { DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_STEP_BUDGET } from '../lib/sim-client.ts';
import type { CheckExercise, CheckLimits } from './check-contract.ts';

/** The browser's limits (src/lib/sim-client.ts), so a re-check stops where the learner's run stopped. */
export const GRADER_LIMITS: Required<CheckLimits> = { stepBudget: DEFAULT_STEP_BUDGET, maxOutputChars: DEFAULT_MAX_OUTPUT_CHARS };

export const CHECKER_MODULE = 'src/checks/index.ts';

export class CheckerUnavailableError extends Error {
  override name = 'CheckerUnavailableError';
}

export async function loadRealChecker(): Promise<CheckExercise> {
  const url = new URL('../checks/index.ts', import.meta.url).href;
  let mod: { checkExercise?: unknown };
  try {
    mod = (await import(/* @vite-ignore */ url)) as { checkExercise?: unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CheckerUnavailableError(`the exercise checker (${CHECKER_MODULE}) could not be loaded: ${detail}`);
  }
  if (typeof mod.checkExercise !== 'function') {
    throw new CheckerUnavailableError(`${CHECKER_MODULE} does not export a checkExercise function`);
  }
  return mod.checkExercise as CheckExercise;
}
