/**
 * Validation of a module file (`content/modules/<id>.yaml`) against its shape and the course's
 * lesson and exercise ids. Every problem is reported as `<file>: <field>: <what is wrong>`, so a bad
 * module fails the build with a message that names the file, the field and the unknown id.
 * Used by the Astro loader (build) and by the grader (Node).
 */
import { z } from 'zod';
import { isValidDue } from './due.ts';
import { MAX_DESCRIPTION, MAX_ITEMS, MAX_TITLE, SLUG, type ModuleData, type ModuleItem, type PassRule } from './types.ts';

/** The ids a module may refer to. */
export interface KnownIds {
  lessons: ReadonlySet<string>;
  exercises: ReadonlySet<string>;
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** The file as written (YAML → plain data), before ids are resolved. */
export const moduleFileSchema = z.strictObject({
  id: z.string().regex(SLUG, 'must be a lowercase slug (a-z, 0-9, -)').optional(),
  title: text(MAX_TITLE),
  description: text(MAX_DESCRIPTION),
  instructor: text(MAX_TITLE).optional(),
  due: z.string().refine(isValidDue, 'must be a date (2026-12-04) or an ISO date-time with offset (2026-12-04T17:00:00+01:00)').optional(),
  pass: z
    .union([z.literal('all'), z.strictObject({ atLeast: z.number().int().min(1, 'must be at least 1') })])
    .default('all'),
  items: z.array(z.unknown()).min(1, 'must list at least one lesson or exercise').max(MAX_ITEMS, `must list at most ${MAX_ITEMS} items`),
});

/** Paths under /modules/ that are pages, so no module may take them as its id. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['new', 'shared', 'exercise']);

export type ModuleValidation = { ok: true; module: ModuleData } | { ok: false; errors: string[] };

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(top level)';
}

function parseItem(raw: unknown, at: string, known: KnownIds, errors: string[]): ModuleItem | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`${at}: must be \`lesson: <id>\` or \`exercise: <id>\``);
    return null;
  }
  const keys = Object.keys(raw);
  if (keys.length !== 1 || (keys[0] !== 'lesson' && keys[0] !== 'exercise')) {
    errors.push(`${at}: must have exactly one key, \`lesson\` or \`exercise\` (found ${keys.map((k) => JSON.stringify(k)).join(', ') || 'none'})`);
    return null;
  }
  const kind = keys[0] as 'lesson' | 'exercise';
  const id = (raw as Record<string, unknown>)[kind];
  if (typeof id !== 'string' || !SLUG.test(id)) {
    errors.push(`${at}.${kind}: must be a ${kind} id (a lowercase slug), got ${JSON.stringify(id)}`);
    return null;
  }
  const ids = kind === 'lesson' ? known.lessons : known.exercises;
  if (!ids.has(id)) {
    const where = kind === 'lesson' ? 'content/lessons/' : 'content/exercises/';
    errors.push(`${at}.${kind}: unknown ${kind} id "${id}" (no such ${kind} in ${where})`);
    return null;
  }
  return { kind, id };
}

/**
 * @param file shown in messages (e.g. `content/modules/week-1.yaml`)
 * @param fileId the file's name without extension; the module's id unless the file says otherwise
 */
export function validateModule(raw: unknown, file: string, fileId: string, known: KnownIds): ModuleValidation {
  const parsed = moduleFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${issue.message}`) };
  }
  const data = parsed.data;
  const errors: string[] = [];
  const id = data.id ?? fileId;
  if (!SLUG.test(fileId)) {
    errors.push(`${file}: id: the file name "${fileId}" must be a lowercase slug (a-z, 0-9, -): it is the module's URL`);
  } else if (RESERVED_IDS.has(fileId)) {
    errors.push(`${file}: id: "${fileId}" is reserved for the page /modules/${fileId}/; rename the file`);
  } else if (data.id !== undefined && data.id !== fileId) {
    errors.push(`${file}: id: "${data.id}" must match the file name ("${fileId}")`);
  }
  const items: ModuleItem[] = [];
  const seen = new Set<string>();
  data.items.forEach((rawItem, i) => {
    const item = parseItem(rawItem, `${file}: items[${i}]`, known, errors);
    if (!item) return;
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) {
      errors.push(`${file}: items[${i}].${item.kind}: "${item.id}" is listed twice`);
      return;
    }
    seen.add(key);
    items.push(item);
  });
  const exerciseCount = items.filter((item) => item.kind === 'exercise').length;
  let pass: PassRule = { kind: 'all' };
  if (data.pass !== 'all') {
    pass = { kind: 'at-least', count: data.pass.atLeast };
    if (data.pass.atLeast > exerciseCount) {
      errors.push(`${file}: pass.atLeast: ${data.pass.atLeast} is more than the module's ${exerciseCount} exercises`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const module: ModuleData = { id, title: data.title, description: data.description, items, pass };
  if (data.instructor !== undefined) module.instructor = data.instructor;
  if (data.due !== undefined) module.due = data.due;
  return { ok: true, module };
}
