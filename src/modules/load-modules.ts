/**
 * Reads and validates every `content/modules/*.yaml` (Node only). All problems of all files are
 * collected first, so one build run lists everything that needs fixing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { KnownIds } from './module-schema.ts';
import { validateModule } from './module-schema.ts';
import type { ModuleData } from './types.ts';

export const MODULES_DIR = 'content/modules';
const MODULE_FILE = /^(.+)\.ya?ml$/;

export class ModuleContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid module file${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ModuleContentError';
  }
}

/** Parses one module file's text; returns the module or the problems, each naming the file. */
export function parseModuleFile(text: string, file: string, fileId: string, known: KnownIds): { module?: ModuleData; errors: string[] } {
  let raw: unknown;
  try {
    raw = parse(text, { prettyErrors: true, maxAliasCount: 100 });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { errors: [`${file}${where}: not valid YAML: ${message}`] };
  }
  const result = validateModule(raw, file, fileId, known);
  return result.ok ? { module: result.module, errors: [] } : { errors: result.errors };
}

/** Every module, sorted by due date (undated last) then title; throws ModuleContentError listing all problems. */
export function loadModules(root: string, known: KnownIds): ModuleData[] {
  const dir = join(root, MODULES_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => MODULE_FILE.test(name)).sort();
  } catch {
    return [];
  }
  const modules: ModuleData[] = [];
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = `${MODULES_DIR}/${name}`;
    const fileId = MODULE_FILE.exec(name)![1];
    const { module, errors } = parseModuleFile(readFileSync(join(dir, name), 'utf8'), file, fileId, known);
    problems.push(...errors);
    if (!module) continue;
    const other = ids.get(module.id);
    if (other) problems.push(`${file}: id: "${module.id}" is also the id of ${other}`);
    ids.set(module.id, file);
    modules.push(module);
  }
  if (problems.length > 0) throw new ModuleContentError(problems);
  return modules.sort(
    (a, b) => (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
}
