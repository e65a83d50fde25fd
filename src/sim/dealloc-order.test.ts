/**
 * Deallocation order, end to end: which `__del__` and weakref callbacks run when, what a collection
 * frees and in what order, id reuse after a free, and the collection at interpreter exit. Each
 * program in __fixtures__/dealloc-order/ is compared with CPython 3.11.7's stdout beside it
 * (regenerate: `python3 src/sim/__fixtures__/dealloc-order/regen.py`). They guard the dealloc
 * stack of heap.ts, `pushContents` (objects/instance.ts) and `tp_clear`, which are tuned for speed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram } from './index.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'dealloc-order');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py') && f !== 'regen.py').sort();

function run(source: string): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  runProgram(source, { filename: 'prog.py', onStdout: (t) => (stdout += t), onStderr: (t) => (stderr += t) });
  return { stdout, stderr };
}

describe('deallocation order matches CPython 3.11.7', () => {
  it('has programs to check', () => {
    expect(programs.length).toBeGreaterThanOrEqual(5);
  });
  for (const file of programs) {
    it(file, () => {
      const expected = readFileSync(path.join(dir, file.replace(/\.py$/, '.out')), 'utf8');
      const { stdout, stderr } = run(readFileSync(path.join(dir, file), 'utf8'));
      expect(stderr).toBe('');
      expect(stdout).toBe(expected);
    });
  }
});

describe('a deallocation stopped by a limit', () => {
  it('leaves nothing behind for the next run', () => {
    // a __del__ that never ends, met halfway through freeing a chain: the step budget stops the run
    const stopped = runProgram(
      'class C:\n    pass\nclass Stuck:\n    def __del__(self):\n        while True:\n            pass\n' +
        'head = C()\nnode = head\nfor i in range(1000):\n    node.next = Stuck() if i == 500 else C()\n    node = node.next\nnode = None\nhead = None\nprint("unreached")\n',
      { stepBudget: 100_000 },
    );
    expect(stopped.limit).toBe('steps');
    const file = programs.find((f) => f === 'chain.py')!;
    const { stdout } = run(readFileSync(path.join(dir, file), 'utf8'));
    expect(stdout).toBe(readFileSync(path.join(dir, 'chain.out'), 'utf8'));
  });
});
