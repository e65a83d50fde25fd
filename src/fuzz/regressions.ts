/**
 * The regression corpus: `src/fuzz/regressions/<hash>.py` with CPython's `.out` (always), `.err`
 * (when non-empty, normalized) and `.exit` (when non-zero) — the layout of the fidelity corpus.
 * `open.json` maps the hashes whose divergence is not fixed yet to their cause; the replay test
 * expects exactly those to still differ, so the list can only shrink.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Outcome } from './cpython.ts';

export const REGRESSION_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regressions');
export const OPEN_FILE = 'open.json';
/**
 * Programs set aside from the corpus because CPython's own output for them changes with the
 * directory the script runs from (`npm run fuzz:diff -- --set-aside-unstable`): not replayed.
 */
export const UNSTABLE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'unstable');

export interface Regression {
  hash: string;
  source: string;
  expected: Outcome;
}

export function programHash(source: string): string {
  return createHash('sha1').update(source).digest('hex').slice(0, 12);
}

export function readRegressions(dir = REGRESSION_DIR): Regression[] {
  if (!existsSync(dir)) return [];
  const read = (f: string) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), 'utf8') : null);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const hash = f.slice(0, -3);
      return {
        hash,
        source: read(f)!,
        expected: { stdout: read(`${hash}.out`) ?? '', stderr: read(`${hash}.err`) ?? '', exitCode: Number(read(`${hash}.exit`) ?? '0') },
      };
    });
}

export function readOpen(dir = REGRESSION_DIR): Record<string, string> {
  const f = path.join(dir, OPEN_FILE);
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>) : {};
}

export function writeOpen(open: Record<string, string>, dir = REGRESSION_DIR): void {
  const sorted = Object.fromEntries(Object.entries(open).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path.join(dir, OPEN_FILE), JSON.stringify(sorted, null, 2) + '\n');
}

/** Writes the program and CPython's outcome; returns false when that program is already in the corpus. */
export function writeRegression(source: string, expected: Outcome, dir = REGRESSION_DIR): { hash: string; added: boolean } {
  const hash = programHash(source);
  const base = path.join(dir, hash);
  if (existsSync(`${base}.py`)) return { hash, added: false };
  writeFileSync(`${base}.py`, source);
  writeFileSync(`${base}.out`, expected.stdout);
  if (expected.stderr) writeFileSync(`${base}.err`, expected.stderr);
  if (expected.exitCode !== 0) writeFileSync(`${base}.exit`, `${expected.exitCode}\n`);
  return { hash, added: true };
}

/** Moves a program and its expected files from the corpus to `to` (kept for the record, not replayed). */
export function moveRegression(hash: string, to: string, dir = REGRESSION_DIR): void {
  mkdirSync(to, { recursive: true });
  for (const ext of ['.py', '.out', '.err', '.exit']) {
    const f = path.join(dir, hash + ext);
    if (existsSync(f)) renameSync(f, path.join(to, hash + ext));
  }
}
