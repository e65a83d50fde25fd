/**
 * The interpreter's inline caches (attrcache.ts: instance attributes and LOAD_METHOD; globals.ts:
 * LOAD_GLOBAL) against CPython 3.11: each program changes what a hot site has cached (instance
 * shapes, class namespaces, globals shadowing builtins) and must print what CPython prints.
 * Regenerate the expectations: python3 src/sim/interpreter/gen_cache_fixtures.py
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index.ts';
import { GlobalsMap } from './globals.ts';

interface Fixture {
  source: string;
  stdout: string;
  stderr: string;
  exit: number;
}
const fixtures = JSON.parse(readFileSync(new URL('./__fixtures__/caches.json', import.meta.url), 'utf8')) as Record<string, Fixture>;

describe('inline caches vs CPython 3.11', () => {
  for (const [name, fx] of Object.entries(fixtures)) {
    it(name, () => {
      const r = runProgram(fx.source, { filename: '<string>' });
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({ stdout: fx.stdout, stderr: fx.stderr, exit: fx.exit });
    });
  }
});

describe('GlobalsMap', () => {
  it('marks an entry dead when it leaves the map, and counts globals that shadow a builtin', () => {
    const m = new GlobalsMap();
    const a = { k: null as never, v: null as never };
    m.set('a', a);
    expect(m.shadows).toBe(0);
    m.set('a', a); // the same entry again: still live
    m.set('len', { k: null as never, v: null as never });
    expect(m.shadows).toBe(1);
    expect((a as { dead?: boolean }).dead).toBeUndefined();
    const b = { k: null as never, v: null as never };
    m.set('a', b);
    expect((a as { dead?: boolean }).dead).toBe(true);
    m.delete('a');
    expect((b as { dead?: boolean }).dead).toBe(true);
    m.set('a', b); // re-inserted: alive again
    expect((b as { dead?: boolean }).dead).toBe(false);
    m.delete('len');
    m.set('len', b);
    expect(m.shadows).toBe(2);
    m.insert('abs', { k: null as never, v: null as never });
    m.insert('not_a_builtin', { k: null as never, v: null as never });
    expect(m.shadows).toBe(3);
    m.clear();
    expect((b as { dead?: boolean }).dead).toBe(true);
  });
});
