import { describe, expect, it } from 'vitest';
import { exerciseProgress } from '../../modules/progress-adapter.ts';
import { afterCheck, afterHelp, mergeEntries, readEntries, readEntry, solutionUnlocked } from './entry.ts';

const T1 = '2026-11-26T09:00:00.000Z';
const T2 = '2026-11-26T10:00:00.000Z';
const T3 = '2026-11-26T11:00:00.000Z';

describe('exercise entries', () => {
  it('count attempts and failures, and keep the passing answer', () => {
    let e = afterCheck(null, { kind: 'code', code: 'x = 1' }, false, T1);
    expect(e).toEqual({ status: 'attempted', attempts: 1, failures: 1, hintsShown: 0, solutionShown: false, updatedAt: T1, lastAnswer: { kind: 'code', code: 'x = 1' }, lastCode: 'x = 1' });
    e = afterCheck(e, { kind: 'code', code: 'x = 2' }, true, T2);
    expect([e.status, e.attempts, e.failures, e.passedAt, e.passedAnswer]).toEqual(['passed', 2, 1, T2, { kind: 'code', code: 'x = 2' }]);
    e = afterCheck(e, { kind: 'code', code: 'oops' }, false, T3);
    expect([e.status, e.passedAnswer, e.lastCode]).toEqual(['passed', { kind: 'code', code: 'x = 2' }, 'oops']);
  });

  it('unlock the solution after three failures, or once it was revealed', () => {
    let e = null;
    for (let i = 0; i < 2; i++) e = afterCheck(e, { kind: 'choose', choice: [1] }, false, T1);
    expect(solutionUnlocked(e)).toBe(false);
    expect(solutionUnlocked(afterCheck(e, { kind: 'choose', choice: [2] }, false, T2))).toBe(true);
    expect(solutionUnlocked(afterHelp(null, 'solution', T1))).toBe(true);
    expect(afterHelp(afterHelp(null, 'hint', T1), 'hint', T2).hintsShown).toBe(2);
  });

  it('are validated on load: odd values are dropped, not trusted', () => {
    expect(readEntry({ status: 'passed' })).toBeNull();
    expect(readEntry({ status: 'won', updatedAt: T1 })).toBeNull();
    expect(readEntry({ status: 'attempted', updatedAt: T1, attempts: -3, lastAnswer: { kind: 'code', code: 7 } })).toEqual(
      { status: 'attempted', attempts: 0, failures: 0, hintsShown: 0, solutionShown: false, updatedAt: T1 },
    );
    expect(Object.keys(readEntries({ good: { status: 'attempted', updatedAt: T1 }, 'Bad Id': { status: 'attempted', updatedAt: T1 }, x: 3 }))).toEqual(['good']);
  });

  it('are what the grader reads back (progress-adapter)', () => {
    const e = afterCheck(afterCheck(null, { kind: 'predict', prediction: '1' }, true, T1), { kind: 'predict', prediction: '2' }, false, T2);
    const view = exerciseProgress({ exercises: { p: e } }, 'p', 'predict');
    expect(view).toEqual({ status: 'passed', attempts: 2, answer: { kind: 'predict', prediction: '1' }, passedAt: T1, updatedAt: T2 });
  });

  it('merge without losing a pass, attempts or hints', () => {
    const here = afterCheck(afterHelp(null, 'hint', T1), { kind: 'code', code: 'a' }, false, T3);
    const there = afterCheck(null, { kind: 'code', code: 'b' }, true, T2);
    const m = mergeEntries(here, there);
    expect([m.status, m.attempts, m.failures, m.hintsShown, m.passedAnswer, m.passedAt, m.lastCode]).toEqual(['passed', 1, 1, 1, { kind: 'code', code: 'b' }, T2, 'a']);
  });
});
