/**
 * A traced run: the program runs in the simulator as usual, and before each statement the
 * recorder observes the heap (src/sim/snapshot.ts) and keeps what changed since the last step.
 * Every `keyframeEvery` steps it also keeps the full list of views (shared, not copied), so any
 * step is rebuilt from the nearest keyframe (src/sim/trace-replay.ts).
 *
 * The run stops recording after `maxSteps` steps (the program still runs to its end, so the
 * output is complete) and says so in `truncated`.
 */
import { runProgram } from './index.ts';
import { parse } from './parse/index.ts';
import { R } from './interpreter/frame.ts';
import type { Frame } from './interpreter/frame.ts';
import { HeapObserver } from './snapshot.ts';
import { lineHook, gcPhaseHook } from './trace-hooks.ts';
import type { GcPhaseEvent, ObjView, OutputChunk, Trace, TraceStep } from './trace-types.ts';
export type * from './trace-types.ts';

export interface TraceOptions {
  /** Steps kept (default 10,000); the rest of the run is executed but not recorded. */
  maxSteps?: number;
  keyframeEvery?: number;
  /** Objects drawn per step at most (default 400). */
  objectLimit?: number;
  stepBudget?: number;
  maxOutputChars?: number;
  filename?: string;
}

export const DEFAULT_MAX_STEPS = 10_000;

/** Shared empty lists: most steps free and hide nothing. */
const NO_ADDRS: number[] = [];
const NO_VIEWS: ObjView[] = [];

/**
 * The state after the last line is observed by one extra statement appended to the program (the
 * interpreter clears the globals right after the last line). Only when the program parses, so a
 * SyntaxError is reported exactly as without tracing.
 */
function withEndMarker(source: string): { code: string; endLine: number | null } {
  try {
    parse(source, '<string>');
  } catch {
    return { code: source, endLine: null };
  }
  const body = source.endsWith('\n') ? source : source + '\n';
  const endLine = body.split('\n').length;
  return { code: body + 'pass\n', endLine };
}

export function recordTrace(source: string, options: TraceOptions = {}): Trace {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const keyframeEvery = options.keyframeEvery ?? 100;
  const observer = new HeapObserver(options.objectLimit ?? 400);
  const steps: TraceStep[] = [];
  const keyframes: ObjView[][] = [];
  const output: OutputChunk[] = [];
  let outLen = 0;
  let truncated = false;
  let lastLine: number | null = null;
  const { code, endLine } = withEndMarker(source);

  const record = (kind: TraceStep['kind'], line: number | null, top: Frame | null, gc?: TraceStep['gc']) => {
    if (steps.length >= maxSteps) {
      truncated = true;
      return;
    }
    const ob = observer.observe(top, steps.length % keyframeEvery === 0);
    const step: TraceStep = {
      kind, line, frames: ob.frames, changed: ob.changed.length ? ob.changed : NO_VIEWS,
      freed: ob.freed.length ? ob.freed : NO_ADDRS, hidden: ob.hidden.length ? ob.hidden : NO_ADDRS,
      unreachable: ob.unreachable, outLen,
    };
    if (gc !== undefined) step.gc = gc;
    if (ob.views !== null) keyframes.push([...ob.views.values()]);
    steps.push(step);
  };

  const onLine = (f: Frame) => {
    if (truncated) return;
    const line = f.pos ? f.pos.lineno : null;
    lastLine = line;
    if (endLine !== null && line === endLine && f.back === null) record('end', null, f);
    else record('line', line, f);
  };
  const onGc = (e: GcPhaseEvent) => {
    if (truncated) return;
    record('gc', lastLine, R.frame, {
      phase: e.phase,
      generation: e.generation,
      gcRefs: e.objects.map((o) => [o.addr, o.gc_refs]),
      unreachable: e.unreachable ?? [],
      collected: e.collected,
      uncollectable: e.uncollectable,
    });
  };

  const write = (stream: 'out' | 'err') => (text: string) => {
    const last = output[output.length - 1];
    if (last !== undefined && last.stream === stream) last.text += text;
    else output.push({ stream, at: outLen, text });
    outLen += text.length;
  };

  const uninstall = lineHook.install(onLine);
  const prevGc = gcPhaseHook.fn;
  gcPhaseHook.fn = onGc;
  let result;
  try {
    result = runProgram(code, {
      filename: options.filename,
      stepBudget: options.stepBudget,
      maxOutputChars: options.maxOutputChars,
      onStdout: write('out'),
      onStderr: write('err'),
    });
  } finally {
    uninstall();
    gcPhaseHook.fn = prevGc;
  }
  const last = steps[steps.length - 1];
  if (last !== undefined && last.kind !== 'end' && !truncated) {
    // an uncaught exception (or a limit) ended the run: the last step shows the output too
    steps.push({ ...last, kind: 'end', line: result.error?.lineno ?? last.line, changed: [], freed: [], hidden: [], outLen });
  } else if (last !== undefined && last.kind === 'end') {
    last.outLen = outLen;
  }
  return {
    source,
    steps,
    keyframes,
    keyframeEvery,
    output,
    exitCode: result.exitCode,
    error: result.error ? { type: result.error.type, message: result.error.message, lineno: result.error.lineno } : null,
    executed: Math.max(0, result.steps - (endLine !== null ? 1 : 0)),
    truncated: truncated ? { maxSteps } : null,
    objectLimit: observer.objectLimit,
    objectsTruncated: observer.objectsTruncated,
  };
}
