import { describe, expect, it } from 'vitest';
import { checkExercise } from '../checks/index.ts';
import type { ExerciseData } from '../checks/types.ts';
import { answerCheck } from './check.ts';
import type { FromWorkerCheck } from './protocol.ts';

const exercise: ExerciseData = { id: 'x', title: 'x', topic: 'references', kind: 'code', lesson: 'l', hints: [], check: 'assert a == 1, "a should be 1"' };

describe('check requests in the worker', () => {
  it('answer with exactly one checked message', () => {
    const sent: FromWorkerCheck[] = [];
    answerCheck({ type: 'check', runId: 7, exercise, answer: { kind: 'code', code: 'a = 2\n' } }, checkExercise, (m) => sent.push(m));
    expect(sent).toEqual([{ type: 'checked', runId: 7, outcome: { passed: false, message: 'a should be 1', stdout: '', stderr: '', limit: null } }]);
  });

  it('turn a checker that throws into a crashed message without a stack', () => {
    const sent: FromWorkerCheck[] = [];
    const spy = console.error;
    console.error = () => {};
    try {
      answerCheck({ type: 'check', runId: 8, exercise, answer: { kind: 'code', code: '' } }, () => {
        throw new Error('boom');
      }, (m) => sent.push(m));
    } finally {
      console.error = spy;
    }
    expect(sent).toEqual([{ type: 'crashed', runId: 8, message: 'internal checker error' }]);
  });
});
