/**
 * The import model of import-count.ts against CPython 3.11's measured counts (python3 -S, the
 * corpus environment, collector disabled: gc_count_deltas.py `import_*`; the pairs by importing
 * two modules in both orders). Not wired into `import` yet (modules/index.ts), so this tests the
 * model directly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gcCount, gcHooks } from './heap.ts';
import { importAllocations, resetImportCount, settleImportCount } from './import-count.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const deltas = JSON.parse(readFileSync(path.join(here, '__fixtures__', 'gc-count-deltas.json'), 'utf8')) as Record<string, { run: number }>;

describe('gc.get_count() after imports', () => {
  afterEach(() => {
    resetImportCount();
    gcHooks.afterAlloc = null;
  });

  it('a first import adds what CPython 3.11 measured', () => {
    for (const m of ['weakref', 'copy', 'ctypes']) {
      resetImportCount();
      expect(importAllocations(m)).toBe(deltas[`import_${m}`].run);
    }
  });

  it('a second module counts only the stdlib files not loaded yet (within 30 of CPython)', () => {
    // CPython: [first, second, second's count after first]
    const pairs: [string, string, number][] = [
      ['weakref', 'copy', 101], ['weakref', 'ctypes', 993], ['copy', 'weakref', 0],
      ['copy', 'ctypes', 991], ['ctypes', 'weakref', 559], ['ctypes', 'copy', 660],
    ];
    for (const [a, b, n] of pairs) {
      resetImportCount();
      gcCount[0] = 0;
      settleImportCount(a, 0);
      expect(Math.abs(importAllocations(b) - n)).toBeLessThanOrEqual(30);
    }
  });

  it('the simulator-built sys costs nothing, as in CPython; lab is not CPython and untouched', () => {
    gcCount[0] = 450;
    settleImportCount('sys', 7);
    expect(gcCount[0]).toBe(443);
    settleImportCount('lab', 3);
    expect(gcCount[0]).toBe(443);
  });

  it('each added allocation can trigger an automatic collection', () => {
    let collections = 0;
    gcHooks.afterAlloc = () => {
      if (gcCount[0] > 700) {
        collections++;
        gcCount[0] = 0;
      }
    };
    gcCount[0] = 461;
    settleImportCount('weakref', 4);
    // CPython from 461: 2 collections, ending at 341
    expect(collections).toBe(2);
    expect(Math.abs(gcCount[0] - 341)).toBeLessThan(15);
  });
});
