/**
 * fast-check arbitraries for the "never an internal error" property: token soup, valid programs
 * of the subset (with chaos statements), and valid programs with a few characters broken.
 * Valid programs come from the same generator as differential fuzzing, driven by a list of
 * numbers that fast-check shrinks: fewer and smaller numbers mean fewer and simpler statements.
 */
import fc from 'fast-check';
import { StreamChoices } from './choices.ts';
import { generateProgram } from './gen/program.ts';
import { tokenStreamArb } from './gen/tokens.ts';

export function validProgramArb(): fc.Arbitrary<string> {
  // size 'max' and no bias: fast-check's defaults favour short arrays of small numbers, which
  // here would mean a choice stream that runs out at once (all-zero choices: trivial programs).
  return fc.array(fc.noBias(fc.nat({ max: 0xffff })), { maxLength: 1500, size: 'max' }).map((stream) => {
    const c = new StreamChoices(stream);
    return generateProgram(c, { statements: 1 + c.pick(10), chaos: true, uncaughtPercent: 10 });
  });
}

type Edit = { at: number; kind: number; text: string };

function applyEdits(src: string, edits: Edit[]): string {
  let s = src;
  for (const e of edits) {
    const i = s.length === 0 ? 0 : e.at % s.length;
    switch (e.kind) {
      case 0: s = s.slice(0, i) + s.slice(i + 1); break; // drop a character
      case 1: s = s.slice(0, i) + e.text + s.slice(i); break; // insert a token
      case 2: { // duplicate the line holding i
        const a = s.lastIndexOf('\n', i - 1) + 1;
        const b = s.indexOf('\n', i);
        const line = s.slice(a, b < 0 ? s.length : b + 1);
        s = s.slice(0, a) + line + line + s.slice(a + line.length);
        break;
      }
      default: s = s.slice(0, i); // truncate
    }
  }
  return s;
}

export function brokenProgramArb(): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.nat({ max: 3 }),
    text: fc.constantFrom('(', ')', ':', '\n', '    ', 'else', 'def', '"', "'", '{', '}', ',', '=', 'é', '\\'),
  });
  return fc.tuple(validProgramArb(), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([src, edits]) => applyEdits(src, edits));
}

export const ARBITRARIES = {
  tokens: tokenStreamArb,
  valid: validProgramArb,
  broken: brokenProgramArb,
} as const;

export type ArbitraryName = keyof typeof ARBITRARIES;
