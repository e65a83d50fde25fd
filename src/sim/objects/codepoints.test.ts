/**
 * Strings holding characters outside the BMP count code points, as CPython does. Expectations
 * come from CPython 3.11: `python3 src/sim/objects/gen_codepoints_fixtures.py` regenerates
 * fixtures/codepoints.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpArray, cpAt, cpLen, cpPad, cpSlice, cpToUnit, isAstral, unitToCp } from './codepoints.ts';
import { runProgram } from '../index.ts';

interface Fixture {
  programs: { source: string; stdout: string }[];
  strings: { s: string; len: number; chars: string[]; ljust7: string; rjust7: string; center7: string; finds: number[] }[];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/codepoints.json', import.meta.url), 'utf8')) as Fixture;

describe('code-point helpers', () => {
  for (const c of fx.strings) {
    it(JSON.stringify(c.s), () => {
      const s = c.s;
      expect(cpLen(s)).toBe(c.len);
      expect(isAstral(s)).toBe(c.len !== s.length);
      expect(cpArray(s)).toEqual(c.chars);
      expect(c.chars.map((_, i) => cpAt(s, i))).toEqual(c.chars);
      for (let i = 0; i <= c.len; i++) {
        expect(cpSlice(s, i, c.len)).toBe(c.chars.slice(i).join(''));
        expect(unitToCp(s, cpToUnit(s, i))).toBe(i);
      }
      expect(cpPad(s, 7, '.', '<')).toBe(c.ljust7);
      expect(cpPad(s, 7, '.', '>')).toBe(c.rjust7);
      const finds: number[] = [];
      for (let u = s.indexOf('x'); u >= 0; u = s.indexOf('x', u + 1)) finds.push(unitToCp(s, u));
      expect(finds).toEqual(c.finds);
    });
  }
});

describe('str methods and builtins on astral strings match CPython', () => {
  for (const c of fx.strings) {
    it(`center ${JSON.stringify(c.s)}`, () => {
      const r = runProgram(`print(${JSON.stringify(c.s)}.center(7, '.'))\n`);
      expect(r.stdout).toBe(c.center7 + '\n');
    });
  }
  for (const p of fx.programs) {
    it(p.source.split('\n')[0], () => {
      const r = runProgram(p.source);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(p.stdout);
    });
  }
});
