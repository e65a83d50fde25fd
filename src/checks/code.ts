/**
 * Kind `code`: the learner's code runs, then the exercise's check runs in the same globals (see
 * RunOptions.afterSource). The check is Python with `assert`s; a failed assert's message is the
 * feedback. The learner's output is theirs; the check's own output is not shown.
 */
import { runProgram, DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_STEP_BUDGET } from '../sim/index.ts';
import type { RunResult } from '../sim/api.ts';
import { CHECK_FILENAME, LEARNER_FILENAME, type CheckLimits, type CheckOutcome, type ExerciseData } from './types.ts';
import { exceptionMessage, innermostLine, learnerErrorMessage, limitMessage } from './messages.ts';

export const PASSED_MESSAGE = 'Passed: your code does what the exercise asks.';

export function checkCode(exercise: ExerciseData, code: string, limits: CheckLimits = {}): CheckOutcome {
  const stepBudget = limits.stepBudget ?? DEFAULT_STEP_BUDGET;
  const maxOutputChars = limits.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS;
  if (typeof exercise.check !== 'string') {
    return { passed: false, message: `This exercise has no check (${exercise.id}): it cannot be checked.`, stdout: '', stderr: '', limit: null };
  }
  const r = runProgram(code, {
    filename: LEARNER_FILENAME,
    stepBudget,
    maxOutputChars,
    afterSource: { source: exercise.check, filename: CHECK_FILENAME },
  });
  const outcome = (passed: boolean, message: string, stderr = r.stderr): CheckOutcome => ({ passed, message, stdout: r.stdout, stderr, limit: r.limit });
  const after = r.after ?? { ran: false, stdout: '', stderr: '', error: null };
  if (!after.ran) {
    if (r.limit !== null) return outcome(false, limitMessage(r.limit, 'Your code', stepBudget, maxOutputChars));
    if (r.error !== null) return outcome(false, learnerErrorMessage(r, LEARNER_FILENAME, r.error));
    if (after.error !== null) return outcome(false, `This exercise's check could not be read (${after.error.type}: ${after.error.message}). Please report it.`, r.stderr + after.stderr);
    return outcome(false, 'Your code ended the program early (sys.exit?), so the check could not run. Remove that call and check again.');
  }
  if (r.limit !== null) return outcome(false, limitMessage(r.limit, 'Checking your code', stepBudget, maxOutputChars), r.stderr + after.stderr);
  if (after.error === null) return outcome(true, PASSED_MESSAGE);
  return outcome(false, checkFailureMessage(exercise.check, after), after.error.type === 'AssertionError' ? r.stderr : r.stderr + after.stderr);
}

function checkFailureMessage(check: string, after: NonNullable<RunResult['after']>): string {
  const error = after.error!;
  if (error.type === 'AssertionError') {
    const message = exceptionMessage(after.stderr, 'AssertionError').trim();
    if (message) return message;
    // an assert without a message: its condition says what was expected
    const line = error.lineno !== null ? (check.split('\n')[error.lineno - 1] ?? '').trim() : '';
    return line ? `Not yet: the check \`${line}\` is not true for your code.` : 'Not yet: the check is not satisfied by your code.';
  }
  if (error.type === 'NameError') {
    const name = /name '([^']+)' is not defined/.exec(after.stderr)?.[1];
    if (name) return `The check looks for the name \`${name}\`, but your code does not define it (any more). Keep that name in your code.`;
  }
  const line = innermostLine(after.stderr, CHECK_FILENAME, error.lineno);
  const message = exceptionMessage(after.stderr, error.type) || error.message;
  return `The check could not finish with your code: ${error.type}${message ? `: ${message}` : ''}${line !== null ? ` (line ${line} of the check)` : ''}. Did your code change something the exercise relies on?`;
}
