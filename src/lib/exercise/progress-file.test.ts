import { describe, expect, it } from 'vitest';
import type { Progress } from '../progress.ts';
import { afterCheck } from './entry.ts';
import { importProgressFile, progressFileName, progressFileText } from './progress-file.ts';

const T1 = '2026-11-26T09:00:00.000Z';
const T2 = '2026-11-26T10:00:00.000Z';

const current: Progress = {
  version: 1,
  lessons: { '01-a': { visited: T2 } },
  exercises: { 'refs-x': afterCheck(null, { kind: 'code', code: 'mine' }, false, T2) },
};

describe('progress files', () => {
  it('round-trip and merge into the current progress', () => {
    const other: Progress = {
      version: 1,
      lessons: { '01-a': { visited: T1, ran: T1 }, '02-b': { visited: T1 } },
      exercises: { 'refs-x': afterCheck(null, { kind: 'code', code: 'theirs' }, true, T1), 'gc-y': afterCheck(null, { kind: 'choose', choice: [0] }, false, T1) },
    };
    const text = progressFileText(other, T2);
    const result = importProgressFile(text, current);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([result.lessons, result.exercises, result.skipped]).toEqual([2, 2, 0]);
    expect(result.progress.lessons).toEqual({ '01-a': { visited: T1, ran: T1 }, '02-b': { visited: T1 } });
    const x = result.progress.exercises!['refs-x'] as { status: string; passedAnswer: unknown; lastCode: string };
    expect([x.status, x.passedAnswer, x.lastCode]).toEqual(['passed', { kind: 'code', code: 'theirs' }, 'mine']);
    expect(current.lessons['01-a']).toEqual({ visited: T2 });
    expect(progressFileName(T2)).toBe('python-memory-lab-progress-2026-11-26.json');
  });

  it('report a bad file and change nothing', () => {
    expect(importProgressFile('not json', current)).toEqual({ ok: false, error: 'This file is not a progress file (it is not JSON). Nothing was changed.' });
    expect(importProgressFile('{"format":"zip"}', current).ok).toBe(false);
    expect(importProgressFile('{"format":"python-memory-lab-progress","version":9}', current)).toEqual({ ok: false, error: 'This progress file has version 9, which this site cannot read. Nothing was changed.' });
    expect(importProgressFile('{"format":"python-memory-lab-progress","version":1,"progress":{}}', current).ok).toBe(false);
  });

  it('skip damaged entries of an otherwise good file', () => {
    const text = JSON.stringify({ format: 'python-memory-lab-progress', version: 1, progress: { lessons: { '03-c': { visited: 'yesterday' } }, exercises: { 'gc-z': { status: 'passed' } } } });
    const result = importProgressFile(text, current);
    expect(result.ok && [result.lessons, result.exercises, result.skipped]).toEqual([0, 0, 2]);
  });
});
