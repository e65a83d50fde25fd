/**
 * The complex type against CPython 3.11: `python3 src/sim/objects/gen_complex_fixtures.py`
 * regenerates fixtures/complex.json (each expression's repr, or its exception).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index.ts';

const cases = JSON.parse(readFileSync(new URL('./fixtures/complex.json', import.meta.url), 'utf8')) as { expr: string; out: string }[];

describe('complex numbers match CPython 3.11', () => {
  it('every fixture expression', () => {
    // one program evaluates them all, each in its own try (as the generator does)
    const lines = cases.map((c) => `try:\n    print(repr(${c.expr}))\nexcept Exception as x:\n    print(f'{type(x).__name__}: {x}')`);
    const r = runProgram(lines.join('\n') + '\n');
    expect(r.stderr).toBe('');
    const got = r.stdout.split('\n').slice(0, -1);
    const wrong = cases.map((c, i) => ({ expr: c.expr, expected: c.out, got: got[i] })).filter((x) => x.expected !== x.got);
    expect(wrong).toEqual([]);
    expect(got.length).toBe(cases.length);
  });
});
