/**
 * The exercise checker: one call checks one answer, in Node (the grader, the tests) or in the
 * simulation worker (the site). Synchronous, and never throws: a failure of the checker itself
 * becomes a message.
 */
import { checkChoose } from './choose.ts';
import { checkCode } from './code.ts';
import { checkPredict } from './predict.ts';
import type { Answer, CheckLimits, CheckOutcome, ExerciseData } from './types.ts';

export type { Answer, CheckLimits, CheckOutcome, ExerciseData } from './types.ts';
export { expectedOutput, samePrintedOutput, outputLines } from './predict.ts';
export { rightChoices } from './choose.ts';

export function checkExercise(exercise: ExerciseData, answer: Answer, limits?: CheckLimits): CheckOutcome {
  const fail = (message: string): CheckOutcome => ({ passed: false, message, stdout: '', stderr: '', limit: null });
  if (answer.kind !== exercise.kind) return fail(`This exercise expects a ${exercise.kind} answer, not a ${answer.kind} answer.`);
  try {
    switch (answer.kind) {
      case 'code':
        return checkCode(exercise, String(answer.code), limits);
      case 'predict':
        return checkPredict(exercise, String(answer.prediction), limits);
      case 'choose':
        return checkChoose(exercise, Array.isArray(answer.choice) ? answer.choice : []);
      default:
        return fail('Unknown kind of answer.');
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`The checker failed on this answer (${detail}). Please report this exercise.`);
  }
}
