import { describe, expect, it } from 'vitest';
import { PyTextError } from './errors.ts';
import { percentFormat, type PercentMapping, type PercentOperand } from './percent-format.ts';
import { fromBits, fromUnits, loadFixture, type Outcome } from './fixtures.test-helpers.ts';

interface EncodedOperand {
  typeName: string;
  str: number[];
  repr: number[];
  int?: string;
  float?: string;
  text?: number[];
}
type Args =
  | { kind: 'tuple'; items: EncodedOperand[] }
  | { kind: 'single'; value: EncodedOperand }
  | { kind: 'mapping'; self: EncodedOperand; items: Record<string, EncodedOperand> };
type Case = { format: number[]; args: Args } & Outcome<number[]>;

function decode(e: EncodedOperand): PercentOperand {
  return {
    typeName: e.typeName,
    str: () => fromUnits(e.str),
    repr: () => fromUnits(e.repr),
    int: e.int === undefined ? undefined : BigInt(e.int),
    float: e.float === undefined ? undefined : fromBits(e.float),
    text: e.text === undefined ? undefined : fromUnits(e.text),
  };
}

class KeyError extends Error {}

function run(c: Case): Outcome<string> {
  try {
    const fmt = fromUnits(c.format);
    if (c.args.kind === 'tuple') return { result: percentFormat(fmt, c.args.items.map(decode)) };
    if (c.args.kind === 'single') return { result: percentFormat(fmt, decode(c.args.value)) };
    const items = c.args.items;
    const mapping: PercentMapping = {
      getItem(key) {
        if (!(key in items)) throw new KeyError(key);
        return decode(items[key]);
      },
    };
    return { result: percentFormat(fmt, decode(c.args.self), mapping) };
  } catch (e) {
    if (e instanceof PyTextError) return { error: [e.pyType, e.message] };
    if (e instanceof KeyError) return { error: ['KeyError', `'${e.message}'`] };
    throw e;
  }
}

describe('str % args matches CPython 3.11', () => {
  it('on every fixture', () => {
    const cases = loadFixture<Case[]>('percent.json');
    const wrong = cases
      .map((c) => ({ format: fromUnits(c.format), want: c.error ? { error: c.error } : { result: fromUnits(c.result!) }, got: run(c) }))
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(80);
  });
});
