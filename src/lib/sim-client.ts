/**
 * The page's side of the simulation worker: one worker per page, runs queued one at a time, and a
 * wall-clock watchdog. The simulator's step budget normally stops a runaway program; the watchdog
 * is the backstop for anything else (a hang inside the simulator, a very slow step): it terminates
 * the worker, so the page itself is never blocked, and the next run gets a fresh worker.
 */
import type { ErrorLocation, LimitKind } from '../sim/api.ts';
import type { FromWorker, RunRequest } from '../worker/protocol.ts';
import { WorkerChannel, type Request } from './worker-channel.ts';

export type RunOutcome =
  | { kind: 'done'; exitCode: number; error: ErrorLocation | null; limit: LimitKind | null; steps: number }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'crashed'; message: string };

export interface RunSettings {
  /** Wall-clock limit for the whole run, including the worker's start-up. */
  timeLimitMs: number;
  stepBudget?: number;
  maxOutputChars?: number;
  onOutput: (stream: 'stdout' | 'stderr', text: string) => void;
  /** Called when the run leaves the queue and starts. */
  onStart?: () => void;
}

import { DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_RUN_TIME_MS, DEFAULT_STEP_BUDGET } from './run-limits.ts';
export { DEFAULT_MAX_OUTPUT_CHARS, DEFAULT_RUN_TIME_MS, DEFAULT_STEP_BUDGET, DEFAULT_TIME_LIMIT_MS } from './run-limits.ts';

const channel = new WorkerChannel(
  () => new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'simulator' }),
);

/** Starts the worker ahead of the first run (on the first hint of interest) to hide its start-up. */
export function prewarm(): void {
  channel.prewarm();
}

function runRequest(source: string, settings: RunSettings): Request<FromWorker, RunOutcome> {
  return {
    message: (runId): RunRequest => ({
      type: 'run',
      runId,
      source,
      filename: '<string>',
      stepBudget: settings.stepBudget ?? DEFAULT_STEP_BUDGET,
      timeLimitMs: DEFAULT_RUN_TIME_MS,
      maxOutputChars: settings.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS,
    }),
    idOf: (msg) => (msg.type === 'ready' ? null : msg.runId),
    onMessage: (msg, { finish, crash }) => {
      if (msg.type === 'output') settings.onOutput(msg.stream, msg.text);
      else if (msg.type === 'done') finish({ kind: 'done', exitCode: msg.exitCode, error: msg.error, limit: msg.limit, steps: msg.steps });
      else if (msg.type === 'crashed') crash(msg.message);
    },
    timeLimitMs: settings.timeLimitMs,
    startFailure: 'the simulator could not start',
  };
}

let pending = 0;

/** Runs queued or in progress on this page. */
export function pendingRuns(): number {
  return pending;
}

/** Runs `source` after any run already in progress on this page. */
export function runInWorker(source: string, settings: RunSettings): Promise<RunOutcome> {
  pending++;
  return channel.send(runRequest(source, settings), settings.onStart).finally(() => void pending--);
}
