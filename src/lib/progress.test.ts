import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, lessonIdFromPath, loadProgress, markLessonRun, markLessonVisited } from './progress.ts';

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});

describe('progress store', () => {
  it('maps lesson paths to ids', () => {
    expect(lessonIdFromPath('/lessons/01-variables-are-references/')).toBe('01-variables-are-references');
    expect(lessonIdFromPath('/map/')).toBeNull();
  });

  it('records visits once and runs each time', () => {
    markLessonVisited('/lessons/01-a/');
    const first = loadProgress().lessons['01-a'].visited;
    markLessonVisited('/lessons/01-a/');
    expect(loadProgress().lessons['01-a'].visited).toBe(first);
    markLessonRun('/lessons/01-a/');
    expect(typeof loadProgress().lessons['01-a'].ran).toBe('string');
  });

  it('sets an unreadable value aside instead of dropping it', () => {
    storage.setItem(PROGRESS_KEY, '{"version":0,"lessons":[]');
    expect(loadProgress()).toEqual({ version: 1, lessons: {} });
    const backup = storage.keys().find((k) => k.startsWith(`${PROGRESS_KEY}:unreadable:`));
    expect(backup).toBeDefined();
    expect(storage.getItem(backup!)).toBe('{"version":0,"lessons":[]');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('keeps the exercise checker’s section when it records a lesson', () => {
    const exercises = { 'refs-alias-mutation': { status: 'passed', attempts: 2 } };
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, lessons: {}, exercises }));
    markLessonRun('/lessons/01-a/');
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!) as { exercises: unknown; lessons: Record<string, unknown> };
    expect(saved.exercises).toEqual(exercises);
    expect(Object.keys(saved.lessons)).toEqual(['01-a']);
  });
});
