/**
 * The page's side of the simulation worker: one worker per page, runs queued one at a time, and a
 * wall-clock watchdog. The simulator's step budget normally stops a runaway program; the watchdog
 * is the backstop for anything else (a hang inside the simulator, a very slow step): it terminates
 * the worker, so the page itself is never blocked, and the next run gets a fresh worker.
 */
import type { ErrorLocation, LimitKind } from '../sim/api.ts';
import type { FromWorker, RunRequest } from '../worker/protocol.ts';

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

export const DEFAULT_TIME_LIMIT_MS = 5000;
export const DEFAULT_STEP_BUDGET = 10_000_000;
export const DEFAULT_MAX_OUTPUT_CHARS = 100_000;

let worker: Worker | null = null;
let nextRunId = 1;
let queue: Promise<unknown> = Promise.resolve();

function spawn(): Worker {
  return new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'simulator' });
}

/** Starts the worker ahead of the first run (on the first hint of interest) to hide its start-up. */
export function prewarm(): void {
  worker ??= spawn();
}

function runNow(source: string, settings: RunSettings): Promise<RunOutcome> {
  settings.onStart?.();
  const current = (worker ??= spawn());
  const runId = nextRunId++;
  return new Promise<RunOutcome>((resolve) => {
    const finish = (outcome: RunOutcome): void => {
      clearTimeout(timer);
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      resolve(outcome);
    };
    const replace = (): void => {
      current.terminate();
      if (worker === current) worker = null;
    };
    const timer = setTimeout(() => {
      replace();
      finish({ kind: 'timeout', limitMs: settings.timeLimitMs });
    }, settings.timeLimitMs);
    const onMessage = (event: MessageEvent<FromWorker>): void => {
      const msg = event.data;
      if (msg.type === 'ready' || msg.runId !== runId) return;
      if (msg.type === 'output') settings.onOutput(msg.stream, msg.text);
      else if (msg.type === 'done') {
        finish({ kind: 'done', exitCode: msg.exitCode, error: msg.error, limit: msg.limit, steps: msg.steps });
      } else {
        replace();
        finish({ kind: 'crashed', message: msg.message });
      }
    };
    const onError = (event: ErrorEvent): void => {
      event.preventDefault();
      replace();
      finish({ kind: 'crashed', message: 'the simulator could not start' });
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    const request: RunRequest = {
      type: 'run',
      runId,
      source,
      filename: '<string>',
      stepBudget: settings.stepBudget ?? DEFAULT_STEP_BUDGET,
      maxOutputChars: settings.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS,
    };
    current.postMessage(request);
  });
}

let pending = 0;

/** Runs queued or in progress on this page. */
export function pendingRuns(): number {
  return pending;
}

/** Runs `source` after any run already in progress on this page. */
export function runInWorker(source: string, settings: RunSettings): Promise<RunOutcome> {
  pending++;
  const result = queue.then(() => runNow(source, settings)).finally(() => void pending--);
  queue = result.catch(() => undefined);
  return result;
}
