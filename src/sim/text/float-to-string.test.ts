import { describe, expect, it } from 'vitest';
import { floatRepr } from './float-to-string.ts';
import { fromBits, loadFixture } from './fixtures.test-helpers.ts';

const cases = loadFixture<{ bits: string; repr: string }[]>('float_repr.json');

describe('floatRepr matches CPython repr(float)', () => {
  it('on every fixture value', () => {
    const wrong = cases.filter((c) => floatRepr(fromBits(c.bits)) !== c.repr);
    expect(wrong.map((c) => [c.repr, floatRepr(fromBits(c.bits))])).toEqual([]);
    expect(cases.length).toBeGreaterThan(300);
  });

  it('on the documented landmarks', () => {
    expect([1, 1e16, 1e-5, 0.0001, -0, Infinity, -Infinity, NaN].map(floatRepr)).toEqual([
      '1.0', '1e+16', '1e-05', '0.0001', '-0.0', 'inf', '-inf', 'nan',
    ]);
  });
});
