/**
 * The learner's Python must have no way out to JavaScript, the DOM or the network: the simulator
 * implements Python itself (no eval/Function/import() of program text), has no file system, and
 * imports only its own small modules. Each usual escape must end as a clean Python error, never a
 * JavaScript error and never a value that leaks a JS object.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../sim/index.ts';

function run(source: string) {
  return runProgram(`${source}\n`, { stepBudget: 100_000, maxOutputChars: 100_000 });
}

/** The last line of stderr: the exception CPython-style, e.g. `ModuleNotFoundError: No module named 'os'`. */
function lastError(source: string): string {
  const r = run(source);
  expect(r.exitCode).toBe(1);
  expect(r.limit).toBeNull();
  expect(r.stderr).not.toMatch(/SystemError|internal simulator error|at \S+ \(|\.ts:\d+/);
  return r.stderr.trimEnd().split('\n').at(-1) ?? '';
}

describe('no way out of the simulator', () => {
  it.each([
    ["__import__('os')", /^NameError: name '__import__' is not defined$/],
    // a standard-library module or built-in CPython has is named as not supported, never run
    ['import os', /^NotImplementedError: the module 'os' is not supported by the simulator\b/],
    ['import js', /^ModuleNotFoundError: No module named 'js'$/],
    ['import pyodide', /^ModuleNotFoundError: No module named 'pyodide'$/],
    ['import socket', /^NotImplementedError: the module 'socket' is not supported by the simulator\b/],
    ['import importlib', /^NotImplementedError: the module 'importlib' is not supported by the simulator\b/],
    ['import builtins', /^NotImplementedError: the module 'builtins' is not supported by the simulator\b/],
    ['from os import system', /^NotImplementedError: the module 'os' is not supported by the simulator\b/],
    ["open('/etc/passwd')", /^NotImplementedError: open\(\) .*not supported/],
    ["getattr(type, '__subclasses__')", /^AttributeError: .*'__subclasses__'$/],
    ['().__class__.__bases__[0].__subclasses__()', /^AttributeError: .*'__subclasses__'$/],
    ["eval('1 + 1')", /^NotImplementedError: the built-in 'eval' is not supported by the simulator$/],
    ["exec('x = 1')", /^NotImplementedError: the built-in 'exec' is not supported by the simulator$/],
    ["compile('1', 'f', 'eval')", /^NotImplementedError: the built-in 'compile' is not supported by the simulator$/],
    ['breakpoint()', /^NotImplementedError: the built-in 'breakpoint' is not supported by the simulator$/],
    ['fetch', /^NameError: name 'fetch' is not defined$/],
    ['globalThis', /^NameError: name 'globalThis' is not defined\b/],
    ['self.postMessage', /^NameError: name 'self' is not defined$/],
    ['document', /^NameError: name 'document' is not defined$/],
    ['import sys\nsys.modules', /^NotImplementedError: sys.modules is not supported by the simulator$/],
    ['(lambda: 0).__code__', /^AttributeError: 'function' object has no attribute '__code__'$/],
  ])('%s', (source, expected) => {
    expect(lastError(source)).toMatch(expected);
  });

  it('the builtins hold no eval, exec, compile, __import__ or JS names', () => {
    const r = run('print(dir(__builtins__))');
    expect(r.exitCode).toBe(0);
    for (const name of ['eval', 'exec', 'compile', '__import__', 'fetch', 'globalThis', 'self', 'window', 'document', 'postMessage', 'Function']) {
      expect(r.stdout).not.toContain(`'${name}'`);
    }
  });

  it('ctypes only reads the simulated heap: a real address is not readable memory', () => {
    const r = run('import ctypes\nprint(dir(ctypes))');
    expect(r.stdout).toContain("'c_ssize_t'");
    expect(r.stdout).not.toMatch(/CDLL|cdll|pythonapi|memmove|string_at/);
  });

  it('a program cannot change what the next run sees (modules are fresh each run)', () => {
    expect(run('import sys\nsys.getrefcount = None\nimport lab\nlab.refcount = None').exitCode).toBe(0);
    const r = run('import sys\nprint(callable(sys.getrefcount))');
    expect(r.stdout).toBe('True\n');
  });
});

describe('memory bombs stop at the simulator’s heap bound', () => {
  it.each([
    ['x = [0] * 10**9', 'heap'],
    ['x = (0,) * 10**9', 'heap'],
    ['x = [0]\nx *= 10**9', 'heap'],
    ['x = [0]\nwhile True:\n    x = x + x', 'heap'],
    ["s = 'a' * 10**9", 'heap'],
    ["s = 'ab'\nwhile True:\n    s += s", 'heap'],
  ])('%s', (source, limit) => {
    const started = performance.now();
    const r = run(source);
    expect(r.limit).toBe(limit);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^SimulatorLimit: the program used too much memory and was stopped$/m);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a program within the bound runs, and the next run starts with a fresh budget', () => {
    expect(run('x = [0] * 10**6\nprint(len(x))').stdout).toBe('1000000\n');
    expect(run('x = [[] for i in range(100000)]\nprint(len(x))').stdout).toBe('100000\n');
  });
});
