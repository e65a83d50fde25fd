/**
 * str methods ported from Objects/unicodeobject.c (str-predicates.ts, str-edits.ts) and the
 * whitespace rules of split/strip, against CPython 3.11: `python3 src/sim/objects/gen_str_methods_fixtures.py`
 * regenerates fixtures/str-methods.json (stdout, last stderr line and exit status of each program).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index.ts';

interface Case {
  source: string;
  stdout: string;
  error: string;
  exit: number;
}
const cases = JSON.parse(readFileSync(new URL('./fixtures/str-methods.json', import.meta.url), 'utf8')) as Case[];

describe('str methods match CPython 3.11', () => {
  for (const c of cases) {
    it(c.source.split('\n')[0], () => {
      const r = runProgram(c.source, { filename: 'prog.py' });
      expect(r.stdout).toBe(c.stdout);
      const lines = r.stderr.trim().split('\n');
      expect(c.error === '' ? '' : lines[lines.length - 1]).toBe(c.error);
      expect(r.exitCode).toBe(c.exit);
    });
  }
});

describe('what CPython has and the simulator lacks is named, never denied', () => {
  const lastLine = (src: string) => runProgram(src, { filename: 'prog.py' }).stderr.trim().split('\n').pop();
  it('a str method', () => {
    expect(lastLine("'a'.format_map({})\n")).toBe('NotImplementedError: str.format_map is not supported by the simulator');
  });
  it('a module attribute', () => {
    expect(lastLine('import sys\nsys.getallocatedblocks()\n')).toBe('NotImplementedError: sys.getallocatedblocks is not supported by the simulator');
  });
  it('a built-in', () => {
    expect(lastLine('bytearray(3)\n')).toBe("NotImplementedError: the built-in 'bytearray' is not supported by the simulator");
  });
  it('a standard-library module', () => {
    expect(lastLine('import math\n')).toBe("NotImplementedError: the module 'math' is not supported by the simulator (it has gc, sys, ctypes, weakref and copy)");
  });
  it('__slots__ (instances without a __dict__)', () => {
    expect(lastLine("class P:\n    __slots__ = ('x',)\n")).toBe('NotImplementedError: __slots__ is not supported by the simulator');
  });
  it('names CPython does not have stay AttributeError, NameError and ModuleNotFoundError', () => {
    expect(lastLine("'a'.nosuch\n")).toBe("AttributeError: 'str' object has no attribute 'nosuch'");
    expect(lastLine('nosuch\n')).toBe("NameError: name 'nosuch' is not defined");
    expect(lastLine('import nosuch\n')).toBe("ModuleNotFoundError: No module named 'nosuch'");
  });
});
