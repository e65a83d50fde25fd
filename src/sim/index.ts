/**
 * The simulator's entry point: parse, compile to closures, run with CPython 3.11's observable
 * behaviour (see api.ts for the contract).
 */
import type { AfterResult, RunOptions, RunResult } from './api.ts';
import type { Module } from './parse/ast.ts';
import { parse, PythonSyntaxError, formatSyntaxError } from './parse/index.ts';
import { runModule } from './interpreter/run.ts';
import { labBeginRun, labEndLearner, labRecordStdout } from './modules/lab.ts';
export type { RunOptions, RunResult, ErrorLocation, LimitKind, AfterResult } from './api.ts';

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
        ...(options.afterSource && { after: { ran: false, stdout: '', stderr: '', error: null } }),
        error: { type: e.type, message: e.msg, lineno: e.lineno ?? null, col: e.offset ?? undefined, end_lineno: e.end_lineno ?? undefined, end_col: e.end_offset ?? undefined },
      };
    }
    err(`SystemError: internal parser error: ${e instanceof Error ? e.message : String(e)}\n`);
    return { exitCode: 1, stdout, stderr, limit: null, steps: 0, error: { type: 'SystemError', message: 'internal parser error', lineno: null } };
  }
  if (options.afterSource !== undefined) return runWithAfter(mod, source, filename, options, options.afterSource);
  const r = runModule(mod, source, {
    filename,
    stepBudget: options.stepBudget ?? DEFAULT_STEP_BUDGET,
    timeLimitMs: options.timeLimitMs,
    maxOutputChars: options.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS,
    out,
    err,
  });
  return { ...r, stdout, stderr };
}

/** `afterSource`: the second program's output and error are kept apart from the first's. */
function runWithAfter(mod: Module, source: string, filename: string, options: RunOptions, after: { source: string; filename: string }): RunResult {
  const main = { stdout: '', stderr: '' };
  const second: AfterResult = { ran: false, stdout: '', stderr: '', error: null };
  let afterMod: Module | null = null;
  try {
    afterMod = parse(after.source, after.filename);
  } catch (e) {
    const message = e instanceof PythonSyntaxError ? e.msg : 'internal parser error';
    second.stderr = e instanceof PythonSyntaxError ? formatSyntaxError(e, after.filename) : `SystemError: ${message}\n`;
    second.error = { type: e instanceof PythonSyntaxError ? e.type : 'SystemError', message, lineno: e instanceof PythonSyntaxError ? e.lineno ?? null : null };
  }
  let inAfter = false;
  const endLab = labBeginRun();
  let r: RunResult;
  try {
    r = runModule(mod, source, {
      filename,
      stepBudget: options.stepBudget ?? DEFAULT_STEP_BUDGET,
      timeLimitMs: options.timeLimitMs,
      maxOutputChars: options.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS,
      out: (s) => {
        if (inAfter) second.stdout += s;
        else {
          main.stdout += s;
          labRecordStdout(s);
          options.onStdout?.(s);
        }
      },
      err: (s) => {
        if (inAfter) second.stderr += s;
        else {
          main.stderr += s;
          options.onStderr?.(s);
        }
      },
      after: afterMod === null ? undefined : {
        mod: afterMod,
        source: after.source,
        filename: after.filename,
        begin: () => {
          inAfter = true;
          second.ran = true;
          labEndLearner();
        },
      },
    });
  } finally {
    endLab();
  }
  if (inAfter) {
    second.error = r.error;
    return { ...r, error: null, stdout: main.stdout, stderr: main.stderr, after: second };
  }
  return { ...r, stdout: main.stdout, stderr: main.stderr, after: second };
}
