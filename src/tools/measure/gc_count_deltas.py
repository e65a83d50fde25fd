"""gc.get_count()[0] deltas of single constructs under CPython 3.11 (`python3 -S`, the corpus's env).

Run: python3 -S src/tools/measure/gc_count_deltas.py > src/sim/__fixtures__/gc-count-deltas.json
For each snippet prints {name: {"src": ..., "run": runtime delta, "compile": compile-time delta}}:
- run: gc.get_count()[0] after the snippet minus before it (collector disabled, so no collection
  resets the count);
- compile: the count on the program's first line minus the count of the same program without the
  snippet (the snippet is compiled but not run): what compiling it allocates and keeps.
src/sim/gc-count-deltas.test.ts runs the same programs in the simulator.
"""
import json

from clean_run import run_clean

SNIPPETS = {
    'empty': '',
    'class_pass': 'class A: pass',
    'class_attr': 'class A:\n    x = 1',
    'class_two_methods': 'class A:\n    def f(self): pass\n    def g(self): pass',
    'class_base': 'class B: pass\nclass A(B): pass',
    'class_two_bases': 'class B: pass\nclass D: pass\nclass A(B, D): pass',
    'def_plain': 'def f(): pass',
    'def_defaults': 'def f(a=1, b=2): pass',
    'def_kwdefaults': 'def f(*, a=1): pass',
    'def_closure': 'def f():\n    x = 1\n    def g(): return x\n    return g\nh = f()',
    'lambda': 'f = lambda: 0',
    'first_call': 'def f(): return 1\nf()',
    'two_calls': 'def f(): return 1\nf()\nf()',
    'listcomp': 'y = [i for i in range(3)]',
    'genexp': 'y = sum(i for i in range(3))',
    'list_literal': 'x = [1]',
    'two_list_literals': 'x = [1]\nx = [2]',
    'print_first': 'print(1)',
    'print_twice': 'print(1)\nprint(2)',
    'import_sys': 'import sys',
    'import_weakref': 'import weakref',
    'import_copy': 'import copy',
    'import_ctypes': 'import ctypes',
    'class_exc_base': 'class E(Exception): pass',
    'class_second_subclass': 'class B: pass\nclass A(B): pass\nclass C(B): pass',
    'class_three_methods_attr': 'class A:\n    x = 1\n    def f(self): pass\n    def g(self): pass\n    def h(self): pass',
    'class_super': 'class B:\n    def m(self): return 1\nclass A(B):\n    def m(self): return super().m()',
    'unpack_constant_pair': 'a, b = 1, 2',
    'unpack_folded_pair': 'a, b = -1, 2',
    'swap_pair': 'x = 1\ny = 2\nx, y = y, x',
    'print_after_collect': 'gc.collect()\nc0 = gc.get_count()[0]\nprint(1)\nprint(2)\nx = [1]\nx = [2]',
}

HEAD = 'import gc\ngc.disable()\nc0 = gc.get_count()[0]\n'
TAIL = '\nc1 = gc.get_count()[0]\nprint(c1 - c0)\n'
# compile-time: the snippet sits after an exit, compiled but never run
CHEAD = 'import gc\nprint(gc.get_count()[0])\nraise SystemExit\n'

def run(src):
    return int(run_clean(src, 'gc_count_deltas', check=True).stdout.split()[-1])


base = run(CHEAD)
out = {}
for name, src in SNIPPETS.items():
    out[name] = {'src': src, 'run': run(HEAD + src + TAIL), 'compile': run(CHEAD + src + '\n') - base}
print(json.dumps(out, indent=1))
