// PLACEHOLDER until the interpreter lands: the site and tools build against this contract.
import type { RunOptions, RunResult } from './api.ts';
export type { RunOptions, RunResult, ErrorLocation, LimitKind } from './api.ts';

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  void source;
  const stderr = 'NotImplementedError: the simulator is not built yet\n';
  options.onStderr?.(stderr);
  return { exitCode: 1, stdout: '', stderr, error: null, limit: null, steps: 0 };
}
