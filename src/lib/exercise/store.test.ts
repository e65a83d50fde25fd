import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, loadProgress, markLessonVisited, saveExerciseEntry } from '../progress.ts';
import { afterCheck, readEntries } from './entry.ts';

const T1 = '2026-11-26T09:00:00.000Z';

beforeEach(() => {
  const map = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, String(v)),
    removeItem: (k: string) => void map.delete(k),
  };
});

describe('exercise entries in the progress store', () => {
  it('are saved beside the lessons and read back validated', () => {
    markLessonVisited('/lessons/02-x/');
    expect(saveExerciseEntry('refs-a', afterCheck(null, { kind: 'choose', choice: [1] }, true, T1))).toBe(true);
    saveExerciseEntry('refs-b', { status: 'passed' }); // damaged: kept in storage, not trusted
    const progress = loadProgress();
    expect(Object.keys(progress.lessons)).toEqual(['02-x']);
    const entries = readEntries(progress.exercises);
    expect(Object.keys(entries)).toEqual(['refs-a']);
    expect(entries['refs-a'].passedAnswer).toEqual({ kind: 'choose', choice: [1] });
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).exercises['refs-b']).toEqual({ status: 'passed' });
  });
});
