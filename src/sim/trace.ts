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
import type { Frame } from './interpreter/frame.ts';
import { HeapObserver, frameChain } from './snapshot.ts';
import { lineHook, gcPhaseHook, callHook } from './trace-hooks.ts';
import { evalStack, stackObjects, stackTemps, statementStart } from './trace-stack.ts';
import { gcState } from './gc.ts';
import { R } from './interpreter/frame.ts';
import type { PyObject } from './objects/pyobject.ts';
import type { GcPhaseEvent, GcStepInfo, ObjView, OutputChunk, TempRef, Trace, TraceStep } from './trace-types.ts';
import { collectCall, synthesizeCollection } from './gc-replay.ts';
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
  /** Generation collected by the line just recorded (`gc.collect()` in its source), or null. */
  let pendingCollect: number | null = null;
  const { code, endLine } = withEndMarker(source);

  const lines = code.split('\n');
  const chain: Frame[] = [];
  const tempRoots: PyObject[] = [];
  let prevTemps: TempRef[] | undefined;
  const scratch: TempRef[] = [];
  /** The temporaries now, or the previous step's list when it is the same. */
  const currentTemps = (): TempRef[] | undefined => {
    const n = stackTemps(chain, scratch);
    if (n === 0) return (prevTemps = undefined);
    // the same references as at the previous step (shared objects): share the list too
    const p = prevTemps;
    if (p !== undefined && p.length === n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = p[i] === scratch[i];
      if (same) return p;
    }
    return (prevTemps = scratch.slice(0, n));
  };
  const record = (kind: TraceStep['kind'], line: number | null, top: Frame | null, extra?: Pick<TraceStep, 'call' | 'arg'>) => {
    if (steps.length >= maxSteps) {
      truncated = true;
      return;
    }
    const prevViews = pendingCollect !== null ? observer.currentViews() : null;
    // one frame chain per step, for the temporaries and the observer
    frameChain(top, chain);
    const temps = currentTemps();
    const ob = observer.observe(chain, tempRoots, temps !== undefined ? stackObjects(tempRoots) : 0);
    if (prevViews !== null && pendingCollect !== null) {
      // the collector reported no phases: replay them from the state before the call when it
      // did free what the snapshot found unreachable
      const prev = steps[steps.length - 1];
      const freed = new Set(ob.freed);
      if (prev.unreachable.some((a) => freed.has(a))) {
        for (const gc of synthesizeCollection(prevViews, prev.unreachable, pendingCollect)) {
          pushGcStep(gc, prev, prevViews);
          if (steps.length >= maxSteps) break;
        }
      }
      pendingCollect = null;
      if (steps.length >= maxSteps) {
        truncated = true;
        return;
      }
    }
    const changed = ob.changed.length ? ob.changed : NO_VIEWS;
    const freed = ob.freed.length ? ob.freed : NO_ADDRS;
    const hidden = ob.hidden.length ? ob.hidden : NO_ADDRS;
    // (one literal per shape: a property added afterwards costs each step a property store)
    const step: TraceStep = temps !== undefined
      ? { kind, line, frames: ob.frames, changed, freed, hidden, unreachable: ob.unreachable, outLen, temps }
      : { kind, line, frames: ob.frames, changed, freed, hidden, unreachable: ob.unreachable, outLen };
    if (extra !== undefined) Object.assign(step, extra);
    if (steps.length % keyframeEvery === 0) keyframes.push([...observer.currentViews().values()]);
    steps.push(step);
    if (kind === 'line' && line !== null) pendingCollect = collectCall(lines[line - 1] ?? '');
  };

  /** A collector phase: the heap as at the step before (no deltas), with the phase's gc_refs. */
  const pushGcStep = (gc: GcStepInfo, prev: TraceStep, views: Map<number, ObjView> | null) => {
    if (steps.length % keyframeEvery === 0) keyframes.push([...(views ?? observer.currentViews()).values()]);
    const step: TraceStep = {
      kind: 'gc', line: prev.line, frames: prev.frames, changed: NO_VIEWS,
      freed: NO_ADDRS, hidden: NO_ADDRS, unreachable: prev.unreachable, outLen, gc,
    };
    // the counts are the previous step's, and so are the temporaries that make them up
    if (prev.temps !== undefined) step.temps = prev.temps;
    steps.push(step);
  };

  const onLine = (f: Frame) => {
    if (truncated || steps[steps.length - 1]?.kind === 'end') return;
    const line = f.pos ? f.pos.lineno : null;
    if (endLine !== null && line === endLine && f.back === null) record('end', null, f);
    else record('line', line, f);
  };
  const onGc = (e: GcPhaseEvent) => {
    // after the last line: interpreter shutdown (its final collection is not part of the program)
    if (truncated || steps[steps.length - 1]?.kind === 'end') return;
    const prev = steps[steps.length - 1];
    if (prev === undefined) return;
    pendingCollect = null; // the collector speaks for itself
    if (steps.length >= maxSteps) {
      truncated = true;
      return;
    }
    // keep the numbers of drawn objects only (a collection may list thousands)
    const drawn = observer.currentViews();
    const gcRefs: [number, number][] = [];
    for (const o of e.objects) if (drawn.has(o.addr)) gcRefs.push([o.addr, o.gc_refs]);
    const unreachable = (e.unreachable ?? []).filter((a) => drawn.has(a));
    // an object moved to the unreachable list has no outside reference left: gc_refs 0
    for (const a of unreachable) if (!gcRefs.some(([x]) => x === a)) gcRefs.push([a, 0]);
    const gc: GcStepInfo = { phase: e.phase, generation: e.generation, gcRefs, unreachable };
    if (e.collected !== undefined) gc.collected = e.collected;
    if (e.uncollectable !== undefined) gc.uncollectable = e.uncollectable;
    pushGcStep(gc, prev, drawn);
  };

  const onCall = (name: string, args: readonly PyObject[]) => {
    if (truncated || name !== 'sys.getrefcount' || args.length !== 1 || steps[steps.length - 1]?.kind === 'end') return;
    const top = R.frame;
    // its argument is on the caller's evaluation stack (trace-stack.ts names it)
    record('call', top?.pos ? top.pos.lineno : null, top, { call: name, arg: args[0].addr });
  };

  const write = (stream: 'out' | 'err') => (text: string) => {
    const last = output[output.length - 1];
    if (last !== undefined && last.stream === stream) last.text += text;
    else output.push({ stream, at: outLen, text });
    outLen += text.length;
  };

  /**
   * A recorder bug must never become the learner's error: recording stops, the program runs on,
   * and the trace says where it stopped.
   */
  let failed: string | null = null;
  const guard = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A): void => {
    if (failed !== null) return;
    try {
      fn(...a);
    } catch (e) {
      failed = e instanceof Error ? e.message : String(e);
    }
  };

  const recordLine = guard(onLine);
  const uninstall = lineHook.install((f) => {
    // the frame's previous statement consumed its operands (even when recording has stopped:
    // the stack must not grow with the statements)
    statementStart(f);
    recordLine(f);
  });
  // the program is compiled with the evaluation-stack variants (read by the compiler)
  const prevStack = evalStack.on;
  evalStack.on = true;
  evalStack.reset();
  evalStack.gcCallbacks = () => gcState.callbacks;
  const prevGc = gcPhaseHook.fn;
  const prevCall = callHook.fn;
  gcPhaseHook.fn = guard(onGc);
  callHook.fn = guard(onCall);
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
    evalStack.on = prevStack;
    evalStack.reset();
    uninstall();
    gcPhaseHook.fn = prevGc;
    callHook.fn = prevCall;
  }
  const last = steps[steps.length - 1];
  if (last !== undefined && last.kind !== 'end' && !truncated && (failed as string | null) === null) {
    // an uncaught exception (or a limit) ended the run: the last step shows the output too
    const end: TraceStep = {
      kind: 'end', line: result.error?.lineno ?? last.line, frames: last.frames, changed: NO_VIEWS, freed: NO_ADDRS,
      hidden: NO_ADDRS, unreachable: last.unreachable, outLen,
    };
    // the heap as last observed: the temporaries of that moment are part of its counts
    if (last.temps !== undefined) end.temps = last.temps;
    steps.push(end);
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
    recorderError: failed,
    objectLimit: observer.objectLimit,
    objectsTruncated: observer.objectsTruncated,
  };
}
