/**
 * Grading one completion report: every exercise of the module is re-checked from the answer the
 * learner submitted, with the same checker and limits as the browser. What the report claims is
 * only compared with the re-check, never believed. Pure and synchronous; the checker is a
 * parameter so tests can inject a double and the CLI the real one (checker-adapter.ts).
 */
import type { Answer, CheckExercise, CheckLimits, ExerciseData } from './check-contract.ts';
import { exerciseIds, requiredPasses } from './pass-rule.ts';
import type { ExerciseStatus } from './progress-adapter.ts';
import { parseReport } from './report-schema.ts';
import type { CompletionReport, ReportExercise } from './report.ts';
import type { ModuleData } from './types.ts';

/** `limit`: the step/output/heap limit stopped the learner's code; `error`: the checker itself failed. */
export type Recheck = 'passed' | 'failed' | 'limit' | 'missing' | 'error';

export interface ItemGrade {
  id: string;
  result: Recheck;
  claimed: ExerciseStatus | null;
  /** The checker's message (first line), for the notes column. */
  message: string;
}

export interface GradedReport {
  ok: true;
  source: string;
  learner: string;
  submittedAt: string;
  items: ItemGrade[];
  total: number;
  required: number;
  passed: boolean;
  /** Why the report's claims disagree with the re-check; empty when they agree. */
  flags: string[];
}

export interface RejectedReport {
  ok: false;
  source: string;
  reason: string;
}

export type GradeResult = GradedReport | RejectedReport;

export interface GradeContext {
  module: ModuleData;
  exercises: ReadonlyMap<string, ExerciseData>;
  check: CheckExercise;
  limits: CheckLimits;
}

function firstLine(text: string, max = 160): string {
  const line = text.trim().split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function recheck(exercise: ExerciseData, answer: Answer, context: GradeContext): { result: Recheck; message: string } {
  try {
    const outcome = context.check(exercise, answer, context.limits);
    if (outcome.limit) return { result: 'limit', message: `stopped by the ${outcome.limit} limit: ${firstLine(outcome.message || outcome.stderr)}` };
    return { result: outcome.passed ? 'passed' : 'failed', message: firstLine(outcome.message) };
  } catch (error) {
    // A checker bug must cost one item, not the whole batch.
    return { result: 'error', message: `the checker failed: ${firstLine(error instanceof Error ? error.message : String(error))}` };
  }
}

function gradeItem(id: string, submitted: ReportExercise | undefined, context: GradeContext): ItemGrade {
  const exercise = context.exercises.get(id);
  const claimed = submitted?.status ?? null;
  if (!exercise) return { id, result: 'error', claimed, message: `exercise "${id}" is not in content/exercises/` };
  if (!submitted || !submitted.answer) return { id, result: 'missing', claimed, message: 'no answer submitted' };
  if (submitted.answer.kind !== exercise.kind) {
    return { id, result: 'failed', claimed, message: `a ${submitted.answer.kind} answer for a ${exercise.kind} exercise` };
  }
  return { id, claimed, ...recheck(exercise, submitted.answer, context) };
}

function sameItems(a: ModuleData['items'], b: ModuleData['items']): boolean {
  return a.length === b.length && a.every((item, i) => item.kind === b[i].kind && item.id === b[i].id);
}

export function gradeParsedReport(report: CompletionReport, source: string, context: GradeContext): GradeResult {
  const { module } = context;
  if (report.module.id !== module.id) {
    const hint = report.module.link ? ` (it came from a shared link: grade it with --module '${report.module.link.slice(0, 300)}')` : '';
    return { ok: false, source, reason: `the report is for module "${report.module.id}", not "${module.id}"${hint}` };
  }
  const flags: string[] = [];
  if (!sameItems(report.module.items, module.items)) flags.push('the report lists different module items');
  const submitted = new Map(report.exercises.map((e) => [e.id, e]));
  const items = exerciseIds(module).map((id) => gradeItem(id, submitted.get(id), context));
  for (const item of items) {
    const claimedPass = item.claimed === 'passed';
    if (claimedPass && item.result !== 'passed') flags.push(`${item.id}: claimed passed, re-check ${item.result}`);
    if (!claimedPass && item.result === 'passed') flags.push(`${item.id}: claimed ${item.claimed ?? 'nothing'}, re-check passed`);
  }
  const total = items.filter((item) => item.result === 'passed').length;
  const required = requiredPasses(module);
  return { ok: true, source, learner: report.learner, submittedAt: report.createdAt, items, total, required, passed: total >= required, flags };
}

/** Grades one report file's text; never throws. */
export function gradeReportText(text: string, source: string, context: GradeContext): GradeResult {
  const parsed = parseReport(text);
  if (!parsed.ok) return { ok: false, source, reason: parsed.reason };
  try {
    return gradeParsedReport(parsed.report, source, context);
  } catch (error) {
    return { ok: false, source, reason: `could not be graded: ${error instanceof Error ? error.message : String(error)}` };
  }
}
