/**
 * The completion report a learner downloads from a module page and an instructor grades. Its
 * schema (zod, and the JSON Schema generated from it at /modules/report.schema.json) is in
 * report-schema.ts; this file is the browser-safe half: the type and the builder.
 */
import type { Answer } from './check-contract.ts';
import { exerciseProgress, lessonProgress, type ExerciseStatus } from './progress-adapter.ts';
import type { CatalogExercise, ModuleData, ModuleItem } from './types.ts';

export const REPORT_FORMAT = 'pml-completion-report';
export const REPORT_VERSION = 1;

export interface ReportExercise {
  id: string;
  kind: CatalogExercise['kind'];
  /** The result the browser saw when the learner last checked this exercise. */
  status: ExerciseStatus;
  attempts: number;
  /** What the learner submitted (null if nothing was). The grader re-checks this. */
  answer: Answer | null;
  passedAt: string | null;
  updatedAt: string | null;
}

export interface ReportLesson {
  id: string;
  visited: string | null;
  ran: string | null;
}

export interface CompletionReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** package.json's version of the site that produced the report. */
  courseVersion: string;
  learner: string;
  /** ISO 8601: when the report was downloaded. */
  createdAt: string;
  module: {
    id: string;
    title: string;
    /** For a module opened from a shared link: the link's query string. */
    link: string | null;
    items: ModuleItem[];
  };
  lessons: ReportLesson[];
  exercises: ReportExercise[];
}

export interface BuildReportOptions {
  module: ModuleData;
  /** Only the kinds are needed, to read answers of the right shape. */
  exercises: ReadonlyMap<string, Pick<CatalogExercise, 'kind'>>;
  learner: string;
  progress: unknown;
  courseVersion: string;
  link?: string | null;
  now?: Date;
}

export function buildReport(options: BuildReportOptions): CompletionReport {
  const { module, progress } = options;
  const lessons: ReportLesson[] = [];
  const exercises: ReportExercise[] = [];
  for (const item of module.items) {
    if (item.kind === 'lesson') {
      const { visited, ran } = lessonProgress(progress, item.id);
      lessons.push({ id: item.id, visited, ran });
      continue;
    }
    const kind = options.exercises.get(item.id)?.kind;
    if (!kind) continue;
    exercises.push({ id: item.id, kind, ...exerciseProgress(progress, item.id, kind) });
  }
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    courseVersion: options.courseVersion,
    learner: options.learner.trim(),
    createdAt: (options.now ?? new Date()).toISOString(),
    module: { id: module.id, title: module.title, link: options.link ?? null, items: module.items.map((item) => ({ ...item })) },
    lessons,
    exercises,
  };
}

/** `report-<module>-<learner>.json`, safe on every file system. */
export function reportFileName(report: Pick<CompletionReport, 'learner' | 'module'>): string {
  const learner = report.learner.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'learner';
  return `report-${report.module.id}-${learner}.json`;
}
