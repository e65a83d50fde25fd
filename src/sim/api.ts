/**
 * The simulator's public contract: what the worker, the CLI, the exercise checker and the grader
 * may call. Everything else under src/sim is internal.
 */

export interface RunOptions {
  /** Shown in tracebacks (`File "<string>", line 3`). Default `<string>`. */
  filename?: string;
  /** Maximum number of executed statements/loop iterations before the run is stopped. */
  stepBudget?: number;
  /**
   * Wall-clock milliseconds the program may run (the clock is read every few thousand steps);
   * past it the run is stopped with a limit message. Default: none, so a run is deterministic
   * (the CLI, tests, checks); the browser's editors set one so an endless loop stops in time.
   */
  timeLimitMs?: number;
  /** Maximum characters of stdout+stderr; past it the run is stopped with a limit message. */
  maxOutputChars?: number;
  /** Streaming output, called as the program writes (print flushes per call). */
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /**
   * A second program run after this one in the same module globals (`__name__ == '__main__'`),
   * as an exercise's check runs after the learner's code. It runs only when the first program
   * ended normally; its output goes to `RunResult.after`, not to `stdout`/`stderr`, and the
   * `lab` module's output()/collected() stop counting when the first program ends.
   */
  afterSource?: { source: string; filename: string };
}

/** How the `afterSource` program went. */
export interface AfterResult {
  /** False when the first program did not end normally (exception, limit, sys.exit). */
  ran: boolean;
  stdout: string;
  stderr: string;
  /** Its uncaught exception or SyntaxError (lineno in the after program's source). */
  error: ErrorLocation | null;
}

/** Where an uncaught exception or SyntaxError happened, for marking the line in the editor. */
export interface ErrorLocation {
  /** Python exception type name, e.g. 'ZeroDivisionError', 'SyntaxError'. */
  type: string;
  message: string;
  /** 1-based line in the program's source; null when the error has no source line. */
  lineno: number | null;
  /** 1-based columns in characters (not bytes), when known. */
  col?: number;
  end_lineno?: number;
  end_col?: number;
}

export type LimitKind = 'steps' | 'time' | 'output' | 'heap';

export interface RunResult {
  /** 0, or 1 after an uncaught exception, like `python3 -S file.py`. */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when the program ended with an uncaught exception (including SyntaxError). */
  error: ErrorLocation | null;
  /** Set when a simulator limit stopped the run (the message is also on stderr). */
  limit: LimitKind | null;
  /** Statements executed. */
  steps: number;
  /**
   * Present when `afterSource` was given. `error`, `limit` and `exitCode` describe the whole
   * run; `error` is the first program's, the after program's own is in `after.error`.
   */
  after?: AfterResult;
}
