/**
 * The gc and weakref modules against CPython 3.11.7: programs in __fixtures__ with the output
 * CPython printed (regenerate: `cd src/sim/modules/__fixtures__ && python3 -S gc_api.py >
 * gc_api.out 2> gc_api.err && python3 -S weakref_api.py > weakref_api.out`). stderr is compared
 * with addresses and the file name normalized, as the fidelity corpus does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index.ts';

const dir = new URL('./__fixtures__/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const norm = (s: string) => s.replace(/0x[0-9a-fA-F]{6,}/g, '0xADDR').replace(/File "[^"]*\.py"/g, 'File "<string>"');

describe('gc and weakref modules (CPython 3.11.7 fixtures)', () => {
  for (const name of ['gc_api', 'weakref_api']) {
    it(name, () => {
      const r = runProgram(read(`${name}.py`), { filename: `${name}.py` });
      expect(r.stdout).toBe(read(`${name}.out`));
      const err = existsSync(new URL(`${name}.err`, dir)) ? read(`${name}.err`) : '';
      expect(norm(r.stderr)).toBe(norm(err));
    });
  }

  it('refuses weak references to the types CPython refuses', () => {
    const r = runProgram('import weakref\ntry:\n    weakref.ref(3)\nexcept TypeError as e:\n    print(e)\n', {});
    expect(r.stdout).toBe("cannot create weak reference to 'int' object\n");
  });
});
