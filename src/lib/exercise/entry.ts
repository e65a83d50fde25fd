/**
 * One exercise's record in the progress store (`progress.exercises[id]`): status, attempts, the
 * last answer and, once passed, the passing answer (the module report and the grader re-check it,
 * see src/modules/progress-adapter.ts). Everything read back from storage or a file goes through
 * `readEntry`, which keeps what is well-formed and drops what is not.
 */
import type { Answer } from '../../checks/types.ts';

export type ExerciseKind = Answer['kind'];

export interface ExerciseEntry {
  status: 'attempted' | 'passed';
  /** Checks run, passed or not. */
  attempts: number;
  /** Checks that failed: the solution may be revealed after three. */
  failures: number;
  /** How many hints the learner has opened (hints appear one at a time). */
  hintsShown: number;
  solutionShown: boolean;
  lastAnswer?: Answer;
  /** The code of the last answer of a code exercise, where older readers look for it. */
  lastCode?: string;
  passedAnswer?: Answer;
  /** ISO timestamps. */
  passedAt?: string;
  updatedAt: string;
}

export const FAILURES_BEFORE_SOLUTION = 3;

/** Stored text is capped: a pasted megabyte must not fill the learner's storage quota. */
const MAX_TEXT = 100_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.floor(value), 1_000_000) : 0;
const stamp = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : undefined;

export function readAnswer(value: unknown): Answer | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === 'code' && typeof value.code === 'string' && value.code.length <= MAX_TEXT) return { kind: 'code', code: value.code };
  if (value.kind === 'predict' && typeof value.prediction === 'string' && value.prediction.length <= MAX_TEXT) {
    return { kind: 'predict', prediction: value.prediction };
  }
  if (value.kind === 'choose' && Array.isArray(value.choice) && value.choice.length <= 100 && value.choice.every((n) => Number.isInteger(n) && n >= 0)) {
    return { kind: 'choose', choice: [...(value.choice as number[])] };
  }
  return undefined;
}

/** A well-formed entry, or null when `value` is not one. */
export function readEntry(value: unknown): ExerciseEntry | null {
  if (!isObject(value) || (value.status !== 'attempted' && value.status !== 'passed')) return null;
  const updatedAt = stamp(value.updatedAt);
  if (updatedAt === undefined) return null;
  const entry: ExerciseEntry = {
    status: value.status,
    attempts: count(value.attempts),
    failures: count(value.failures),
    hintsShown: count(value.hintsShown),
    solutionShown: value.solutionShown === true,
    updatedAt,
  };
  const lastAnswer = readAnswer(value.lastAnswer);
  if (lastAnswer) entry.lastAnswer = lastAnswer;
  if (lastAnswer?.kind === 'code') entry.lastCode = lastAnswer.code;
  const passedAnswer = readAnswer(value.passedAnswer);
  if (passedAnswer) entry.passedAnswer = passedAnswer;
  const passedAt = stamp(value.passedAt);
  if (passedAt) entry.passedAt = passedAt;
  return entry;
}

/** Every well-formed entry of a stored `exercises` map (the others are left out). */
export function readEntries(value: unknown): Record<string, ExerciseEntry> {
  const out: Record<string, ExerciseEntry> = {};
  if (!isObject(value)) return out;
  for (const [id, raw] of Object.entries(value)) {
    const entry = readEntry(raw);
    if (entry && /^[a-z0-9][a-z0-9-]*$/.test(id)) out[id] = entry;
  }
  return out;
}

function fresh(now: string): ExerciseEntry {
  return { status: 'attempted', attempts: 0, failures: 0, hintsShown: 0, solutionShown: false, updatedAt: now };
}

function capped(answer: Answer): Answer {
  if (answer.kind === 'code') return { kind: 'code', code: answer.code.slice(0, MAX_TEXT) };
  if (answer.kind === 'predict') return { kind: 'predict', prediction: answer.prediction.slice(0, MAX_TEXT) };
  return { kind: 'choose', choice: [...answer.choice] };
}

/** The entry after a check of `answer`. A passed exercise stays passed (a later failed try is only an attempt). */
export function afterCheck(previous: ExerciseEntry | null, answer: Answer, passed: boolean, now: string): ExerciseEntry {
  const entry: ExerciseEntry = { ...(previous ?? fresh(now)), updatedAt: now };
  entry.attempts += 1;
  entry.lastAnswer = capped(answer);
  if (answer.kind === 'code') entry.lastCode = entry.lastAnswer.kind === 'code' ? entry.lastAnswer.code : undefined;
  else delete entry.lastCode;
  if (passed) {
    entry.status = 'passed';
    entry.passedAnswer = capped(answer);
    entry.passedAt = now;
  } else {
    entry.failures += 1;
  }
  return entry;
}

/** The entry after the learner opened one more hint, or revealed the solution. */
export function afterHelp(previous: ExerciseEntry | null, help: 'hint' | 'solution', now: string): ExerciseEntry {
  const entry: ExerciseEntry = { ...(previous ?? fresh(now)), updatedAt: now };
  if (help === 'hint') entry.hintsShown += 1;
  else entry.solutionShown = true;
  return entry;
}

/** The solution is offered freely after three failed checks; before, only with a confirmation. */
export function solutionUnlocked(entry: ExerciseEntry | null): boolean {
  return entry !== null && (entry.failures >= FAILURES_BEFORE_SOLUTION || entry.solutionShown || entry.status === 'passed');
}

/** Two records of the same exercise (an imported file and this browser): nothing either knows is lost. */
export function mergeEntries(a: ExerciseEntry, b: ExerciseEntry): ExerciseEntry {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  const merged: ExerciseEntry = {
    ...newer,
    status: a.status === 'passed' || b.status === 'passed' ? 'passed' : 'attempted',
    attempts: Math.max(a.attempts, b.attempts),
    failures: Math.max(a.failures, b.failures),
    hintsShown: Math.max(a.hintsShown, b.hintsShown),
    solutionShown: a.solutionShown || b.solutionShown,
  };
  // the first pass is the one a report cites
  const passes = [a, b].filter((e) => e.passedAt !== undefined && e.passedAnswer !== undefined).sort((x, y) => x.passedAt!.localeCompare(y.passedAt!));
  if (passes.length > 0) {
    merged.passedAt = passes[0].passedAt;
    merged.passedAnswer = passes[0].passedAnswer;
  } else if (older.passedAt && !newer.passedAt) {
    merged.passedAt = older.passedAt;
  }
  return merged;
}
