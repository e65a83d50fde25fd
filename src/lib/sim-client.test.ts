import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, RunRequest } from '../worker/protocol.ts';

type Behaviour = (request: RunRequest, reply: (message: FromWorker) => void) => void;

/** Stands in for the module worker: answers runs according to the current test's behaviour. */
class FakeWorker {
  static behaviour: Behaviour = () => {};
  static created: FakeWorker[] = [];
  terminated = false;
  private listeners = new Map<string, Set<(event: unknown) => void>>();
  constructor() {
    FakeWorker.created.push(this);
  }
  addEventListener(type: string, fn: (event: unknown) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
  }
  removeEventListener(type: string, fn: (event: unknown) => void): void {
    this.listeners.get(type)?.delete(fn);
  }
  postMessage(request: RunRequest): void {
    FakeWorker.behaviour(request, (message) => {
      if (this.terminated) return;
      this.listeners.get('message')?.forEach((fn) => fn({ data: message }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function freshClient() {
  vi.resetModules();
  return import('./sim-client.ts');
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.created = [];
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});
afterEach(() => {
  vi.useRealTimers();
});

const done = (runId: number): FromWorker => ({ type: 'done', runId, exitCode: 0, error: null, limit: null, steps: 1 });

describe('runInWorker', () => {
  it('streams output and resolves with the done message', async () => {
    FakeWorker.behaviour = (req, reply) => {
      reply({ type: 'output', runId: req.runId, stream: 'stdout', text: 'True\n' });
      reply(done(req.runId));
    };
    const { runInWorker } = await freshClient();
    const chunks: string[] = [];
    const outcome = await runInWorker('print(True)', { timeLimitMs: 1000, onOutput: (_s, t) => chunks.push(t) });
    expect(chunks).toEqual(['True\n']);
    expect(outcome).toEqual({ kind: 'done', exitCode: 0, error: null, limit: null, steps: 1 });
  });

  it('terminates a worker that exceeds the time limit and uses a new one for the next run', async () => {
    FakeWorker.behaviour = () => {}; // never answers, like `while True: pass` without a step budget
    const { runInWorker } = await freshClient();
    const pending = runInWorker('while True: pass', { timeLimitMs: 300, onOutput: () => {} });
    await vi.advanceTimersByTimeAsync(299);
    expect(FakeWorker.created[0].terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ kind: 'timeout', limitMs: 300 });
    expect(FakeWorker.created[0].terminated).toBe(true);

    FakeWorker.behaviour = (req, reply) => reply(done(req.runId));
    const next = await runInWorker('pass', { timeLimitMs: 300, onOutput: () => {} });
    expect(next.kind).toBe('done');
    expect(FakeWorker.created).toHaveLength(2);
  });

  it('runs one program at a time, in order, and sends the default limits', async () => {
    const order: string[] = [];
    const requests: RunRequest[] = [];
    FakeWorker.behaviour = (req, reply) => {
      requests.push(req);
      order.push(`start ${req.source}`);
      setTimeout(() => {
        order.push(`end ${req.source}`);
        reply(done(req.runId));
      }, 10);
    };
    const { runInWorker, DEFAULT_STEP_BUDGET } = await freshClient();
    const a = runInWorker('a', { timeLimitMs: 1000, onOutput: () => {} });
    const b = runInWorker('b', { timeLimitMs: 1000, onOutput: () => {}, stepBudget: 5 });
    await vi.advanceTimersByTimeAsync(50);
    await Promise.all([a, b]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(requests[0].stepBudget).toBe(DEFAULT_STEP_BUDGET);
    expect(requests[1].stepBudget).toBe(5);
    expect(FakeWorker.created).toHaveLength(1);
  });

  it('replaces the worker after a crash report', async () => {
    FakeWorker.behaviour = (req, reply) => reply({ type: 'crashed', runId: req.runId, message: 'internal simulator error' });
    const { runInWorker } = await freshClient();
    const outcome = await runInWorker('x', { timeLimitMs: 1000, onOutput: () => {} });
    expect(outcome).toEqual({ kind: 'crashed', message: 'internal simulator error' });
    expect(FakeWorker.created[0].terminated).toBe(true);
  });
});

describe('pendingRuns', () => {
  it('counts queued and running programs', async () => {
    FakeWorker.behaviour = (req, reply) => setTimeout(() => reply(done(req.runId)), 10);
    const { runInWorker, pendingRuns } = await freshClient();
    expect(pendingRuns()).toBe(0);
    const a = runInWorker('a', { timeLimitMs: 1000, onOutput: () => {} });
    const b = runInWorker('b', { timeLimitMs: 1000, onOutput: () => {} });
    expect(pendingRuns()).toBe(2);
    await vi.advanceTimersByTimeAsync(50);
    await Promise.all([a, b]);
    expect(pendingRuns()).toBe(0);
  });
});
