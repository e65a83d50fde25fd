/**
 * Tracing the whole fidelity corpus (../shared/fidelity): a traced run prints exactly what an
 * untraced run prints (observing never changes the program), and at every step inside
 * sys.getrefcount the explanation never lists more references than the count. How many of those
 * counts are explained completely is printed (the rest end in "N other references": a caller's
 * evaluation stack, slots past the listed ones, the interpreter's own references to None/True).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { corpusDir as corpus, corpusPrograms } from './fidelity-corpus.ts';
import { runProgram } from './index.ts';
import { recordTrace } from './trace.ts';
import { explainRefcount, stateAt } from './trace-replay.ts';

const all = corpusPrograms();
let counts = 0;
let complete = 0;

describe('tracing the fidelity corpus', () => {
  it('finds the corpus', () => {
    expect(all.length).toBeGreaterThanOrEqual(85);
  });

  for (const name of all) {
    it(name, () => {
      const source = readFileSync(join(corpus, name), 'utf8');
      const plain = runProgram(source);
      const t = recordTrace(source, { maxSteps: 3000 });
      const out = t.output.filter((c) => c.stream === 'out').map((c) => c.text).join('');
      const err = t.output.filter((c) => c.stream === 'err').map((c) => c.text).join('');
      const addr = (s: string) => s.replace(/0x[0-9a-f]{6,}/g, '0xADDR');
      expect(out).toBe(plain.stdout);
      expect(addr(err)).toBe(addr(plain.stderr));
      expect(t.exitCode).toBe(plain.exitCode);
      t.steps.forEach((step, i) => {
        if (step.kind !== 'call' || !step.temps) return;
        const ex = explainRefcount(stateAt(t, i), step.temps[0].addr);
        if (ex === null) return;
        counts++;
        if (ex.complete) complete++;
        expect(ex.other, `${name} step ${i}: ${JSON.stringify(ex.parts)}`).toBeGreaterThanOrEqual(0);
      });
    });
  }

  afterAll(() => {
    console.log(`trace corpus: ${all.length} programs traced; sys.getrefcount counts explained completely: ${complete}/${counts}`);
  });
});
