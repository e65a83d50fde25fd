import { describe, expect, it } from 'vitest';
import { exerciseProgress, lessonProgress, toAnswer } from './progress-adapter.ts';

describe('reading progress', () => {
  it('reads an exercise entry as the checker stores it, preferring the passing answer', () => {
    const progress = {
      exercises: {
        a: { status: 'passed', attempts: 3, lastCode: 'later edit', passedCode: 'x = 1', passedAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T11:00:00Z' },
        b: { status: 'attempted', attempts: 1, lastAnswer: { kind: 'choose', choice: [2] } },
      },
    };
    expect(exerciseProgress(progress, 'a', 'code')).toEqual({
      status: 'passed', attempts: 3, answer: { kind: 'code', code: 'x = 1' }, passedAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T11:00:00Z',
    });
    expect(exerciseProgress(progress, 'b', 'choose')).toMatchObject({ status: 'attempted', answer: { kind: 'choose', choice: [2] }, passedAt: null });
  });

  it('reads anything odd as "not started" and never throws', () => {
    const empty = { status: 'not-started', attempts: 0, answer: null, passedAt: null, updatedAt: null };
    for (const progress of [null, 42, 'x', { exercises: null }, { exercises: { a: 'passed' } }, { exercises: [] }]) {
      expect(exerciseProgress(progress, 'a', 'code')).toEqual(empty);
    }
    expect(exerciseProgress({ exercises: {} }, 'toString', 'code')).toEqual(empty);
    expect(exerciseProgress({ exercises: { a: { status: 'hacked', attempts: -5, lastCode: 7 } } }, 'a', 'code')).toEqual(empty);
  });

  it('accepts answers of the exercise kind only', () => {
    expect(toAnswer('print(1)', 'code')).toEqual({ kind: 'code', code: 'print(1)' });
    expect(toAnswer({ kind: 'predict', prediction: '3' }, 'predict')).toEqual({ kind: 'predict', prediction: '3' });
    expect(toAnswer(1, 'choose')).toEqual({ kind: 'choose', choice: [1] });
    expect(toAnswer({ kind: 'code', code: 'x' }, 'choose')).toBeNull();
    expect(toAnswer({ kind: 'choose', choice: ['1'] }, 'choose')).toBeNull();
  });

  it('reads lesson progress', () => {
    expect(lessonProgress({ lessons: { l: { visited: 'v', ran: 'r' } } }, 'l')).toEqual({ status: 'ran', visited: 'v', ran: 'r' });
    expect(lessonProgress({ lessons: { l: { visited: 'v' } } }, 'l')).toEqual({ status: 'visited', visited: 'v', ran: null });
    expect(lessonProgress({}, 'l').status).toBe('not-started');
  });
});
