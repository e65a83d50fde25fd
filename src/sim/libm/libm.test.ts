/**
 * sin, cos, exp, log and atan2 against fixtures/libm.json (regenerate with
 * `python3 src/sim/libm/gen_libm_fixtures.py`): each is correctly rounded on every case, and so
 * equals CPython's result (glibc's) wherever glibc is correctly rounded too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as libm from './index.ts';
import { fromHex } from './fixtures/hex.ts';

type Row = [string[], string, string];
const table = JSON.parse(readFileSync(new URL('./fixtures/libm.json', import.meta.url), 'utf8')) as Record<string, Row[]>;
const functions: Record<string, (...args: number[]) => number> = {
  sin: libm.sin, cos: libm.cos, exp: libm.exp, log: libm.log, atan2: libm.atan2,
};
const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe.each(Object.keys(functions))('%s', (name) => {
  const rows = table[name]!;
  const f = functions[name]!;

  it('is correctly rounded on every fixture case, edges included', () => {
    const wrong = rows.filter(([args, , exact]) => !same(f(...args.map(fromHex)), fromHex(exact)));
    expect(wrong).toEqual([]);
    expect(rows.length).toBeGreaterThan(1000);
  });

  it('agrees with glibc except where glibc itself is not correctly rounded', () => {
    const disagree = rows.filter(([args, c]) => !same(f(...args.map(fromHex)), fromHex(c)));
    const glibcOff = rows.filter(([, c, exact]) => !same(fromHex(c), fromHex(exact)));
    expect(disagree).toEqual(glibcOff);
    expect(glibcOff.length).toBeLessThan(rows.length / 100);
  });
});
