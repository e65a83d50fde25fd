/**
 * The simulator's entry point: parse, compile to closures, run with CPython 3.11's observable
 * behaviour (see api.ts for the contract).
 */
import type { RunOptions, RunResult } from './api.ts';
import { parse, PythonSyntaxError, formatSyntaxError } from './parse/index.ts';
import { runModule } from './interpreter/run.ts';
export type { RunOptions, RunResult, ErrorLocation, LimitKind } from './api.ts';

export const DEFAULT_STEP_BUDGET = 50_000_000;
export const DEFAULT_MAX_OUTPUT_CHARS = 2_000_000;

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? '<string>';
  let stdout = '';
  let stderr = '';
  const out = (s: string) => {
    stdout += s;
    options.onStdout?.(s);
  };
  const err = (s: string) => {
    stderr += s;
    options.onStderr?.(s);
  };
  let mod;
  try {
    mod = parse(source, filename);
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      err(formatSyntaxError(e, filename));
      return {
        exitCode: 1, stdout, stderr, limit: null, steps: 0,
        error: { type: e.type, message: e.msg, lineno: e.lineno ?? null, col: e.offset ?? undefined, end_lineno: e.end_lineno ?? undefined, end_col: e.end_offset ?? undefined },
      };
    }
    err(`SystemError: internal parser error: ${e instanceof Error ? e.message : String(e)}\n`);
    return { exitCode: 1, stdout, stderr, limit: null, steps: 0, error: { type: 'SystemError', message: 'internal parser error', lineno: null } };
  }
  const r = runModule(mod, source, {
    filename,
    stepBudget: options.stepBudget ?? DEFAULT_STEP_BUDGET,
    maxOutputChars: options.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS,
    out,
    err,
  });
  return { ...r, stdout, stderr };
}
