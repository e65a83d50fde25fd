/**
 * One fuzzing lane of `npm run fuzz`, in a worker thread so the parent can stop a run that hangs
 * (runProgram is synchronous: a hang inside it never returns). Before each program the worker
 * copies its source into shared memory and bumps a counter; the parent's watchdog reads both.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArbitraryName } from './arbitraries.ts';
import { checkProperty } from './property.ts';

export interface LaneTask {
  arbitrary: ArbitraryName;
  runs: number;
  seed: number;
  stepBudget: number;
  shared: SharedArrayBuffer;
}

const task = workerData as LaneTask;
const counter = new Int32Array(task.shared, 0, 2);
const bytes = new Uint8Array(task.shared, 8);
const encoder = new TextEncoder();

const report = await checkProperty(task.arbitrary, {
  runs: task.runs,
  seed: task.seed,
  stepBudget: task.stepBudget,
  onProgram: (source) => {
    const { written } = encoder.encodeInto(source, bytes);
    Atomics.store(counter, 1, written);
    Atomics.add(counter, 0, 1);
  },
});
parentPort!.postMessage(report);
