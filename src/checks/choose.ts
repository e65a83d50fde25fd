/** Kind `choose`: the learner's selected option indices against the exercise's `answer`. */
import type { CheckOutcome, ExerciseData } from './types.ts';

/** The right option indices (an exercise stores one index, or a list when several are right). */
export function rightChoices(exercise: ExerciseData): number[] {
  const answer = exercise.answer;
  const list = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer];
  return [...new Set(list.map((a) => Number(a)))].sort((x, y) => x - y);
}

export function checkChoose(exercise: ExerciseData, choice: number[]): CheckOutcome {
  const result = (passed: boolean, message: string): CheckOutcome => ({ passed, message, stdout: '', stderr: '', limit: null });
  const right = new Set(rightChoices(exercise));
  const options = exercise.options ?? [];
  if (right.size === 0) return result(false, `This exercise has no answer (${exercise.id}): it cannot be checked.`);
  const chosen = new Set(choice.filter((c) => Number.isInteger(c) && c >= 0 && c < options.length));
  if (chosen.size === 0) return result(false, right.size === 1 ? 'Choose an option first.' : 'Choose the options that apply first.');
  const wrong = [...chosen].filter((c) => !right.has(c)).length;
  const missing = [...right].filter((c) => !chosen.has(c)).length;
  if (wrong === 0 && missing === 0) return result(true, right.size === 1 ? 'Correct.' : 'Correct: those are exactly the right options.');
  if (right.size === 1) return result(false, 'Not this one. Read the question again and think about what each line does to the objects.');
  if (wrong > 0 && missing === 0) return result(false, `Not yet: ${wrong === 1 ? 'one option you chose is' : `${wrong} options you chose are`} not right.`);
  if (wrong === 0) return result(false, `Right so far, but not complete: ${missing === 1 ? 'one more option is' : `${missing} more options are`} right.`);
  return result(false, `Not yet: ${wrong === 1 ? 'one option you chose is' : `${wrong} options you chose are`} not right, and ${missing === 1 ? 'one right option is' : `${missing} right options are`} missing.`);
}
