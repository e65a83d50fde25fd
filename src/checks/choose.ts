/** Kind `choose`: the learner's selected option indices against the exercise's `answer`. */
import { heapChoice } from './heap-choose.ts';
import type { CheckOutcome, ExerciseData } from './types.ts';

/**
 * The right option indices (an exercise stores one index, or a list when several are right); for
 * `pick: heap`, the indices of the objects the collector frees, computed by the simulator.
 */
export function rightChoices(exercise: ExerciseData): number[] {
  if (exercise.pick === 'heap') return heapChoice(exercise)?.right ?? [];
  const answer = exercise.answer;
  const list = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer];
  return [...new Set(list.map((a) => Number(a)))].sort((x, y) => x - y);
}

export function checkChoose(exercise: ExerciseData, choice: number[]): CheckOutcome {
  const result = (passed: boolean, message: string): CheckOutcome => ({ passed, message, stdout: '', stderr: '', limit: null });
  if (exercise.pick === 'heap') return checkHeapChoose(exercise, choice, result);
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

type Result = (passed: boolean, message: string) => CheckOutcome;

/** The learner's clicked objects (indices into the computed candidates) against what the collector frees. */
function checkHeapChoose(exercise: ExerciseData, choice: number[], result: Result): CheckOutcome {
  const computed = heapChoice(exercise);
  if (computed === null) return result(false, `The simulator could not run this program to the marked line (${exercise.id}). Please report this exercise.`);
  const right = new Set(computed.right);
  const chosen = new Set(choice.filter((c) => Number.isInteger(c) && c >= 0 && c < computed.candidates.length));
  if (chosen.size === 0) return result(false, 'Click the objects that will be freed first (or focus one and press Enter).');
  const wrong = [...chosen].filter((c) => !right.has(c)).length;
  const missing = [...right].filter((c) => !chosen.has(c)).length;
  if (wrong === 0 && missing === 0) return result(true, `Correct: the collector frees exactly ${objects(right.size)}.`);
  const parts: string[] = [];
  if (wrong > 0) parts.push(`${wrong === 1 ? 'one object you picked is' : `${wrong} objects you picked are`} still reachable from a name, so ${wrong === 1 ? 'it survives' : 'they survive'}`);
  if (missing > 0) parts.push(`${missing === 1 ? 'one more object is' : `${missing} more objects are`} unreachable and freed`);
  return result(false, `Not yet: ${parts.join(', and ')}.`);
}

function objects(n: number): string {
  return n === 1 ? 'that object' : `those ${n} objects`;
}
