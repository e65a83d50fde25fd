/**
 * A worker (the browser's, the grader's, a fuzzer's) runs many programs in one JS heap: a run must
 * not keep anything of an earlier run alive. Measured with the JS heap after a forced GC.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runProgram } from './index.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const PROGRAM = "class C:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'C({self.x})'\nc = [C(i) for i in range(20)]\nprint(c[:2])\n";

describe('runs in one process', () => {
  it('do not keep the classes, functions and objects of earlier runs alive', () => {
    const heapAfter = (runs: number): number => {
      for (let i = 0; i < runs; i++) expect(runProgram(PROGRAM).stdout).toBe('[C(0), C(1)]\n');
      gc();
      return process.memoryUsage().heapUsed;
    };
    heapAfter(300);
    const before = heapAfter(1);
    const after = heapAfter(2000);
    // before the fix: ~20 KB a run (every class of every earlier run kept), 40 MB here
    expect((after - before) / 2000).toBeLessThan(2000);
  });
});
