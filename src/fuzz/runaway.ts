/**
 * Runaway programs and a runner that executes one in a child process (limits-child.ts) with a
 * capped JS heap, so a simulator without a heap bound kills the child, not the caller.
 * Shared by limits.test.ts (behaviour) and `npm run bench:limits` (time to stop).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Summary {
  exitCode: number;
  limit: string | null;
  lastStderrLine: string;
  stdoutChars: number;
  steps: number;
  ms: number;
  /** CPU time of the child (all threads, V8's GC included): far less sensitive to the machine's load. */
  cpuMs: number;
}

export const RUNAWAYS = {
  emptyLoop: 'while True:\n    pass\n',
  workLoop: 'n = 0\nwhile True:\n    n += 1\n    x = [n, str(n)]\n',
  recursion: 'def f(n):\n    return f(n + 1)\nf(0)\n',
  printFlood: "while True:\n    print('x' * 100)\n",
  hugePrint: "print('x' * 10**8)\n",
  bigList: 'x = [0] * 10**9\n',
  doubling: 'x = [0]\nwhile True:\n    x = x + x\n',
  squaring: 'x = 10**1000\nwhile True:\n    x *= x\n',
  bigShift: 'x = 1 << 10**10\n',
  // text that repeats itself through join and format (found by the 10**6 property run: it
  // overran V8's string length, an internal error, and a repr of it ran on past the watchdog)
  joinGrowth: "L = ['ab', 'cd']\nwhile True:\n    L.extend([''.join(L), ''.join(L)])\n",
  formatGrowth: "L = []\nwhile True:\n    L.extend(['{} and {}'.format(10, L), '{} and {}'.format(10, L)])\n",
  collectLoop: 'import gc\nx = [0] * 10**6\nwhile True:\n    gc.collect()\n',
  bigListLoop: 'while True:\n    x = [0] * 10**6\n',
} as const;

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'limits-child.ts');

/** Runs `source` with the simulator's default limits (or the given ones); rejects when the child dies. */
export function runChild(source: string, opts: { stepBudget?: number; timeLimitMs?: number; heapMb?: number; timeoutMs?: number } = {}): Promise<Summary> {
  return new Promise((resolve, reject) => {
    const limits = JSON.stringify({ stepBudget: opts.stepBudget, timeLimitMs: opts.timeLimitMs });
    const args = [`--max-old-space-size=${opts.heapMb ?? 256}`, '--import', 'tsx', child, limits];
    const p = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), opts.timeoutMs ?? 55_000);
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out) as Summary);
      } catch {
        const why = err.split('\n').filter((l) => /Error|heap|memory/i.test(l)).slice(0, 2).join(' | ');
        reject(new Error(`the simulator's process died (exit ${code} ${signal ?? ''}): ${why || err.slice(-300)}`));
      }
    });
    p.stdin.end(source);
  });
}
