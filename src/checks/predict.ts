/**
 * Kind `predict`: the expected output is never stored in the exercise; it is what the simulator
 * prints when it runs the exercise's `program`. The comparison forgives what a textarea blurs:
 * line endings, trailing spaces, and blank lines at the end.
 */
import { runProgram, DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_STEP_BUDGET } from '../sim/index.ts';
import { LEARNER_FILENAME, type CheckLimits, type CheckOutcome, type ExerciseData } from './types.ts';

export interface ExpectedOutput {
  /** null when the simulator could not run the program to the end. */
  stdout: string | null;
  stderr: string;
  limit: CheckOutcome['limit'];
}

export function expectedOutput(program: string, limits: CheckLimits = {}): ExpectedOutput {
  const r = runProgram(program, {
    filename: LEARNER_FILENAME,
    stepBudget: limits.stepBudget ?? DEFAULT_STEP_BUDGET,
    maxOutputChars: limits.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS,
  });
  return { stdout: r.exitCode === 0 && r.limit === null ? r.stdout : null, stderr: r.stderr, limit: r.limit };
}

/** Lines without trailing whitespace, without the blank lines at the end. */
export function outputLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function samePrintedOutput(a: string, b: string): boolean {
  const x = outputLines(a);
  const y = outputLines(b);
  return x.length === y.length && x.every((line, i) => line === y[i]);
}

export function checkPredict(exercise: ExerciseData, prediction: string, limits: CheckLimits = {}): CheckOutcome {
  if (typeof exercise.program !== 'string') {
    return { passed: false, message: `This exercise has no program (${exercise.id}): it cannot be checked.`, stdout: '', stderr: '', limit: null };
  }
  const expected = expectedOutput(exercise.program, limits);
  if (expected.stdout === null) {
    return {
      passed: false,
      message: 'The simulator could not run this program to the end, so your prediction cannot be checked right now. Please report this exercise.',
      stdout: '',
      stderr: expected.stderr,
      limit: expected.limit,
    };
  }
  const want = outputLines(expected.stdout);
  const got = outputLines(prediction);
  if (want.length === got.length && want.every((line, i) => line === got[i])) {
    return { passed: true, message: 'Correct: that is exactly what the program prints.', stdout: expected.stdout, stderr: '', limit: null };
  }
  // say where the prediction goes wrong without giving the expected text away
  const parts: string[] = [];
  if (got.length === 0) parts.push('Write what the program prints, one line per print() call.');
  else if (want.length !== got.length) {
    parts.push(`The program prints ${plural(want.length, 'line')}; your prediction has ${plural(got.length, 'line')}.`);
  }
  const first = got.findIndex((line, i) => i < want.length && line !== want[i]);
  if (first >= 0) {
    const others = got.filter((line, i) => i > first && i < want.length && line !== want[i]).length;
    const more = others > 0 ? ` (and ${plural(others, 'later line')})` : '';
    parts.push(`Line ${first + 1} of your prediction, \`${got[first]}\`, is not what the program prints${more}.`);
  }
  return { passed: false, message: `Not yet. ${parts.join(' ')}`, stdout: '', stderr: '', limit: null };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
