/**
 * The completion report's schema. Reports come from learners' browsers, so the grader trusts
 * nothing: size is capped before parsing, every object is strict (unknown keys such as
 * `__proto__` are rejected), every string and list has a bound, and a reason is returned instead
 * of an exception. `reportJsonSchema()` is served at /modules/report.schema.json for instructors.
 */
import { z } from 'zod';
import { REPORT_FORMAT, REPORT_VERSION, type CompletionReport } from './report.ts';
import { MAX_ITEMS, MAX_TITLE, SLUG } from './types.ts';

/** Reports above this are rejected unread: 100 exercises × 20 KB of code is 2 MB. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
export const MAX_CODE_CHARS = 50_000;
export const MAX_LEARNER_CHARS = 100;

// Names end up in CSV cells and terminals: no control characters.
const CONTROL = /[\u0000-\u001f\u007f]/;
const id = z.string().max(100).regex(SLUG, 'must be a lowercase slug');
const timestamp = z.iso.datetime({ offset: true });
const nullableTimestamp = timestamp.nullable();

const answer = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('code'), code: z.string().max(MAX_CODE_CHARS) }),
  z.strictObject({ kind: z.literal('predict'), prediction: z.string().max(10_000) }),
  z.strictObject({ kind: z.literal('choose'), choice: z.array(z.number().int().min(0).max(999)).max(100) }),
]);

const item = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lesson'), id }),
  z.strictObject({ kind: z.literal('exercise'), id }),
]);

export const reportSchema = z
  .strictObject({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_VERSION),
    courseVersion: z.string().max(50),
    learner: z
      .string()
      .trim()
      .min(1, 'the learner name is empty')
      .max(MAX_LEARNER_CHARS)
      .refine((name) => !CONTROL.test(name), 'the learner name contains control characters'),
    createdAt: timestamp,
    module: z.strictObject({
      id: z.string().max(100).regex(SLUG, 'must be a lowercase slug'),
      title: z.string().max(MAX_TITLE),
      link: z.string().max(8000).nullable(),
      items: z.array(item).max(MAX_ITEMS),
    }),
    lessons: z.array(z.strictObject({ id, visited: nullableTimestamp, ran: nullableTimestamp })).max(MAX_ITEMS),
    exercises: z
      .array(
        z.strictObject({
          id,
          kind: z.enum(['code', 'predict', 'choose']),
          status: z.enum(['passed', 'attempted', 'not-started']),
          attempts: z.number().int().min(0).max(1_000_000),
          answer: answer.nullable(),
          passedAt: nullableTimestamp,
          updatedAt: nullableTimestamp,
        }),
      )
      .max(MAX_ITEMS),
  })
  .superRefine((report, ctx) => {
    const seen = new Set<string>();
    report.exercises.forEach((exercise, i) => {
      if (seen.has(exercise.id)) ctx.addIssue({ code: 'custom', path: ['exercises', i, 'id'], message: `"${exercise.id}" appears twice` });
      seen.add(exercise.id);
      if (exercise.answer && exercise.answer.kind !== exercise.kind) {
        ctx.addIssue({ code: 'custom', path: ['exercises', i, 'answer', 'kind'], message: `a ${exercise.answer.kind} answer for a ${exercise.kind} exercise` });
      }
    });
  });

export type ParsedReport = { ok: true; report: CompletionReport } | { ok: false; reason: string };

function where(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || 'report';
}

/** Parses and validates one report's text; never throws. */
export function parseReport(text: string): ParsedReport {
  if (text.length > MAX_REPORT_BYTES) {
    return { ok: false, reason: `too large (${(text.length / 1048576).toFixed(1)} MB; a report is at most ${MAX_REPORT_BYTES / 1048576} MB)` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : 'unreadable';
    return { ok: false, reason: `not valid JSON (${detail})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not a JSON object' };
  const format = (data as { format?: unknown }).format;
  if (format !== REPORT_FORMAT) return { ok: false, reason: `not a completion report (format is not "${REPORT_FORMAT}")` };
  const result = reportSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map((issue) => `${where(issue.path)}: ${issue.message}`);
    const more = result.error.issues.length > 3 ? ` (+${result.error.issues.length - 3} more)` : '';
    return { ok: false, reason: `does not match the report schema: ${issues.join('; ')}${more}` };
  }
  return { ok: true, report: result.data as CompletionReport };
}

export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: '/modules/report.schema.json',
    title: 'Python Memory Lab completion report',
    description: 'Downloaded by a learner from a module page; graded by `npm run grade`. See src/modules/README.md.',
    ...z.toJSONSchema(reportSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
