/**
 * One run inside the worker: calls the simulator and turns its callbacks into protocol messages.
 * Kept apart from sim.worker.ts so it can be tested in Node without a Worker.
 */
import type { RunOptions, RunResult } from '../sim/api.ts';
import type { FromWorker, RunRequest } from './protocol.ts';

export type Runner = (source: string, options: RunOptions) => RunResult;

/** Output is batched: one message per print() could flood the page with a busy loop of prints. */
const FLUSH_CHARS = 4096;
const FLUSH_MS = 50;

export function execute(request: RunRequest, runProgram: Runner, post: (message: FromWorker) => void): void {
  const { runId } = request;
  let pending: { stream: 'stdout' | 'stderr'; text: string } | null = null;
  // 0: the first chunk goes out at once, so the learner sees output as soon as there is some.
  let lastFlush = 0;

  const flush = (): void => {
    if (pending?.text) post({ type: 'output', runId, stream: pending.stream, text: pending.text });
    pending = null;
    lastFlush = Date.now();
  };
  const write = (stream: 'stdout' | 'stderr', text: string): void => {
    if (pending && pending.stream !== stream) flush();
    pending ??= { stream, text: '' };
    pending.text += text;
    if (pending.text.length >= FLUSH_CHARS || Date.now() - lastFlush >= FLUSH_MS) flush();
  };

  try {
    const result = runProgram(request.source, {
      filename: request.filename,
      stepBudget: request.stepBudget,
      timeLimitMs: request.timeLimitMs,
      maxOutputChars: request.maxOutputChars,
      onStdout: (text) => write('stdout', text),
      onStderr: (text) => write('stderr', text),
    });
    flush();
    post({ type: 'done', runId, exitCode: result.exitCode, error: result.error, limit: result.limit, steps: result.steps });
  } catch (err) {
    flush();
    // The simulator promises never to throw; if it does, the learner gets a sentence, not a stack.
    const message = err instanceof RangeError ? 'the simulator ran out of stack space' : 'internal simulator error';
    console.error(err);
    post({ type: 'crashed', runId, message });
  }
}
