/**
 * Replays the differential-fuzzing regression corpus (src/fuzz/regressions/*.py): the simulator
 * must print exactly what CPython 3.11 printed (the .out/.err/.exit files were written by
 * `npm run fuzz:diff`, which runs `python3 -S`; regenerate one by deleting its files and re-running
 * the seed printed in its first line). Programs listed in open.json are known simulator bugs not
 * fixed yet and may differ; every other program must match. When a listed one passes, the test
 * says so: `npm run fuzz:diff -- --refresh-open` takes it off the list.
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
        // Fixed while still listed: not a failure (several people fix bugs at once), just a note;
        // `npm run fuzz:diff -- --refresh-open` prunes the list.
        if (d === null) console.log(`${r.hash}.py now matches CPython: run \`npm run fuzz:diff -- --refresh-open\``);
        else expect(d.streams.length).toBeGreaterThan(0);
      } else {
        expect(d).toBeNull();
      }
    });
  }

  it('reports how much of the corpus is fixed', () => {
    const matching = corpus.filter((r) => compare(r.expected, simulate(r.source)) === null).length;
    console.log(`fuzz regressions: ${matching}/${corpus.length} match CPython, ${Object.keys(open).length} listed open`);
    expect(matching).toBeGreaterThanOrEqual(corpus.length - Object.keys(open).length);
  });
});
