/**
 * Runaway programs: each must end with a clear limit message (SimulatorLimit on stderr, result.limit
 * set) or CPython's own error (RecursionError, MemoryError) within 2 s of simulator time, with the
 * simulator's DEFAULT limits (what a run gets when the page passes none). Each runs in a child
 * process with a capped JS heap, so a missing heap bound kills the child, not the test runner.
 *
 * Endless loops are timed with a 2M-step budget and the time projected to the default budget
 * (running to 50M steps takes ~15 s today; set FUZZ_SLOW=1 to also run them for real, and the
 * heap-bomb cases, which take 10-30 s each until the simulator bounds its heap).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STEP_BUDGET } from '../sim/index.ts';

interface Summary {
  exitCode: number;
  limit: string | null;
  lastStderrLine: string;
  stdoutChars: number;
  steps: number;
  ms: number;
}

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'limits-child.ts');
const slow = process.env.FUZZ_SLOW === '1';

function runChild(source: string, stepBudget?: number): Promise<Summary> {
  return new Promise((resolve, reject) => {
    const args = ['--max-old-space-size=256', '--import', 'tsx', child, ...(stepBudget ? [String(stepBudget)] : [])];
    const p = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), 55_000);
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out) as Summary);
      } catch {
        const why = err.split('\n').filter((l) => /Error|heap|memory/i.test(l)).slice(0, 2).join(' | ');
        reject(new Error(`the simulator's process died (exit ${code} ${signal ?? ''}): ${why || err.slice(-300)}`));
      }
    });
    p.stdin.end(source);
  });
}

const LIMIT_OR_ERROR = /^(SimulatorLimit|MemoryError|RecursionError)\b/;

async function expectStopped(source: string, expected: RegExp): Promise<void> {
  const s = await runChild(source);
  expect(s.exitCode).toBe(1);
  expect(s.lastStderrLine).toMatch(LIMIT_OR_ERROR);
  expect(s.lastStderrLine).toMatch(expected);
  expect(s.ms).toBeLessThan(2000);
}

/** Runs the loop to a 2M-step limit and projects the time the default budget takes. */
async function expectLoopStoppedInTime(source: string): Promise<void> {
  const budget = 2_000_000;
  const s = await runChild(source, budget);
  expect(s.limit).toBe('steps');
  expect(s.lastStderrLine).toMatch(/^SimulatorLimit\b/);
  const projectedMs = (s.ms * DEFAULT_STEP_BUDGET) / s.steps;
  expect(projectedMs, `${DEFAULT_STEP_BUDGET} steps at this loop's speed`).toBeLessThan(2000);
}

const PASS_LOOP = 'while True:\n    pass\n';
const WORK_LOOP = 'n = 0\nwhile True:\n    n += 1\n    x = [n, str(n)]\n';

describe.concurrent('runaway programs stop with a clear message within 2 s', () => {
  it('empty infinite loop → step limit (default budget, projected)', () => expectLoopStoppedInTime(PASS_LOOP));

  // ~1 µs a step when the loop body allocates: 50M default steps ≈ 15-40 s.
  it.fails('infinite loop doing work → step limit within 2 s (default step budget 50M is too large)', () => expectLoopStoppedInTime(WORK_LOOP));

  it('deep recursion → RecursionError', () => expectStopped('def f(n):\n    return f(n + 1)\nf(0)\n', /^RecursionError: maximum recursion depth exceeded/));

  it('print flood → output limit', () => expectStopped("while True:\n    print('x' * 100)\n", /SimulatorLimit/));

  it('one huge print → output limit', () => expectStopped("print('x' * 10**8)\n", /SimulatorLimit|MemoryError/));

  if (slow) {
    it('empty infinite loop at the default budget (FUZZ_SLOW)', () => expectStopped(PASS_LOOP, /SimulatorLimit/));
    it.fails('infinite loop doing work at the default budget (FUZZ_SLOW)', () => expectStopped(WORK_LOOP, /SimulatorLimit/));
    it.fails('[0] * 10**9 → heap limit or MemoryError (FUZZ_SLOW; the simulator has no heap bound yet)', () =>
      expectStopped('x = [0] * 10**9\n', /SimulatorLimit|MemoryError/));
    it.fails('doubling a list in a loop → heap limit or MemoryError (FUZZ_SLOW; no heap bound yet)', () =>
      expectStopped('x = [0]\nwhile True:\n    x = x + x\n', /SimulatorLimit|MemoryError/));
  } else {
    it.todo('[0] * 10**9 → heap limit or MemoryError: the simulator has no heap bound yet (kills the process after ~7 s; FUZZ_SLOW=1 runs it)');
    it.todo('doubling a list in a loop → heap limit or MemoryError: no heap bound yet (kills the process after ~18 s; FUZZ_SLOW=1 runs it)');
  }
});
