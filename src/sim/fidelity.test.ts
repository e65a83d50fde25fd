/**
 * Runs every program of the CPython 3.11 fidelity corpus (../shared/fidelity, beside the repo)
 * through the simulator and compares stdout, stderr (normalized as the corpus README says) and
 * the exit status with the recorded primary (3.11) files.
 *
 * Programs known to differ are listed with a reason in fidelity-known-differences.json. The test
 * fails when an unlisted program differs, and when a listed program now matches (so the list
 * only shrinks: delete its entry).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, afterAll } from 'vitest';
import { corpusDir as corpus, corpusPrograms } from './fidelity-corpus.ts';
import { runProgram } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const known = JSON.parse(readFileSync(join(here, 'fidelity-known-differences.json'), 'utf8')) as Record<string, string>;

/** Corpus README, "Normalization": 0x followed by 6+ hex digits becomes 0xADDR (stderr only). */
function normalizeStderr(s: string): string {
  return s.replace(/0x[0-9a-fA-F]{6,}/g, '0xADDR');
}

const all = corpusPrograms();
let identical = 0;
let totalMs = 0;

describe('fidelity corpus (CPython 3.11.7)', () => {
  it('finds the corpus beside the repository', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it('lists only programs that exist', () => {
    for (const name of Object.keys(known)) expect(all, `${name} in the known-differences list`).toContain(name);
  });

  for (const name of all) {
    it(name, () => {
      const base = join(corpus, name.slice(0, -3));
      const source = readFileSync(join(corpus, name), 'utf8');
      const t0 = performance.now();
      const r = runProgram(source, { filename: '<string>' });
      totalMs += performance.now() - t0;
      const want = {
        stdout: readFileSync(base + '.out', 'utf8'),
        stderr: existsSync(base + '.err') ? readFileSync(base + '.err', 'utf8') : '',
        exit: existsSync(base + '.exit') ? Number(readFileSync(base + '.exit', 'utf8').trim()) : 0,
      };
      const got = { stdout: r.stdout, stderr: normalizeStderr(r.stderr), exit: r.exitCode };
      const same = got.stdout === want.stdout && got.stderr === want.stderr && got.exit === want.exit;
      if (same) identical++;
      if (name in known) {
        expect(same, `${name} now matches CPython: remove it from fidelity-known-differences.json`).toBe(false);
      } else {
        expect(got).toEqual(want);
      }
    });
  }

  afterAll(() => {
    console.log(`fidelity: ${identical}/${all.length} identical (${totalMs.toFixed(0)} ms for the whole corpus)`);
  });
});
