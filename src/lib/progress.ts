/**
 * The learner's progress: one versioned localStorage entry, validated on every load. A value that
 * doesn't validate is set aside under a backup key (never silently dropped), listed under
 * SET_ASIDE_KEY until the page has told the learner, and progress restarts.
 */
export const PROGRESS_KEY = 'pml:progress';
const VERSION = 1;

export interface LessonProgress {
  /** ISO timestamps. */
  visited?: string;
  ran?: string;
}

export interface Progress {
  version: typeof VERSION;
  lessons: Record<string, LessonProgress>;
  /** Written by the exercise checker (its own shape, validated by its reader); kept as is here. */
  exercises?: Record<string, unknown>;
}

function empty(): Progress {
  return { version: VERSION, lessons: {} };
}

function isProgress(value: unknown): value is Progress {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { version?: unknown; lessons?: unknown };
  if (v.version !== VERSION || typeof v.lessons !== 'object' || v.lessons === null) return false;
  const { exercises } = value as { exercises?: unknown };
  if (exercises !== undefined && (typeof exercises !== 'object' || exercises === null || Array.isArray(exercises))) {
    return false;
  }
  return Object.values(v.lessons).every(
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      Object.values(entry as object).every((stamp) => typeof stamp === 'string'),
  );
}

export function loadProgress(): Progress {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    return empty();
  }
  if (raw === null) return empty();
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isProgress(parsed)) return parsed;
  } catch {
    // falls through to setting the value aside
  }
  try {
    const backup = `${PROGRESS_KEY}:unreadable:${Date.now()}`;
    localStorage.setItem(backup, raw);
    localStorage.removeItem(PROGRESS_KEY);
    localStorage.setItem(SET_ASIDE_KEY, JSON.stringify([...setAsideProgress(), backup]));
  } catch {
    // storage unavailable: keep working without it
  }
  return empty();
}

/** Backup keys of progress set aside and not yet reported to the learner (progress-notice.ts). */
export const SET_ASIDE_KEY = `${PROGRESS_KEY}:set-aside`;

export function setAsideProgress(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(SET_ASIDE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string' && k.startsWith(`${PROGRESS_KEY}:unreadable:`)) : [];
  } catch {
    return [];
  }
}

/** The learner has seen the notice: the backups stay in storage, only the report is done. */
export function acknowledgeSetAside(): void {
  try {
    localStorage.removeItem(SET_ASIDE_KEY);
  } catch {
    // nothing to do
  }
}

function update(lessonId: string, change: (entry: LessonProgress) => void): void {
  const progress = loadProgress();
  const entry = (progress.lessons[lessonId] ??= {});
  change(entry);
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // not remembered
  }
}

/** `/lessons/<id>/` → `<id>`; null for other pages. */
export function lessonIdFromPath(pathname: string): string | null {
  return /^\/lessons\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}

export function markLessonVisited(pathname: string): void {
  const id = lessonIdFromPath(pathname);
  if (id) update(id, (entry) => void (entry.visited ??= new Date().toISOString()));
}

export function markLessonRun(pathname: string): void {
  const id = lessonIdFromPath(pathname);
  if (id) update(id, (entry) => void (entry.ran = new Date().toISOString()));
}

// ---- exercises: the entries' shape and validation are in src/lib/exercise/entry.ts ----------------

/** Replaces the whole store (an imported progress file, validated and merged first). */
export function saveProgress(progress: Progress): boolean {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** Writes one exercise's entry, keeping the rest of the store. False when storage is unavailable. */
export function saveExerciseEntry(id: string, entry: object): boolean {
  const progress = loadProgress();
  progress.exercises = { ...(progress.exercises ?? {}), [id]: entry };
  return saveProgress(progress);
}
