/**
 * Shareable module links: a module that was never committed travels in the URL of
 * `/modules/shared/`, readable by a person:
 *
 *   /modules/shared/?v=1&t=Week+1&due=2026-12-04&pass=all&l=01-variables-are-references&e=refs-alias-mutation
 *
 * `l` and `e` parameters are lessons and exercises in the module's order (URLSearchParams keeps the
 * order of mixed keys). Everything decoded is untrusted: ids are checked against the course, texts
 * are length-limited and only ever shown as text. Browser-safe, no dependencies.
 */
import { isValidDue } from './due.ts';
import { MAX_DESCRIPTION, MAX_ITEMS, MAX_TITLE, SLUG, type ModuleData, type ModuleItem } from './types.ts';

export const SHARED_PATH = '/modules/shared/';
export const LINK_VERSION = '1';
/** Longer query strings are refused before any parsing (browsers and servers cap URLs near 8–16 KB). */
export const MAX_QUERY_CHARS = 8000;

export interface IdSets {
  lessons: ReadonlySet<string>;
  exercises: ReadonlySet<string>;
}

export type SharedModule = Omit<ModuleData, 'id'>;
export type DecodedLink = { ok: true; module: ModuleData } | { ok: false; problems: string[] };

/** The query string (with `?`) of a module's link. */
export function encodeModuleQuery(module: SharedModule): string {
  const params = new URLSearchParams();
  params.set('v', LINK_VERSION);
  params.set('t', module.title);
  if (module.description) params.set('d', module.description);
  if (module.instructor) params.set('by', module.instructor);
  if (module.due) params.set('due', module.due);
  params.set('pass', module.pass.kind === 'all' ? 'all' : String(module.pass.count));
  for (const item of module.items) params.append(item.kind === 'lesson' ? 'l' : 'e', item.id);
  return `?${params.toString()}`;
}

export function moduleLink(module: SharedModule, origin = ''): string {
  return `${origin}${SHARED_PATH}${encodeModuleQuery(module)}`;
}

/** FNV-1a (32 bit): a short, stable id for a shared module, the same in the browser and in Node. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Reports name the module by this id; it changes whenever anything in the link changes. */
export function sharedModuleId(module: SharedModule): string {
  return `shared-${fnv1a(encodeModuleQuery(module))}`;
}

/** A value quoted for a problem message: shortened, so a hostile link can't flood the page. */
export function quote(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}

function cleanText(raw: string | null, field: string, max: number, required: boolean, problems: string[]): string | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') {
    if (required) problems.push(`The link has no ${field}.`);
    return undefined;
  }
  if (value.length > max) problems.push(`The ${field} is longer than ${max} characters.`);
  // Control characters have no business in a title and could garble a terminal or a CSV.
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * Decodes and validates a link's query string (`?v=1&…`, or a whole URL). Unknown ids, bad
 * dates and oversized values are reported; nothing in the link is interpreted as markup or code.
 */
export function decodeModuleLink(input: string, known: IdSets): DecodedLink {
  let search = input;
  const q = input.indexOf('?');
  if (q >= 0) search = input.slice(q);
  else if (/^[a-z]+:\/\//i.test(input) || input.startsWith('/')) search = '';
  search = search.replace(/#.*$/, '');
  if (search.length > MAX_QUERY_CHARS) {
    return { ok: false, problems: [`The link is too long (${search.length} characters; at most ${MAX_QUERY_CHARS}).`] };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ok: false, problems: ['The link could not be read.'] };
  }
  if (params.get('v') !== LINK_VERSION) {
    return { ok: false, problems: ['This is not a module link (it has no `v=1`). Ask your instructor for the full link.'] };
  }
  const problems: string[] = [];
  const title = cleanText(params.get('t'), 'title', MAX_TITLE, true, problems);
  const description = cleanText(params.get('d'), 'description', MAX_DESCRIPTION, false, problems);
  const instructor = cleanText(params.get('by'), 'instructor name', MAX_TITLE, false, problems);
  const due = params.get('due')?.trim() || undefined;
  if (due !== undefined && !isValidDue(due)) problems.push(`The due date ${quote(due)} is not a date like 2026-12-04.`);

  const items: ModuleItem[] = [];
  const seen = new Set<string>();
  for (const [key, rawId] of params) {
    if (key !== 'l' && key !== 'e') continue;
    const kind = key === 'l' ? 'lesson' : 'exercise';
    if (items.length + problems.length > MAX_ITEMS * 2) break;
    const id = rawId.trim();
    if (!SLUG.test(id)) {
      problems.push(`Item ${items.length + 1}: ${quote(id)} is not a valid ${kind} id.`);
      continue;
    }
    if (!(kind === 'lesson' ? known.lessons : known.exercises).has(id)) {
      problems.push(`Unknown ${kind} id ${quote(id)}: no ${kind} of this course has it.`);
      continue;
    }
    if (seen.has(`${kind}:${id}`)) {
      problems.push(`The ${kind} ${quote(id)} is listed twice.`);
      continue;
    }
    seen.add(`${kind}:${id}`);
    items.push({ kind, id });
  }
  const total = params.getAll('l').length + params.getAll('e').length;
  if (total === 0) problems.push('The link lists no lessons or exercises.');
  if (total > MAX_ITEMS) problems.push(`The link lists ${total} items; a module has at most ${MAX_ITEMS}.`);

  const exercises = items.filter((item) => item.kind === 'exercise').length;
  const rawPass = params.get('pass') ?? 'all';
  let pass: ModuleData['pass'] = { kind: 'all' };
  if (rawPass !== 'all') {
    const count = /^[1-9]\d{0,2}$/.test(rawPass) ? Number(rawPass) : NaN;
    if (Number.isNaN(count)) problems.push(`The passing rule ${quote(rawPass)} must be "all" or a number of exercises.`);
    else if (count > exercises) problems.push(`The passing rule asks for ${count} exercises but the module has ${exercises}.`);
    else pass = { kind: 'at-least', count };
  }

  if (problems.length > 0 || title === undefined) return { ok: false, problems };
  const shared: SharedModule = { title, description: description ?? '', items, pass };
  if (instructor) shared.instructor = instructor;
  if (due) shared.due = due;
  return { ok: true, module: { id: sharedModuleId(shared), ...shared } };
}
