import { describe, expect, it } from 'vitest';
import { PyTextError } from './errors.ts';
import { formatFloat } from './format-float.ts';
import { formatInt } from './format-int.ts';
import { formatStr } from './format-str.ts';
import { fromBits, loadFixture, type Outcome } from './fixtures.test-helpers.ts';

type Case = { kind: 'int' | 'float' | 'str'; value: string; spec: string } & Outcome<string>;
const cases = [...loadFixture<Case[]>('format.json'), ...loadFixture<Case[]>('format_sweep.json')];

function run(c: Case): Outcome<string> {
  try {
    if (c.kind === 'int') return { result: formatInt(BigInt(c.value), c.spec) };
    if (c.kind === 'float') return { result: formatFloat(fromBits(c.value), c.spec) };
    return { result: formatStr(c.value, c.spec) };
  } catch (e) {
    if (e instanceof PyTextError) return { error: [e.pyType, e.message] };
    throw e;
  }
}

describe('format() matches CPython 3.11', () => {
  for (const kind of ['int', 'float', 'str'] as const) {
    it(`for ${kind} values`, () => {
      const mine = cases.filter((c) => c.kind === kind);
      const wrong = mine
        .map((c) => ({ c, got: run(c) }))
        .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(c.error ? { error: c.error } : { result: c.result }));
      expect(wrong.slice(0, 20).map(({ c, got }) => ({ value: c.value, spec: c.spec, want: c.result ?? c.error, got }))).toEqual([]);
      expect(mine.length).toBeGreaterThan(150);
    });
  }
});

describe('sizes CPython could not allocate', () => {
  it('raise MemoryError instead of a JS RangeError', () => {
    for (const run of [
      () => formatStr('a', '9999999999'),
      () => formatInt(5n, '9999999999,'),
      () => formatFloat(1.5, '.999999999f'),
    ]) {
      expect(run).toThrow(PyTextError);
      try {
        run();
      } catch (e) {
        expect((e as PyTextError).pyType).toBe('MemoryError');
      }
    }
  });
});

describe('precision past INT_MAX', () => {
  it('is a ValueError, as in CPython', () => {
    expect(() => formatFloat(1.5, '.9999999999f')).toThrow('precision too big');
  });
});
