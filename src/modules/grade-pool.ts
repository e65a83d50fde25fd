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
  /**
   * The report's text, or a reason it was rejected before reading (too large, unreadable); a
   * function is called only when the report's turn comes, so a batch of large files is never
   * all in memory at once.
   */
  text: string | { rejected: string } | (() => string | { rejected: string });
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
  /** Heap limit of each worker (default 1024 MB). */
  maxHeapMb?: number;
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

  // Inputs rejected before reading need no worker.
  const queue: number[] = [];
  inputs.forEach((input, i) => {
    if (typeof input.text === 'object') finish(i, { ok: false, source: input.source, reason: input.text.rejected });
    else queue.push(i);
  });

  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl, {
        workerData: data,
        // A submission that makes the simulator allocate without bound kills its worker, not the run.
        resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
        ...(options.execArgv ? { execArgv: options.execArgv } : {}),
      });
      const onMessage = (message: FromGradeWorker): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (message.type === 'ready') {
          // An 'error' with no listener would crash the grader; a job's own listener reports it.
          worker.on('error', () => {});
          resolve(worker);
        } else {
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

  const gradeOne = (worker: Worker, index: number, text: string): Promise<{ result: GradeResult; healthy: boolean }> =>
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
      worker.postMessage({ type: 'grade', job: index, source: input.source, text });
    });

  // Workers start on the first report that needs one, so a batch of only unreadable files needs no checker.
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    try {
      while (next < queue.length) {
        const index = queue[next++];
        const input = inputs[index];
        const text = typeof input.text === 'function' ? input.text() : (input.text as string);
        if (typeof text === 'object') {
          finish(index, { ok: false, source: input.source, reason: text.rejected });
          continue;
        }
        worker ??= await start();
        const { result, healthy } = await gradeOne(worker, index, text);
        finish(index, result);
        if (!healthy) {
          await worker.terminate();
          worker = null;
        }
      }
    } finally {
      await worker?.terminate();
    }
  };

  const lanes = Math.max(1, Math.min(options.workers, queue.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
