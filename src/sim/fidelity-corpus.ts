/**
 * Where the CPython 3.11 fidelity corpus is (../shared/fidelity beside the repository, for
 * developers and CI alike) and which programs it holds, in a stable order. Node-only: tests and tools.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fidelity');

/** `topic/name.py` for every program, sorted by topic then name; empty when the corpus is absent. */
export function corpusPrograms(): string[] {
  if (!existsSync(corpusDir)) return [];
  const out: string[] = [];
  for (const topic of readdirSync(corpusDir).sort()) {
    const dir = join(corpusDir, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.py')) out.push(`${topic}/${f}`);
  }
  return out;
}
