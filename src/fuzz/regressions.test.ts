/**
 * Replays the differential-fuzzing regression corpus (src/fuzz/regressions/*.py): the simulator
 * must print exactly what CPython 3.11 printed (the .out/.err/.exit files were written by
 * `npm run fuzz:diff`, which runs `python3 -S`; regenerate one by deleting its files and re-running
 * the seed printed in its first line). Programs listed in open.json are known simulator bugs not
 * fixed yet: they must still differ — when one passes, delete its line from open.json.
 */
import { describe, expect, it } from 'vitest';
import { compare, simulate } from './compare.ts';
import { readOpen, readRegressions } from './regressions.ts';

const corpus = readRegressions();
const open = readOpen();

describe('fuzz regression corpus', () => {
  it('every open.json entry names a program of the corpus', () => {
    const hashes = new Set(corpus.map((r) => r.hash));
    expect(Object.keys(open).filter((h) => !hashes.has(h))).toEqual([]);
  });

  for (const r of corpus) {
    const label = open[r.hash] ? `${r.hash} (open: ${open[r.hash].slice(0, 80)})` : r.hash;
    it(label, () => {
      const d = compare(r.expected, simulate(r.source));
      if (open[r.hash]) {
        expect(d, `${r.hash}.py now matches CPython: remove it from src/fuzz/regressions/open.json`).not.toBeNull();
      } else {
        expect(d).toBeNull();
      }
    });
  }

  it('reports how much of the corpus is fixed', () => {
    const fixed = corpus.filter((r) => !open[r.hash]).length;
    console.log(`fuzz regressions: ${fixed}/${corpus.length} match CPython, ${corpus.length - fixed} open`);
    expect(fixed + Object.keys(open).length).toBe(corpus.length);
  });
});
