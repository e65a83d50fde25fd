/**
 * Stored progress that cannot be read is set aside under a backup key, listed for the page to
 * report (progress-notice.ts), and never lost; imported files that are not progress change nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, SET_ASIDE_KEY, acknowledgeSetAside, loadProgress, markLessonVisited, setAsideProgress } from './progress.ts';
import { importProgressFile } from './exercise/progress-file.ts';

class MemoryStorage {
  map = new Map<string, string>();
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});

const GOOD = JSON.stringify({ version: 1, lessons: { '01-a': { visited: '2026-01-01T00:00:00.000Z' } } });

describe('unreadable stored progress', () => {
  it.each([
    ['corrupt', '{not json'],
    ['truncated', GOOD.slice(0, GOOD.length - 7)],
    ['old version', JSON.stringify({ version: 0, lessons: {} })],
    ['newer version', JSON.stringify({ version: 2, lessons: {} })],
    ['foreign object', JSON.stringify({ hello: '<img src=x onerror=alert(1)>' })],
    ['an array', '[]'],
    ['null', 'null'],
    ['lessons of the wrong shape', JSON.stringify({ version: 1, lessons: { a: 3 } })],
    ['exercises of the wrong shape', JSON.stringify({ version: 1, lessons: {}, exercises: [] })],
  ])('%s: set aside, listed for the notice, progress restarts', (_, raw) => {
    storage.setItem(PROGRESS_KEY, raw);
    expect(loadProgress()).toEqual({ version: 1, lessons: {} });
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    const backups = setAsideProgress();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^pml:progress:unreadable:\d+$/);
    expect(storage.getItem(backups[0])).toBe(raw);

    // new progress is recorded normally; the backup stays after the notice is dismissed
    markLessonVisited('/lessons/02-b/');
    expect(Object.keys(loadProgress().lessons)).toEqual(['02-b']);
    acknowledgeSetAside();
    expect(setAsideProgress()).toEqual([]);
    expect(storage.getItem(backups[0])).toBe(raw);
  });

  it('valid progress is not touched and nothing is reported', () => {
    storage.setItem(PROGRESS_KEY, GOOD);
    expect(loadProgress().lessons['01-a'].visited).toBe('2026-01-01T00:00:00.000Z');
    expect(setAsideProgress()).toEqual([]);
    expect(storage.getItem(PROGRESS_KEY)).toBe(GOOD);
  });

  it('a damaged list of set-aside keys reads as empty, and only backup keys are listed', () => {
    storage.setItem(SET_ASIDE_KEY, '{oops');
    expect(setAsideProgress()).toEqual([]);
    storage.setItem(SET_ASIDE_KEY, JSON.stringify(['pml:edits', 'pml:progress:unreadable:1', 3]));
    expect(setAsideProgress()).toEqual(['pml:progress:unreadable:1']);
  });
});

describe('imported files', () => {
  const current = { version: 1 as const, lessons: {} };
  it.each([
    ['not JSON', '<script>window.__xss = 1</script>', /not JSON/],
    ['truncated', '{"format": "python-memory-lab-progress", "version": 1, "progress": {"lessons"', /not JSON/],
    ['foreign JSON', '{"hello": 1}', /not a Python Memory Lab progress file/],
    ['another version', '{"format": "python-memory-lab-progress", "version": 7, "progress": {}}', /version 7/],
    ['no lessons', '{"format": "python-memory-lab-progress", "version": 1, "progress": {"lessons": 3}}', /damaged/],
  ])('%s: refused with a reason, nothing changed', (_, text, reason) => {
    const r = importProgressFile(text, current);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  it('lesson ids that are not ids (HTML) are left out and counted', () => {
    const text = JSON.stringify({
      format: 'python-memory-lab-progress',
      version: 1,
      progress: { lessons: { '<img src=x onerror=alert(1)>': { visited: '2026-01-01T00:00:00.000Z' }, '01-a': { visited: '2026-01-01T00:00:00.000Z' } } },
    });
    const r = importProgressFile(text, current);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.progress.lessons)).toEqual(['01-a']);
      expect(r.skipped).toBe(1);
    }
  });
});
