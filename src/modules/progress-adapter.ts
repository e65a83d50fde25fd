/**
 * Reads a learner's status out of the site's progress store (src/lib/progress.ts). The store's
 * per-exercise entries are written by the exercise checker; this adapter is the one place that
 * knows their shape, and it accepts anything (a missing or odd entry reads as "not started").
 */
import type { Answer } from './check-contract.ts';
import type { ExerciseKind } from './types.ts';

export type ExerciseStatus = 'passed' | 'attempted' | 'not-started';
export type LessonStatus = 'ran' | 'visited' | 'not-started';

export interface ExerciseProgress {
  status: ExerciseStatus;
  attempts: number;
  /** What the learner submitted: the passing answer when the store kept it, else the last one. */
  answer: Answer | null;
  passedAt: string | null;
  updatedAt: string | null;
}

export interface LessonProgressView {
  status: LessonStatus;
  visited: string | null;
  ran: string | null;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const stamp = (value: unknown): string | null => (typeof value === 'string' && value.length <= 40 ? value : null);

/** Accepts an `Answer`, or a bare code string / prediction / choice list of the right kind. */
export function toAnswer(value: unknown, kind: ExerciseKind): Answer | null {
  if (isObject(value) && value.kind === kind) {
    if (kind === 'code' && typeof value.code === 'string') return { kind, code: value.code };
    if (kind === 'predict' && typeof value.prediction === 'string') return { kind, prediction: value.prediction };
    if (kind === 'choose' && Array.isArray(value.choice) && value.choice.every((n) => Number.isInteger(n))) {
      return { kind, choice: value.choice as number[] };
    }
    return null;
  }
  if (kind === 'code' && typeof value === 'string') return { kind, code: value };
  if (kind === 'predict' && typeof value === 'string') return { kind, prediction: value };
  if (kind === 'choose' && Number.isInteger(value)) return { kind, choice: [value as number] };
  if (kind === 'choose' && Array.isArray(value) && value.every((n) => Number.isInteger(n))) return { kind, choice: value as number[] };
  return null;
}

export function exerciseProgress(progress: unknown, id: string, kind: ExerciseKind): ExerciseProgress {
  const exercises = isObject(progress) ? progress.exercises : undefined;
  const entry = isObject(exercises) && Object.hasOwn(exercises, id) ? exercises[id] : undefined;
  if (!isObject(entry)) return { status: 'not-started', attempts: 0, answer: null, passedAt: null, updatedAt: null };
  const status: ExerciseStatus = entry.status === 'passed' ? 'passed' : entry.status === 'attempted' ? 'attempted' : 'not-started';
  const answer =
    toAnswer(entry.passedAnswer, kind) ??
    (kind === 'code' ? toAnswer(entry.passedCode, kind) : null) ??
    toAnswer(entry.lastAnswer, kind) ??
    (kind === 'code' ? toAnswer(entry.lastCode, kind) : null);
  const attempts = typeof entry.attempts === 'number' && Number.isFinite(entry.attempts) ? Math.max(0, Math.floor(entry.attempts)) : 0;
  return { status, attempts, answer, passedAt: stamp(entry.passedAt), updatedAt: stamp(entry.updatedAt) };
}

export function lessonProgress(progress: unknown, id: string): LessonProgressView {
  const lessons = isObject(progress) ? progress.lessons : undefined;
  const entry = isObject(lessons) && Object.hasOwn(lessons, id) ? lessons[id] : undefined;
  if (!isObject(entry)) return { status: 'not-started', visited: null, ran: null };
  const visited = stamp(entry.visited);
  const ran = stamp(entry.ran);
  return { status: ran ? 'ran' : visited ? 'visited' : 'not-started', visited, ran };
}
