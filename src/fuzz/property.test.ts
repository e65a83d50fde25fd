/**
 * The "never an internal error" property at small counts (npm run fuzz runs it at large ones),
 * plus checks that the oracle really recognizes internal errors.
 */
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../sim/api.ts';
import { checkProperty } from './property.ts';
import { classify } from './oracle.ts';
import { runProgram } from '../sim/index.ts';
import { PrngChoices, StreamChoices } from './choices.ts';
import { generateProgram } from './gen/program.ts';

const result = (over: Partial<RunResult>): RunResult => ({ exitCode: 0, stdout: '', stderr: '', error: null, limit: null, steps: 1, ...over });

describe('oracle', () => {
  it('accepts output, Python exceptions and limits', () => {
    expect(classify('', result({ stdout: '1\n' }), 100, 1, 1000).kind).toBe('ok');
    const err = { type: 'ZeroDivisionError', message: 'division by zero', lineno: 1 };
    expect(classify('', result({ exitCode: 1, stderr: 'Traceback...\nZeroDivisionError: division by zero\n', error: err }), 100, 1, 1000)).toEqual({ kind: 'exception', type: 'ZeroDivisionError' });
    expect(classify('', result({ exitCode: 1, stderr: 'SimulatorLimit: too many steps\n', limit: 'steps' }), 100, 1, 1000).kind).toBe('limit');
  });

  it('flags the simulator’s internal markers, JS leaks and overruns', () => {
    const internal = (r: Partial<RunResult>, src = '') => classify(src, result(r), 100, 1, 1000).kind;
    const se = { type: 'SystemError', message: 'x', lineno: null };
    expect(internal({ exitCode: 1, stderr: 'SystemError: internal simulator error: boom\n', error: se })).toBe('internal');
    expect(internal({ exitCode: 1, stderr: 'TypeError: Cannot read properties of undefined\n', error: se })).toBe('internal');
    expect(internal({ stdout: '[object Object]\n' })).toBe('internal');
    expect(internal({ stdout: '[object Object]\n' }, "print('[object Object]')")).toBe('ok');
    expect(internal({ exitCode: 1, stderr: 'oops\n' })).toBe('internal');
    const te = { type: 'TypeError', message: 'x', lineno: 1 };
    expect(internal({ exitCode: 1, stderr: "TypeError: 'int' object is not iterable\n", error: te })).toBe('exception');
    expect(internal({ exitCode: 1, stderr: 'ValueError: cannot convert float NaN to integer\n', error: te })).toBe('exception');
    expect(internal({ exitCode: 1, stderr: 'TypeError: undefined is not iterable\n', error: te })).toBe('internal');
    expect(internal({ steps: 1000 })).toBe('internal');
  });

  it("does not mistake the program's own text or shutdown finalizers for internal errors", () => {
    // found by `npm run fuzz -- --runs 1000000 --seed 2027`: a SyntaxError echoing `at x(` source,
    // and __del__ at shutdown after a step limit (stopped at its first statement: one step each)
    const src = 'at \u{b1aa6}(\n';
    const syntax = { type: 'SyntaxError', message: 'x', lineno: 1 };
    expect(classify(src, result({ exitCode: 1, stderr: `  File "<string>", line 1\n    at \u{b1aa6}(\n       ^\nSyntaxError: x\n`, error: syntax }), 100, 1, 1000).kind).toBe('exception');
    expect(classify('', result({ exitCode: 1, stderr: 'SimulatorLimit: the program ran more than 100 steps\n', limit: 'steps', steps: 103 }), 100, 1, 1000).kind).toBe('limit');
    expect(classify('', result({ exitCode: 1, stderr: '\n    at run (file:///x.js:1:2)\n' }), 100, 1, 1000).kind).toBe('internal');
  });
});

describe('programs the 10^6 run (seed 2028) flagged, now ending within limits', () => {
  // each grew a container or a string in place until the simulator's bound: they must stop there
  for (const source of ['L0 = [9]\nwhile 5: L0 += L0\n', "v0 = '  '\nwhile 1 < 4:\n    v0 += v0[::3]\n", "''.zfill()\n", "int('1', ValueError())\n"]) {
    it(JSON.stringify(source), () => {
      const t0 = performance.now();
      const r = runProgram(source, { stepBudget: 20_000, maxOutputChars: 20_000 });
      expect(classify(source, r, 20_000, performance.now() - t0, 60_000).kind).not.toBe('internal');
    });
  }
});

describe('generator', () => {
  it('is deterministic for a seed and shrinks to a tiny program on an empty choice stream', () => {
    expect(generateProgram(new PrngChoices(5), { statements: 10 })).toBe(generateProgram(new PrngChoices(5), { statements: 10 }));
    const tiny = generateProgram(new StreamChoices([]), { statements: 1 });
    expect(tiny.split('\n').length).toBeLessThan(15);
  });
});

describe('property: runProgram never fails internally', () => {
  for (const [name, runs] of [['tokens', 300], ['valid', 120], ['broken', 120]] as const) {
    it(`${name}: ${runs} programs`, async () => {
      const r = await checkProperty(name, { runs, seed: 20261126 });
      const shown = r.failures.map((f) => `${f.why}\n${f.source}`).join('\n---\n');
      expect(shown).toBe('');
      expect(r.runs).toBe(runs);
    });
  }
});
