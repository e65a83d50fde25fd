import { describe, expect, it } from 'vitest';
import { PyTextError } from './errors.ts';
import { intToBase, intToStr } from './int-to-str.ts';
import { loadFixture, type Outcome } from './fixtures.test-helpers.ts';

type Case = { value_hex: string } & Outcome<string>;

function fromHex(h: string): bigint {
  return h.startsWith('-') ? -BigInt(h.slice(1)) : BigInt(h);
}

describe('str(int) matches CPython 3.11.7, 4300-digit limit included', () => {
  it('on every fixture', () => {
    const cases = loadFixture<Case[]>('int_str.json');
    const wrong = cases.filter((c) => {
      let got: Outcome<string>;
      try {
        got = { result: intToStr(fromHex(c.value_hex)) };
      } catch (e) {
        if (!(e instanceof PyTextError)) throw e;
        got = { error: [e.pyType, e.message] };
      }
      return JSON.stringify(got) !== JSON.stringify(c.error ? { error: c.error } : { result: c.result });
    });
    expect(wrong.map((c) => c.value_hex.slice(0, 20))).toEqual([]);
    expect(cases.length).toBeGreaterThan(5);
  });

  it('formats bin/oct/hex with the prefix after the sign', () => {
    expect([intToBase(-255n, 16), intToBase(5n, 2), intToBase(-8n, 8)]).toEqual(['-0xff', '0b101', '-0o10']);
  });
});
