/**
 * Tracing the whole fidelity corpus (../shared/fidelity): a traced run prints exactly what an
 * untraced run prints (observing never changes the program), and every reference count is
 * explained: inside each sys.getrefcount call the explanation of its argument names every
 * reference (the caller's evaluation stack included) and adds up to the count exactly; at every
 * step, the explanations of all drawn objects are counted (complete, short, or over: over is a
 * recorder bug and fails at once). The numbers can only go up: raise the floors when they do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { corpusDir as corpus, corpusPrograms } from './fidelity-corpus.ts';
import { runProgram } from './index.ts';
import { recordTrace } from './trace.ts';
import { explainRefcount, stateAt, unexplainedCounts } from './trace-replay.ts';

/** sys.getrefcount() calls in the corpus whose argument's count is explained completely. */
const GETREFCOUNT_FLOOR = 84;
/** Objects × steps explained completely, of all drawn at every step (per mille). */
const EVERY_OBJECT_FLOOR = 999;

const all = corpusPrograms();
let counts = 0;
let complete = 0;
let objects = 0;
let objectsComplete = 0;

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
      expect(t.recorderError).toBeNull();
      t.steps.forEach((step, i) => {
        if (step.kind === 'gc') return;
        const state = stateAt(t, i);
        for (const [a, other] of unexplainedCounts(state)) {
          objects++;
          if (other === 0) objectsComplete++;
          // naming more references than the count holds is a recorder bug
          if (other < 0) expect.fail(`${name} step ${i} (line ${step.line}): ${JSON.stringify(explainRefcount(state, a))}`);
        }
        if (step.kind !== 'call' || step.arg === undefined) return;
        const ex = explainRefcount(state, step.arg);
        expect(ex, `${name} step ${i}: the argument is drawn`).not.toBeNull();
        counts++;
        if (ex!.complete) complete++;
        expect(ex!.other, `${name} step ${i}: ${JSON.stringify(ex!.parts)}`).toBe(0);
      });
    });
  }

  afterAll(() => {
    console.log(`trace corpus: ${all.length} programs traced; sys.getrefcount counts explained completely: ${complete}/${counts}; every drawn object at every step: ${objectsComplete}/${objects}`);
    // only when the whole corpus ran (not a filtered run)
    if (counts >= GETREFCOUNT_FLOOR) {
      expect(complete).toBeGreaterThanOrEqual(GETREFCOUNT_FLOOR);
      expect(Math.floor((objectsComplete * 1000) / objects)).toBeGreaterThanOrEqual(EVERY_OBJECT_FLOOR);
    }
  });
});
