"""Measure CPython 3.11's start-up reference counts of the shared static objects.

Run:  python3 src/tools/measure/startup_refcounts.py > src/sim/objects/startup_refcounts.json
(it starts `python3 -S` subprocesses, so the state measured is the corpus's `python3 -S file.py`).

The simulator starts every program from this table (not per program): the small ints' (-5..256)
ob_refcnt is 999,999,999 (3.11 allocates them statically) plus the references held at start-up;
None/True/False/''/() are listed with their absolute counts. Importing a module written in
Python (ctypes, weakref) adds references to these objects (its code constants); the table's
`imports` section has those deltas, which the simulator adds when the program imports it.

How the probe's own references are subtracted: the probe is one list comprehension
`[sys.getrefcount(i) for i in range(int(S), int(E))]` whose code holds no small-int constants
(the bounds come from strings). While `i` is measured it is referenced by the loop variable and by
getrefcount's argument: 2 are subtracted. The range object is freed before the loop starts (its
iterator keeps C longs, not objects). For the singletons the probe's module code object holds None
in co_consts and the measured tuple holds each once; these are subtracted explicitly below.
"""
import json
import os
import tempfile
import subprocess
import sys

PROBE = r'''
import sys
{imports}
_ints = [sys.getrefcount(i) for i in range(int('-5'), int('257'))]
_objs = (None, True, False, '', ())
_single = [sys.getrefcount(o) for o in _objs]
print(repr((_ints, _single)))
'''


def run(imports):
    # run as a file, like the corpus (`python3 -S file.py`), not with -c
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'probe.py')
        with open(path, 'w') as fh:
            fh.write(PROBE.format(imports=imports))
        out = subprocess.run([sys.executable, '-S', path], capture_output=True, text=True,
                             check=True, cwd=d).stdout
    ints, single = eval(out)
    table = {str(i - 5): v - 2 for i, v in enumerate(ints)}
    # singles: loop variable + argument + the `_objs` tuple = 3; None also sits in co_consts of
    # the module and of both comprehension code objects (3 more).
    names = ['None', 'True', 'False', 'empty_str', 'empty_tuple']
    for name, v in zip(names, single):
        table[name] = v - 3 - (3 if name == 'None' else 0)
    return table


def main():
    base = run('')
    imports = {}
    for mod in ('ctypes', 'weakref', 'gc', 'copy'):
        after = run('import ' + mod)
        imports[mod] = {k: after[k] - base[k] for k in base if after[k] != base[k]}
    print(json.dumps({
        'python': sys.version.split()[0],
        'static_base': 999999999,
        'startup': base,
        'imports': imports,
    }, indent=1))


if __name__ == '__main__':
    main()
