import { describe, expect, it } from 'vitest';
import { suggestForNameError, suggestName } from './suggestions.ts';
import { loadFixture } from './fixtures.test-helpers.ts';

const cases = loadFixture<{ name: string; candidates: string[]; suggestion: string | null }[]>('suggestions.json');

describe('suggestName matches CPython 3.11 "Did you mean"', () => {
  it('on every fixture', () => {
    const wrong = cases.filter((c) => suggestName(c.name, c.candidates) !== c.suggestion);
    expect(wrong.map((c) => [c.name, c.suggestion, suggestName(c.name, c.candidates)])).toEqual([]);
    expect(cases.length).toBeGreaterThan(20);
  });

  it('searches locals, then globals, then builtins', () => {
    expect(suggestForNameError('prnt', ['x'], ['y'], ['print', 'int'])).toBe('print');
    expect(suggestForNameError('valu', ['value'], ['valve'], [])).toBe('value');
  });
});

describe('suggestForNameError matches CPython 3.11 NameError messages', () => {
  it('on every fixture (real locals, globals and builtins lists)', () => {
    const cases = loadFixture<{ name: string; locals: string[]; globals: string[]; builtins: string[]; suggestion: string | null }[]>(
      'name_errors.json',
    );
    const wrong = cases.filter((c) => suggestForNameError(c.name, c.locals, c.globals, c.builtins) !== c.suggestion);
    expect(wrong.map((c) => [c.name, c.suggestion, suggestForNameError(c.name, c.locals, c.globals, c.builtins)])).toEqual([]);
    expect(cases.length).toBeGreaterThan(10);
  });
});
