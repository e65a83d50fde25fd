/**
 * Small programs whose expected stdout/stderr/exit status were produced by CPython 3.11
 * (regenerate: python3 src/tools/measure/gen_interp_fixtures.py).
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index.ts';

interface Fixture {
  source: string;
  stdout: string;
  stderr: string;
  exit: number;
}
const fixtures = JSON.parse(readFileSync(new URL('./__fixtures__/programs.json', import.meta.url), 'utf8')) as Record<string, Fixture>;

describe('interpreter vs CPython 3.11', () => {
  for (const [name, fx] of Object.entries(fixtures)) {
    it(name, () => {
      const r = runProgram(fx.source, { filename: '<string>' });
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({ stdout: fx.stdout, stderr: fx.stderr, exit: fx.exit });
    });
  }
});

describe('limits and robustness', () => {
  it('stops an endless loop at the step budget', () => {
    const r = runProgram('while True:\n    pass\n', { stepBudget: 10_000 });
    expect(r.limit).toBe('steps');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/SimulatorLimit: .*10000 steps/);
  });

  it('stops runaway output', () => {
    const r = runProgram('while True:\n    print("x" * 100)\n', { maxOutputChars: 1000 });
    expect(r.limit).toBe('output');
    expect(r.stdout.length).toBeLessThanOrEqual(1000);
  });

  it('frees a 100,000-long chain without overflowing the JS stack', () => {
    const src = 'class N:\n    def __init__(self, n):\n        self.n = n\nh = None\nfor i in range(100000):\n    h = N(h)\nh = None\nx = None\nfor i in range(100000):\n    x = [x]\nx = None\nprint("ok")\n';
    const r = runProgram(src);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok\n');
  });

  it('reports unsupported features as Python errors naming them', () => {
    const r = runProgram('def g():\n    yield 1\ng()\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/NotImplementedError: generator functions \('yield'\) are not supported/);
    expect(r.stderr).not.toMatch(/at .*\.ts:/);
  });

  it('streams output and reports the error location', () => {
    const chunks: string[] = [];
    const r = runProgram('print(1)\nprint(2)\n1/0\n', { onStdout: (s) => chunks.push(s) });
    expect(chunks).toEqual(['1\n', '2\n']);
    expect(r.error).toMatchObject({ type: 'ZeroDivisionError', message: 'division by zero', lineno: 3 });
  });

  it('reports a SyntaxError like CPython', () => {
    const r = runProgram('if True\n    pass\n');
    expect(r.exitCode).toBe(1);
    expect(r.error?.type).toBe('SyntaxError');
    expect(r.stderr).toMatch(/SyntaxError: expected ':'/);
  });

  it('prints the same thing when one process runs a program three times (reused worker, grader)', () => {
    const src = [
      'import sys',
      "d = {'key': 1}",
      "print(sys.getrefcount('key'), sys.getrefcount(1), sys.getrefcount(None))",
      "print(hex(id(d)), hex(id('key')), hex(id([])))",
      'class C:',
      '    pass',
      'c = C()',
      'print(sys.getrefcount(C), hex(id(c)), sys.getrefcount(int))',
      'import ctypes',
      'print(ctypes.c_long.from_address(id(c)).value)',
    ].join('\n') + '\n';
    const first = runProgram(src);
    expect(first.exitCode).toBe(0);
    expect(runProgram(src).stdout).toBe(first.stdout);
    expect(runProgram(src).stdout).toBe(first.stdout);
  });

  it('counts the references functions and the running module hold to the globals', () => {
    const src = 'import sys\nprint(sys.getrefcount(globals()))\ndef f(): pass\nprint(sys.getrefcount(globals()))\n'
      + 'l = lambda: 0\nprint(sys.getrefcount(globals()))\ndel f\nprint(sys.getrefcount(globals()))\n'
      + 'class C:\n    def m(self): pass\nprint(sys.getrefcount(globals()))\n';
    // python3 -S prints these (CPython 3.11.7)
    expect(runProgram(src).stdout).toBe('4\n5\n6\n5\n6\n');
  });

  it('starts every run from the same start-up state', () => {
    const src = 'import sys\nprint(sys.getrefcount(7))\n';
    expect(runProgram(src).stdout).toBe(runProgram(src).stdout);
  });
});

describe('JS stack', () => {
  it('recursion to the limit fits a ~1 MB stack, cold (node --stack-size=900)', () => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const prog = fileURLToPath(new URL('./__fixtures__/deep_recursion.py', import.meta.url));
    const r = spawnSync(process.execPath, ['--stack-size=900', '--import', 'tsx', cli, prog], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // CPython 3.11: the limit is reached at depth 1000 counting the module frame
    expect(r.stdout).toBe('999\n500\nok\n');
  });

  it('a recursive method nesting for/try/finally/if reaches the limit too (node --stack-size=900)', () => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const prog = fileURLToPath(new URL('./__fixtures__/deep_recursion_heavy.py', import.meta.url));
    const r = spawnSync(process.execPath, ['--stack-size=900', '--import', 'tsx', cli, prog], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // `python3 -S src/sim/interpreter/__fixtures__/deep_recursion_heavy.py` (CPython 3.11.7) prints this
    expect(r.stdout).toBe('999 maximum recursion depth exceeded\n0\n');
  });
});
