import { describe, expect, it } from 'vitest';
import { codePointLength, strRepr } from './str-repr.ts';
import { fromUnits, loadFixture } from './fixtures.test-helpers.ts';

const cases = loadFixture<{ units: number[]; repr_units: number[] }[]>('str_repr.json');

describe('strRepr matches CPython repr(str)', () => {
  it('on every fixture string (quotes, escapes, astral and lone surrogates)', () => {
    const wrong = cases
      .map((c) => ({ input: fromUnits(c.units), want: fromUnits(c.repr_units) }))
      .filter((c) => strRepr(c.input) !== c.want);
    expect(wrong.map((c) => [c.want, strRepr(c.input)])).toEqual([]);
    expect(cases.length).toBeGreaterThan(200);
  });

  it('picks quotes like Python', () => {
    expect(strRepr("it's")).toBe(`"it's"`);
    expect(strRepr(`'"`)).toBe(`'\\'"'`);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('a\u{1F600}b')).toBe(3);
    expect(codePointLength('\ud800')).toBe(1);
  });
});
