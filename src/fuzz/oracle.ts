/**
 * The property every run must have: it ends with output, a Python exception, or a limit
 * message — never an internal error. Internal errors are JS exceptions escaping runProgram, the
 * simulator's own markers (`SystemError: internal simulator error…`, `…internal parser error…`,
 * running out of JS stack), JS error texts leaking into Python messages, or a run past its budget.
 */
import type { RunOptions, RunResult } from '../sim/api.ts';
import { runProgram } from '../sim/index.ts';

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'exception'; type: string }
  | { kind: 'limit'; limit: string }
  | { kind: 'internal'; why: string };

/** `Name` or `Name: message` — how CPython's last traceback line looks. */
const EXCEPTION_LINE = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?::|$)/;

/**
 * Texts JavaScript produces and CPython never does (only suspicious when the program doesn't
 * contain them). Careful with look-alikes CPython does print: "'int' object is not iterable",
 * "cannot convert float NaN to integer".
 */
const JS_LEAKS: readonly RegExp[] = [
  /Cannot read properties of/,
  /\bis not a function\b/,
  /\b(undefined|null) is not iterable|is not iterable \(/,
  /Maximum call stack/,
  /\[object Object\]/,
  /\bundefined\b/,
  /(?<!float )\bNaN\b/,
  /Invalid (array|string) length/,
  /\bBigInt\b/,
  /\b(RangeError|ReferenceError)\b/,
  /\.ts:\d/,
];

const JS_STACK_FRAME = /\n\s+at .+(\(|file:|node:)/;

export function classify(source: string, r: RunResult, budget: number, elapsedMs: number, slowMs: number): Verdict {
  if (typeof r !== 'object' || r === null || typeof r.stdout !== 'string' || typeof r.stderr !== 'string') {
    return { kind: 'internal', why: 'runProgram returned a malformed result' };
  }
  if (r.exitCode !== 0 && r.exitCode !== 1) return { kind: 'internal', why: `exit status ${r.exitCode}` };
  // a run stopped at its step limit still frees its objects at shutdown, and each __del__ that
  // runs then is stopped at its first statement (one step each): past the budget only by those
  if (r.steps > budget + 1 && r.limit !== 'steps') return { kind: 'internal', why: `ran ${r.steps} steps past the budget of ${budget}` };
  if (elapsedMs > slowMs) return { kind: 'internal', why: `took ${Math.round(elapsedMs)} ms (hang past the step budget?)` };
  const all = r.stdout + r.stderr;
  const frame = JS_STACK_FRAME.exec(all);
  // a traceback or SyntaxError echoes source lines: "at x(" there is the program's own text
  if (frame !== null && !source.includes(frame[0].trim())) return { kind: 'internal', why: 'a JavaScript stack trace in the output' };
  for (const leak of JS_LEAKS) {
    const m = leak.exec(all);
    if (m && !source.includes(m[0])) return { kind: 'internal', why: `JavaScript text in the output: ${m[0]}` };
  }
  const lines = r.stderr.trimEnd().split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (/internal (simulator|parser) error|out of JavaScript stack/i.test(r.stderr)) {
    return { kind: 'internal', why: last };
  }
  if (r.limit !== null) {
    if (!/SimulatorLimit|MemoryError|limit/i.test(r.stderr)) return { kind: 'internal', why: `limit ${r.limit} without a message` };
    return { kind: 'limit', limit: r.limit };
  }
  if (r.exitCode === 0) return { kind: 'ok' };
  const m = EXCEPTION_LINE.exec(last);
  if (!m) return { kind: 'internal', why: `exit 1 without an exception line: ${JSON.stringify(last.slice(0, 120))}` };
  if (m[1] === 'SystemError') return { kind: 'internal', why: last };
  if (r.error === null) return { kind: 'internal', why: `exit 1 (${m[1]}) but result.error is null` };
  return { kind: 'exception', type: m[1] };
}

export interface Checked {
  verdict: Verdict;
  result: RunResult | null;
  ms: number;
}

/** Run one program and judge it; a JS exception escaping runProgram is itself the verdict. */
export function checkProgram(source: string, options: RunOptions & { stepBudget: number }, slowMs = 5000): Checked {
  const t0 = performance.now();
  let result: RunResult;
  try {
    result = runProgram(source, options);
  } catch (e) {
    const ms = performance.now() - t0;
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { verdict: { kind: 'internal', why: `runProgram threw ${what}` }, result: null, ms };
  }
  const ms = performance.now() - t0;
  return { verdict: classify(source, result, options.stepBudget, ms, slowMs), result, ms };
}
