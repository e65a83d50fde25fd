/** The checker's feedback on hand-made exercises: what a learner reads for each way of failing. */
import { describe, expect, it } from 'vitest';
import { checkExercise } from './index.ts';
import type { ExerciseData } from './types.ts';

const base = { title: 't', topic: 'references', lesson: 'l', hints: ['a', 'b'] };
const code = (check: string): ExerciseData => ({ ...base, id: 'c', kind: 'code', starter: '', solution: '', check });
const run = (check: string, learner: string) => checkExercise(code(check), { kind: 'code', code: learner });

describe('code exercises', () => {
  it('passes when every assert holds, keeping only the learner output', () => {
    const outcome = run('import lab\nprint("check noise")\nassert lab.output() == "hi\\n"\nassert x == 2', 'x = 2\nprint("hi")');
    expect(outcome).toEqual({ passed: true, message: 'Passed: your code does what the exercise asks.', stdout: 'hi\n', stderr: '', limit: null });
  });

  it("shows a failed assert's message, even over several lines", () => {
    expect(run('assert x == 2, "x should be 2, but it is " + repr(x)', 'x = 3').message).toBe('x should be 2, but it is 3');
    expect(run('assert False, "one\\ntwo"', '').message).toBe('one\ntwo');
  });

  it('quotes the condition of an assert without a message', () => {
    const outcome = run('y = 1\nassert x is None', 'x = 3');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toBe('Not yet: the check `assert x is None` is not true for your code.');
    expect(outcome.stderr).toBe('');
  });

  it("points at the learner's line for a syntax error", () => {
    const outcome = run('assert True', 'x = 1\nif x\n    pass\n');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toBe("Python cannot read your code: SyntaxError on line 2: expected ':'. Fix it and check again.");
    expect(outcome.stderr).toContain('SyntaxError');
  });

  it("points at the innermost line of the learner's code for an exception", () => {
    const outcome = run('assert True', 'def f(a):\n    return a[3]\n\nf([1])\n');
    expect(outcome.message).toBe('Your code stopped with IndexError on line 2: list index out of range. The check only runs once your code runs to the end without an error.');
    expect(outcome.stderr).toContain('File "<string>", line 2, in f');
  });

  it('names a global the check needs and the learner removed', () => {
    expect(run('assert backup == []', 'b = []').message).toBe('The check looks for the name `backup`, but your code does not define it (any more). Keep that name in your code.');
  });

  it('reports another error of the check with its line in the check', () => {
    const outcome = run('n = 1\nassert len(x) == 0', 'x = 5');
    expect(outcome.message).toBe("The check could not finish with your code: TypeError: object of type 'int' has no len() (line 2 of the check). Did your code change something the exercise relies on?");
    expect(outcome.stderr).toContain('File "<check>", line 2');
  });

  it('stops an endless loop with the step limit', () => {
    const outcome = checkExercise(code('assert True'), { kind: 'code', code: 'while True:\n    pass\n' }, { stepBudget: 10_000 });
    expect(outcome.passed).toBe(false);
    expect(outcome.limit).toBe('steps');
    expect(outcome.message).toBe('Your code ran for more than 10,000 steps and was stopped. Is there a loop that never ends?');
  });

  it('does not run the check after sys.exit()', () => {
    const outcome = run('assert False, "ran"', 'import sys\nsys.exit(0)');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toMatch(/^Your code ended the program early/);
  });

  it('refuses an answer of another kind', () => {
    expect(checkExercise(code('assert True'), { kind: 'choose', choice: [0] }).message).toBe('This exercise expects a code answer, not a choose answer.');
  });
});

describe('predict exercises', () => {
  const predict: ExerciseData = { ...base, id: 'p', kind: 'predict', program: 'a = [1]\nb = a\nprint(a is b)\nprint(len(a))\n' };
  const check = (prediction: string) => checkExercise(predict, { kind: 'predict', prediction });

  it('computes the answer by running the program, forgiving trailing blanks', () => {
    expect(check('True\n1\n').passed).toBe(true);
    expect(check('True   \r\n1').passed).toBe(true);
    expect(check('True\n1\n\n\n').stdout).toBe('True\n1\n');
  });

  it('says which line is wrong without giving the answer away', () => {
    const outcome = check('False\n1');
    expect(outcome).toEqual({ passed: false, message: 'Not yet. Line 1 of your prediction, `False`, is not what the program prints.', stdout: '', stderr: '', limit: null });
    expect(check('True').message).toBe('Not yet. The program prints 2 lines; your prediction has 1 line.');
    expect(check(' ').message).toBe('Not yet. Write what the program prints, one line per print() call.');
  });
});

describe('choose exercises', () => {
  const choose: ExerciseData = { ...base, id: 'm', kind: 'choose', options: ['a', 'b', 'c', 'd'], answer: [0, 2] };
  const check = (choice: number[]) => checkExercise(choose, { kind: 'choose', choice });

  it('needs exactly the right options', () => {
    expect(check([2, 0]).passed).toBe(true);
    expect(check([0]).message).toBe('Right so far, but not complete: one more option is right.');
    expect(check([0, 1, 2]).message).toBe('Not yet: one option you chose is not right.');
    expect(check([1, 3]).message).toBe('Not yet: 2 options you chose are not right, and 2 right options are missing.');
    expect(check([]).message).toBe('Choose the options that apply first.');
  });

  it('accepts a single answer stored as a number', () => {
    const single: ExerciseData = { ...choose, answer: 1 };
    expect(checkExercise(single, { kind: 'choose', choice: [1] }).passed).toBe(true);
    expect(checkExercise(single, { kind: 'choose', choice: [2] }).passed).toBe(false);
  });
});
