/** Comparing a simulator run with CPython's: stdout byte for byte, normalized stderr, exit status. */
import type { RunResult } from '../sim/api.ts';
import type { Outcome } from './cpython.ts';
import { normalizeStderr } from './cpython.ts';
import { runProgram } from '../sim/index.ts';

export const DIFF_STEP_BUDGET = 5_000_000;

/** The simulator run as `python3 -S file.py` would be, a JS exception turned into an outcome too. */
export function simulate(source: string): Outcome & { result: RunResult | null } {
  try {
    const r = runProgram(source, { filename: '<string>', stepBudget: DIFF_STEP_BUDGET });
    return { stdout: r.stdout, stderr: normalizeStderr(r.stderr, null), exitCode: r.exitCode, result: r };
  } catch (e) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { stdout: '', stderr: `<runProgram threw ${what}>\n`, exitCode: -2, result: null };
  }
}

export interface Divergence {
  streams: Array<'stdout' | 'stderr' | 'exit'>;
  /** The first differing line of the first differing stream: expected vs got. */
  expected: string;
  got: string;
}

function firstDiff(a: string, b: string): [string, string] {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return [x[i] ?? '<end>', y[i] ?? '<end>'];
  }
  return ['', ''];
}

export function compare(expected: Outcome, got: Outcome): Divergence | null {
  const streams: Divergence['streams'] = [];
  if (expected.stdout !== got.stdout) streams.push('stdout');
  if (expected.stderr !== got.stderr) streams.push('stderr');
  if (expected.exitCode !== got.exitCode) streams.push('exit');
  if (streams.length === 0) return null;
  const [e, g] =
    streams[0] === 'stdout'
      ? firstDiff(expected.stdout, got.stdout)
      : streams[0] === 'stderr'
        ? firstDiff(expected.stderr, got.stderr)
        : [String(expected.exitCode), String(got.exitCode)];
  return { streams, expected: e, got: g };
}
