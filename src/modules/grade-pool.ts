/**
 * Grades many reports on worker threads (one per core by default). Each report has a wall-clock
 * allowance; a worker that exceeds it (a hang the step budget didn't catch) is terminated, the
 * report is rejected with that reason and a fresh worker takes the next one.
 */
import { Worker } from 'node:worker_threads';
import type { CheckLimits } from './check-contract.ts';
import type { GradeResult } from './grade.ts';
import type { FromGradeWorker, GradeWorkerData } from './grade-protocol.ts';
import type { ModuleData } from './types.ts';

export interface PoolInput {
  source: string;
  /** The report's text, or a reason it was rejected before reading (too large, unreadable). */
  text: string | { rejected: string };
}

export interface PoolOptions {
  root: string;
  module: ModuleData;
  limits: CheckLimits;
  workers: number;
  /** Wall-clock allowance per report. */
  timeoutMs: number;
  onResult?: (done: number, result: GradeResult) => void;
  /** A module exporting `checkExercise` to use instead of the real checker (tests, benchmark). */
  checkerUrl?: string;
  /** Node flags for the workers; default: the parent's (which carry `--import tsx` under npm scripts). */
  execArgv?: string[];
}

export class PoolStartError extends Error {
  override name = 'PoolStartError';
}

export async function gradeInPool(inputs: readonly PoolInput[], options: PoolOptions): Promise<GradeResult[]> {
  const results: GradeResult[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const workerUrl = new URL('./grade-worker.ts', import.meta.url);
  const data: GradeWorkerData = { root: options.root, module: options.module, limits: options.limits, checkerUrl: options.checkerUrl };

  const finish = (index: number, result: GradeResult): void => {
    results[index] = result;
    done++;
    options.onResult?.(done, result);
  };

  // Rejected-before-reading inputs need no worker.
  const queue: number[] = [];
  inputs.forEach((input, i) => {
    if (typeof input.text === 'string') queue.push(i);
    else finish(i, { ok: false, source: input.source, reason: input.text.rejected });
  });

  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: data, ...(options.execArgv ? { execArgv: options.execArgv } : {}) });
      const onMessage = (message: FromGradeWorker): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (message.type === 'ready') resolve(worker);
        else {
          void worker.terminate();
          reject(new PoolStartError(message.type === 'failed' ? message.message : 'unexpected message from a grading worker'));
        }
      };
      const onError = (error: Error): void => {
        worker.off('message', onMessage);
        reject(new PoolStartError(`a grading worker failed to start: ${error.message}`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
    });

  const gradeOne = (worker: Worker, index: number): Promise<{ result: GradeResult; healthy: boolean }> =>
    new Promise((resolve) => {
      const input = inputs[index];
      const settle = (result: GradeResult, healthy: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve({ result, healthy });
      };
      const onMessage = (message: FromGradeWorker): void => {
        if (message.type === 'graded' && message.job === index) settle(message.result, true);
      };
      const onError = (error: Error): void =>
        settle({ ok: false, source: input.source, reason: `grading crashed: ${error.message.split('\n')[0]}` }, false);
      const onExit = (): void => settle({ ok: false, source: input.source, reason: 'grading crashed (worker exited)' }, false);
      const timer = setTimeout(
        () => settle({ ok: false, source: input.source, reason: `grading took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped` }, false),
        options.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ type: 'grade', job: index, source: input.source, text: input.text as string });
    });

  const lane = async (): Promise<void> => {
    if (next >= queue.length) return;
    let worker = await start();
    try {
      while (next < queue.length) {
        const index = queue[next++];
        const { result, healthy } = await gradeOne(worker, index);
        finish(index, result);
        if (!healthy) {
          await worker.terminate();
          worker = await start();
        }
      }
    } finally {
      await worker.terminate();
    }
  };

  const lanes = Math.max(1, Math.min(options.workers, queue.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
