import { describe, expect, it } from 'vitest';
import type { RunOptions, RunResult } from '../sim/api.ts';
import { execute, type Runner } from './execute.ts';
import type { FromWorker } from './protocol.ts';

const ok: RunResult = { exitCode: 0, stdout: '', stderr: '', error: null, limit: null, steps: 3 };

function collect(runner: Runner, source = 'print(1)'): FromWorker[] {
  const messages: FromWorker[] = [];
  execute({ type: 'run', runId: 7, source, stepBudget: 100, maxOutputChars: 50 }, runner, (m) => messages.push(m));
  return messages;
}

describe('execute (worker side of the protocol)', () => {
  it('passes the limits through and ends with exactly one done', () => {
    let seen: RunOptions | undefined;
    const messages = collect((_source, options) => {
      seen = options;
      return ok;
    });
    expect(seen?.stepBudget).toBe(100);
    expect(seen?.maxOutputChars).toBe(50);
    expect(messages).toEqual([{ type: 'done', runId: 7, exitCode: 0, error: null, limit: null, steps: 3 }]);
  });

  it('streams output in order, keeping stdout and stderr apart, and never loses text', () => {
    const messages = collect((_s, o) => {
      o.onStdout?.('a\n');
      for (let i = 0; i < 1000; i++) o.onStdout?.(`${i}\n`);
      o.onStderr?.('Traceback…\n');
      o.onStderr?.('ZeroDivisionError: division by zero\n');
      return { ...ok, exitCode: 1, error: { type: 'ZeroDivisionError', message: 'division by zero', lineno: 3 } };
    });
    const outputs = messages.filter((m) => m.type === 'output');
    // The first write is flushed at once (fast first output), the rest is batched.
    expect(outputs[0]).toEqual({ type: 'output', runId: 7, stream: 'stdout', text: 'a\n' });
    expect(outputs.length).toBeLessThan(20);
    const stdout = outputs.filter((m) => m.stream === 'stdout').map((m) => m.text).join('');
    const stderr = outputs.filter((m) => m.stream === 'stderr').map((m) => m.text).join('');
    expect(stdout).toBe('a\n' + Array.from({ length: 1000 }, (_, i) => `${i}\n`).join(''));
    expect(stderr).toBe('Traceback…\nZeroDivisionError: division by zero\n');
    const done = messages.at(-1);
    expect(done).toMatchObject({ type: 'done', exitCode: 1, error: { lineno: 3 } });
  });

  it('reports a simulator that throws as crashed, without a stack trace', () => {
    const messages = collect((_s, o) => {
      o.onStdout?.('partial\n');
      throw new TypeError('cannot read properties of undefined');
    });
    expect(messages[0]).toMatchObject({ type: 'output', text: 'partial\n' });
    expect(messages.at(-1)).toEqual({ type: 'crashed', runId: 7, message: 'internal simulator error' });
  });

  it('names a JavaScript stack overflow', () => {
    const messages = collect(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(messages).toEqual([{ type: 'crashed', runId: 7, message: 'the simulator ran out of stack space' }]);
  });
});
