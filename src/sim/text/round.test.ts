import { describe, expect, it } from 'vitest';
import { PyTextError } from './errors.ts';
import { roundFloat, roundFloatToInt, roundInt } from './round.ts';
import { fromBits, loadFixture, toBits, type Outcome } from './fixtures.test-helpers.ts';

type FloatCase = { bits: string; ndigits: number | null } & Outcome<string>;
const floatCases = loadFixture<FloatCase[]>('round_float.json');
const intCases = loadFixture<{ value: string; ndigits: number; result: string }[]>('round_int.json');

function run(c: FloatCase): Outcome<string> {
  try {
    const x = fromBits(c.bits);
    return { result: c.ndigits === null ? roundFloatToInt(x).toString() : toBits(roundFloat(x, c.ndigits)) };
  } catch (e) {
    if (e instanceof PyTextError) return { error: [e.pyType, e.message] };
    throw e;
  }
}

describe('round() matches CPython 3.11', () => {
  it('for floats, with and without ndigits', () => {
    const wrong = floatCases
      .map((c) => ({ c, got: run(c) }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(c.error ? { error: c.error } : { result: c.result }));
    expect(wrong.slice(0, 20).map(({ c, got }) => ({ x: fromBits(c.bits), n: c.ndigits, want: c.result ?? c.error, got }))).toEqual([]);
    expect(floatCases.length).toBeGreaterThan(1000);
  });

  it('rounds 2.675 to 2.67 as CPython does', () => {
    expect(roundFloat(2.675, 2)).toBe(2.67);
  });

  it('for ints with negative ndigits', () => {
    const wrong = intCases.filter((c) => roundInt(BigInt(c.value), BigInt(c.ndigits)).toString() !== c.result);
    expect(wrong).toEqual([]);
  });
});
