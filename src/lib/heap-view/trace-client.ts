/**
 * The page's side of the trace worker: one worker per page, started on first use, one request at
 * a time, and a wall-clock watchdog that terminates a worker taking too long (the next request
 * gets a fresh one), so the page never hangs.
 */
import type { Trace } from '../../sim/trace-types.ts';
import type { TraceReply, TraceRequest } from '../../worker/trace-protocol.ts';

export type TraceOutcome =
  | { kind: 'done'; trace: Trace }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'crashed'; message: string };

export const TRACE_TIME_LIMIT_MS = 10_000;
/** A step budget well above the trace limit: a runaway loop ends as a Python-visible limit. */
export const TRACE_STEP_BUDGET = 2_000_000;

let worker: Worker | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function spawn(): Worker {
  return new Worker(new URL('../../worker/trace.worker.ts', import.meta.url), { type: 'module', name: 'tracer' });
}

function traceNow(source: string, maxSteps: number, limitMs: number): Promise<TraceOutcome> {
  const current = (worker ??= spawn());
  const requestId = nextId++;
  return new Promise<TraceOutcome>((resolve) => {
    const finish = (o: TraceOutcome): void => {
      clearTimeout(timer);
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      resolve(o);
    };
    const replace = (): void => {
      current.terminate();
      if (worker === current) worker = null;
    };
    const timer = setTimeout(() => {
      replace();
      finish({ kind: 'timeout', limitMs });
    }, limitMs);
    const onMessage = (event: MessageEvent<TraceReply>): void => {
      const m = event.data;
      if (m.type === 'trace-ready' || m.requestId !== requestId) return;
      if (m.type === 'trace-done') finish({ kind: 'done', trace: m.trace });
      else {
        replace();
        finish({ kind: 'crashed', message: m.message });
      }
    };
    const onError = (event: ErrorEvent): void => {
      event.preventDefault();
      replace();
      finish({ kind: 'crashed', message: 'the tracer could not start' });
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    const req: TraceRequest = { type: 'trace', requestId, source, maxSteps, stepBudget: TRACE_STEP_BUDGET };
    current.postMessage(req);
  });
}

/** Record a trace of `source` in the worker (after any request already running). */
export function requestTrace(source: string, maxSteps: number, limitMs = TRACE_TIME_LIMIT_MS): Promise<TraceOutcome> {
  const result = queue.then(() => traceNow(source, maxSteps, limitMs));
  queue = result.catch(() => undefined);
  return result;
}
