import { describe, expect, it } from 'vitest';
import { PyTextError } from './errors.ts';
import { intToBase } from './int-to-str.ts';
import { floatFromString, intFromString } from './parse-number.ts';
import { fromUnits, loadFixture, toBits, type Outcome } from './fixtures.test-helpers.ts';

type FloatCase = { units: number[] } & Outcome<string>;
type IntCase = { units: number[]; base: number } & Outcome<string>;

function outcome(fn: () => string): Outcome<string> {
  try {
    return { result: fn() };
  } catch (e) {
    if (e instanceof PyTextError) return { error: [e.pyType, e.message] };
    throw e;
  }
}

function expected(c: Outcome<string>): Outcome<string> {
  return c.error ? { error: c.error } : { result: c.result! };
}

describe('float(str) and int(str, base) match CPython 3.11', () => {
  it('float(str)', () => {
    const cases = loadFixture<FloatCase[]>('parse_float.json');
    const wrong = cases
      .map((c) => ({ s: fromUnits(c.units), want: expected(c), got: outcome(() => toBits(floatFromString(fromUnits(c.units)))) }))
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(40);
  });

  it('int(str, base)', () => {
    const cases = loadFixture<IntCase[]>('parse_int.json');
    const wrong = cases
      .map((c) => ({
        s: fromUnits(c.units).slice(0, 40),
        base: c.base,
        want: expected(c),
        got: outcome(() => intToBase(intFromString(fromUnits(c.units), c.base), 16)),
      }))
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(40);
  });
});
