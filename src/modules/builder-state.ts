/**
 * The module builder's state and its pure operations (no DOM): what the instructor picked, in
 * which order, and what the link and YAML are. Tested on its own; builder.ts wires it to the page.
 */
import { encodeModuleQuery, SHARED_PATH, type SharedModule } from './link.ts';
import { moduleYaml, slugify } from './yaml-export.ts';
import { isValidDue } from './due.ts';
import { MAX_DESCRIPTION, MAX_ITEMS, MAX_TITLE, type ModuleItem } from './types.ts';

export interface BuilderState {
  title: string;
  description: string;
  instructor: string;
  due: string;
  passAll: boolean;
  passCount: number;
  items: ModuleItem[];
}

export const emptyState = (): BuilderState => ({ title: '', description: '', instructor: '', due: '', passAll: true, passCount: 1, items: [] });

export const itemKey = (item: ModuleItem): string => `${item.kind}:${item.id}`;

export function addItem(state: BuilderState, item: ModuleItem): BuilderState {
  if (state.items.some((i) => itemKey(i) === itemKey(item)) || state.items.length >= MAX_ITEMS) return state;
  return { ...state, items: [...state.items, item] };
}

export function removeItem(state: BuilderState, key: string): BuilderState {
  return { ...state, items: state.items.filter((i) => itemKey(i) !== key) };
}

/** Moves an item by `delta` places (−1 up, +1 down); out of range is a no-op. */
export function moveItem(state: BuilderState, key: string, delta: number): BuilderState {
  const from = state.items.findIndex((i) => itemKey(i) === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= state.items.length) return state;
  const items = [...state.items];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  return { ...state, items };
}

export type BuilderOutput = { ok: true; module: SharedModule; path: string; yaml: string; fileName: string } | { ok: false; problems: string[] };

export function builderOutput(state: BuilderState): BuilderOutput {
  const problems: string[] = [];
  const title = state.title.trim();
  const exercises = state.items.filter((i) => i.kind === 'exercise').length;
  if (!title) problems.push('Give the module a title.');
  if (title.length > MAX_TITLE) problems.push(`Shorten the title to ${MAX_TITLE} characters.`);
  if (state.description.trim().length > MAX_DESCRIPTION) problems.push(`Shorten the description to ${MAX_DESCRIPTION} characters.`);
  if (state.items.length === 0) problems.push('Add at least one lesson or exercise.');
  if (state.due && !isValidDue(state.due)) problems.push('The due date is not a valid date.');
  if (!state.passAll && (!Number.isInteger(state.passCount) || state.passCount < 1 || state.passCount > exercises)) {
    problems.push(`The number of exercises to pass must be between 1 and ${exercises}, the module's exercises.`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const module: SharedModule = {
    title,
    description: state.description.trim(),
    items: state.items,
    pass: state.passAll ? { kind: 'all' } : { kind: 'at-least', count: state.passCount },
  };
  if (state.instructor.trim()) module.instructor = state.instructor.trim();
  if (state.due) module.due = state.due;
  const fileName = slugify(title);
  return { ok: true, module, path: `${SHARED_PATH}${encodeModuleQuery(module)}`, yaml: moduleYaml(module, fileName), fileName: `${fileName}.yaml` };
}

/** Case- and accent-insensitive search over an item's words. */
export function matches(haystack: string, query: string): boolean {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const text = fold(haystack);
  return words.every((w) => text.includes(w));
}
