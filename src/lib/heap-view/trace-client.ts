/**
 * The page's side of the trace worker: one worker per page, started on first use, one request at
 * a time, and a wall-clock watchdog that terminates a worker taking too long (the next request
 * gets a fresh one), so the page never hangs.
 */
import type { Trace } from '../../sim/trace-types.ts';
import type { TraceReply, TraceRequest } from '../../worker/trace-protocol.ts';
import { WorkerChannel } from '../worker-channel.ts';

export type TraceOutcome =
  | { kind: 'done'; trace: Trace }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'crashed'; message: string };

export const TRACE_TIME_LIMIT_MS = 10_000;
/** A step budget well above the trace limit: a runaway loop ends as a Python-visible limit. */
export const TRACE_STEP_BUDGET = 2_000_000;

const channel = new WorkerChannel(
  () => new Worker(new URL('../../worker/trace.worker.ts', import.meta.url), { type: 'module', name: 'tracer' }),
);

/** Record a trace of `source` in the worker (after any request already running). */
export function requestTrace(source: string, maxSteps: number, limitMs = TRACE_TIME_LIMIT_MS): Promise<TraceOutcome> {
  return channel.send<TraceReply, TraceOutcome>({
    message: (requestId): TraceRequest => ({ type: 'trace', requestId, source, maxSteps, stepBudget: TRACE_STEP_BUDGET }),
    idOf: (m) => (m.type === 'trace-ready' ? null : m.requestId),
    onMessage: (m, { finish, crash }) => {
      if (m.type === 'trace-done') finish({ kind: 'done', trace: m.trace });
      else if (m.type === 'trace-crashed') crash(m.message);
    },
    timeLimitMs: limitMs,
    startFailure: 'the tracer could not start',
  });
}
