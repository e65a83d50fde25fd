/// <reference lib="webworker" />
/**
 * Module Web Worker that records traces for the heap view (src/lib/heap-view). Separate from
 * sim.worker.ts so a long trace never delays a plain Run, and so the page's watchdog can stop
 * one without the other. Messages: src/worker/trace-protocol.ts.
 */
import { recordTrace } from '../sim/trace.ts';
import type { TraceReply, TraceRequest } from './trace-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: TraceReply): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<TraceRequest>) => {
  const req = event.data;
  if (req?.type !== 'trace') return;
  try {
    const trace = recordTrace(req.source, { maxSteps: req.maxSteps, stepBudget: req.stepBudget, filename: '<string>' });
    post({ type: 'trace-done', requestId: req.requestId, trace });
  } catch (e) {
    // the simulator reports Python errors inside the trace; this is the simulator itself failing
    const message = e instanceof RangeError ? 'the simulator ran out of stack' : 'the simulator failed while tracing';
    post({ type: 'trace-crashed', requestId: req.requestId, message });
  }
});

post({ type: 'trace-ready' });
