/**
 * Progress as a file the learner keeps: export writes the whole store; import reads a file,
 * validates it, and merges it into the current progress so nothing either side knows is lost
 * (a passed exercise stays passed, attempts keep the larger count, lessons keep the first visit
 * and the last run). A file that is not a progress file changes nothing and says why.
 */
import type { LessonProgress, Progress } from '../progress.ts';
import { mergeEntries, readEntries, type ExerciseEntry } from './entry.ts';

export const FILE_FORMAT = 'python-memory-lab-progress';
export const FILE_VERSION = 1;
/** A progress file is small; anything far larger is not one. */
const MAX_FILE_CHARS = 5_000_000;

export interface ProgressFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  exportedAt: string;
  progress: Progress;
}

export function progressFileText(progress: Progress, now: string): string {
  const file: ProgressFile = { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now, progress };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function progressFileName(now: string): string {
  return `python-memory-lab-progress-${now.slice(0, 10)}.json`;
}

export type ImportResult =
  | { ok: true; progress: Progress; lessons: number; exercises: number; skipped: number }
  | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stamp = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : undefined;

function readLessons(value: unknown): { lessons: Record<string, LessonProgress>; skipped: number } {
  const lessons: Record<string, LessonProgress> = {};
  let skipped = 0;
  for (const [id, raw] of Object.entries(isObject(value) ? value : {})) {
    const visited = isObject(raw) ? stamp(raw.visited) : undefined;
    const ran = isObject(raw) ? stamp(raw.ran) : undefined;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || (visited === undefined && ran === undefined)) {
      skipped++;
      continue;
    }
    lessons[id] = { ...(visited && { visited }), ...(ran && { ran }) };
  }
  return { lessons, skipped };
}

/** Reads a progress file and merges it into `current`; `current` itself is not changed. */
export function importProgressFile(text: string, current: Progress): ImportResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'This file is far too large to be a progress file. Nothing was changed.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a progress file (it is not JSON). Nothing was changed.' };
  }
  if (!isObject(data) || data.format !== FILE_FORMAT) {
    return { ok: false, error: 'This file is not a Python Memory Lab progress file. Nothing was changed.' };
  }
  if (data.version !== FILE_VERSION) {
    return { ok: false, error: `This progress file has version ${String(data.version)}, which this site cannot read. Nothing was changed.` };
  }
  const stored = data.progress;
  if (!isObject(stored) || !isObject(stored.lessons)) {
    return { ok: false, error: 'This progress file is damaged (it has no lessons). Nothing was changed.' };
  }
  const { lessons, skipped: badLessons } = readLessons(stored.lessons);
  const exercises = readEntries(stored.exercises);
  const badExercises = isObject(stored.exercises) ? Object.keys(stored.exercises).length - Object.keys(exercises).length : 0;

  const merged: Progress = { ...current, lessons: { ...current.lessons } };
  for (const [id, entry] of Object.entries(lessons)) {
    const mine = merged.lessons[id] ?? {};
    const visited = [mine.visited, entry.visited].filter((s): s is string => !!s).sort()[0];
    const ran = [mine.ran, entry.ran].filter((s): s is string => !!s).sort().pop();
    merged.lessons[id] = { ...mine, ...(visited && { visited }), ...(ran && { ran }) };
  }
  const mineExercises = readEntries(current.exercises);
  const allExercises: Record<string, unknown> = { ...(current.exercises ?? {}) };
  for (const [id, entry] of Object.entries(exercises)) {
    const mine: ExerciseEntry | undefined = mineExercises[id];
    allExercises[id] = mine ? mergeEntries(mine, entry) : entry;
  }
  merged.exercises = allExercises;
  return { ok: true, progress: merged, lessons: Object.keys(lessons).length, exercises: Object.keys(exercises).length, skipped: badLessons + badExercises };
}
