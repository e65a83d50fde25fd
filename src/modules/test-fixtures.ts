/**
 * Shared test data for the grader's tests and the benchmark: a small module, its exercises, a
 * checker double, and reports built the way the module page builds them.
 */
import type { Answer, CheckExercise, ExerciseData } from './check-contract.ts';
import { buildReport, type CompletionReport } from './report.ts';
import type { ModuleData } from './types.ts';

export function codeExercise(id: string, solution: string): ExerciseData {
  return { id, title: id, topic: 'references', kind: 'code', lesson: '01-x', hints: [], starter: '', solution, check: '' };
}

export const fixtureExercises = new Map<string, ExerciseData>([
  ['ex-copy', codeExercise('ex-copy', 'backup = scores.copy()')],
  ['ex-grid', codeExercise('ex-grid', 'grid.append([0, 0, 0])')],
  ['ex-pick', { id: 'ex-pick', title: 'pick', topic: 'gc', kind: 'choose', lesson: '01-x', hints: [], options: ['a', 'b'], answer: 1 }],
]);

export const fixtureModule: ModuleData = {
  id: 'week-1',
  title: 'Week 1',
  description: 'd',
  pass: { kind: 'all' },
  items: [
    { kind: 'lesson', id: '01-x' },
    { kind: 'exercise', id: 'ex-copy' },
    { kind: 'exercise', id: 'ex-grid' },
    { kind: 'exercise', id: 'ex-pick' },
  ],
};

/**
 * Stands in for src/checks: code passes when it contains the exercise's `solution` line; code
 * with `while True` burns the step budget like the simulator does and is stopped by it.
 */
export const checkDouble: CheckExercise = (exercise, answer, limits = {}) => {
  const result = (passed: boolean, message: string, limit: 'steps' | null = null) => ({ passed, message, stdout: '', stderr: '', limit });
  if (answer.kind === 'choose') return result(answer.choice.length === 1 && answer.choice[0] === exercise.answer, 'choice');
  if (answer.kind !== 'code') return result(false, 'unsupported');
  if (answer.code.includes('while True')) {
    const budget = limits.stepBudget ?? 1_000_000;
    let steps = 0;
    while (steps < budget) steps++;
    return result(false, `StepLimitError: stopped after ${steps} steps`, 'steps');
  }
  if (answer.code.includes('raise-in-checker')) throw new Error('internal simulator bug');
  const ok = answer.code.includes(exercise.solution ?? '\u0000');
  return result(ok, ok ? 'All checks passed.' : 'AssertionError: backup and scores are still one list');
};

type Submitted = Record<string, { status: 'passed' | 'attempted'; answer: Answer }>;

/** A report as the module page would build it from this progress. */
export function fixtureReport(learner: string, submitted: Submitted, module: ModuleData = fixtureModule): CompletionReport {
  const exercises: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(submitted)) {
    exercises[id] = { status: entry.status, attempts: 1, lastAnswer: entry.answer, passedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
  }
  return buildReport({
    module,
    exercises: fixtureExercises,
    learner,
    progress: { version: 1, lessons: { '01-x': { visited: '2026-12-01T09:00:00.000Z' } }, exercises },
    courseVersion: '0.1.0',
    now: new Date('2026-12-02T12:00:00.000Z'),
  });
}

export const allPassed: Submitted = {
  'ex-copy': { status: 'passed', answer: { kind: 'code', code: 'scores = [1]\nbackup = scores.copy()\n' } },
  'ex-grid': { status: 'passed', answer: { kind: 'code', code: 'grid = []\ngrid.append([0, 0, 0])\n' } },
  'ex-pick': { status: 'passed', answer: { kind: 'choose', choice: [1] } },
};
