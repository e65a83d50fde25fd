/** The course's exercises and lessons read from `content/` (Node only), for the checker's tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourseContent } from '../modules/catalog.ts';
import type { ExerciseData } from './types.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const TOPICS = ['references', 'pass-by-assignment', 'refcounting', 'cycles', 'gc'] as const;

export function loadExercises(): ExerciseData[] {
  return [...loadCourseContent(ROOT).exercises.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Lesson id (file name without .mdx) → MDX source. */
export function loadLessons(): Map<string, string> {
  const dir = join(ROOT, 'content', 'lessons');
  const lessons = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.mdx')) lessons.set(name.slice(0, -4), readFileSync(join(dir, name), 'utf8'));
  }
  return lessons;
}

export interface CpythonOutputs {
  python: string;
  exercises: Record<string, string>;
  editors: Record<string, { stdout: string; exitCode: number; errorLine: string | null }>;
  /** `pick: heap` exercises: what the gc.collect() on their `stop` line returns in CPython. */
  heapPicks?: Record<string, number>;
}

/** What CPython 3.11 printed (regenerate: `python3 src/checks/validate_with_cpython.py --write`). */
export function loadCpythonOutputs(): CpythonOutputs {
  return JSON.parse(readFileSync(join(ROOT, 'src', 'checks', 'fixtures', 'cpython-outputs.json'), 'utf8')) as CpythonOutputs;
}

export interface KnownGaps {
  exercises: Record<string, string>;
  editors: Record<string, string>;
}

export function loadKnownGaps(): KnownGaps {
  return JSON.parse(readFileSync(join(ROOT, 'src', 'checks', 'known-gaps.json'), 'utf8')) as KnownGaps;
}
