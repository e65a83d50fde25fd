/**
 * Messages between a page's heap view and the trace worker (src/worker/trace.worker.ts): the page
 * sends `trace`, the worker answers `trace-done` with the whole recorded trace (structured clone
 * keeps the views the steps share, shared) or `trace-crashed`.
 */
import type { Trace } from '../sim/trace-types.ts';

export interface TraceRequest {
  type: 'trace';
  requestId: number;
  source: string;
  /** Steps kept (the rest of the run is executed, not recorded). */
  maxSteps?: number;
  stepBudget?: number;
}

export type TraceReply =
  | { type: 'trace-ready' }
  | { type: 'trace-done'; requestId: number; trace: Trace }
  | { type: 'trace-crashed'; requestId: number; message: string };
