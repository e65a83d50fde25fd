"""Fit src/sim/compile-count.ts's weights: gc.get_count()[0] on a program's first line, CPython 3.11.

Run: python3 src/tools/measure/gc_compile_count.py   (needs numpy; prints weights and errors)
For every program of the fidelity corpus and of the fuzz regression corpus, runs it under
`python3 -S` in the corpus's environment with `import gc; print(gc.get_count()[0]); raise
SystemExit` put before it (the program is compiled, never run), and fits the count minus the
empty program's by least squares on the features compile-count.ts counts. Also writes
src/sim/__fixtures__/gc-compile-count.json (program path, CPython's count) for
src/sim/gc-count.test.ts.
"""
import ast
import glob
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
ENV = {'PATH': os.environ.get('PATH', ''), 'LC_ALL': 'C.UTF-8', 'PYTHONHASHSEED': '0',
       'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONIOENCODING': 'utf-8'}
HEAD = 'import gc\nprint(gc.get_count()[0])\nraise SystemExit\n'
SCOPES = {ast.FunctionDef: 'def', ast.Lambda: 'lambda', ast.ListComp: 'comprehension', ast.SetComp: 'comprehension',
          ast.DictComp: 'comprehension', ast.GeneratorExp: 'comprehension', ast.ClassDef: 'classBody'}
KEYS = ['def', 'lambda', 'comprehension', 'classBody', 'constTuple', 'constFrozenset', 'firstScope']


def first_line_count(src):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(HEAD + src)
    try:
        r = subprocess.run([sys.executable, '-S', f.name], capture_output=True, text=True, env=ENV)
        return int(r.stdout.split()[0])
    finally:
        os.unlink(f.name)


def is_const(e):
    if isinstance(e, ast.Constant):
        return True
    if isinstance(e, ast.UnaryOp):
        return isinstance(e.operand, ast.Constant)
    if isinstance(e, ast.BinOp):
        return is_const(e.left) and is_const(e.right)
    if isinstance(e, ast.Tuple):
        return all(is_const(x) for x in e.elts)
    return False


def features(src):
    tree = ast.parse(src)
    f = dict.fromkeys(KEYS, 0)
    folded = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Compare):
            for op, c in zip(n.ops, n.comparators):
                if isinstance(op, (ast.In, ast.NotIn)):
                    folded.add(id(c))
        if isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.iter, ast.List):
            folded.add(id(n.iter))
    for n in ast.walk(tree):
        kind = SCOPES.get(type(n))
        if kind:
            f[kind] += 1
            f['firstScope'] = 1
        if isinstance(n, ast.Tuple) and n.elts and all(is_const(e) for e in n.elts):
            f['constTuple'] += 1
        elif isinstance(n, (ast.List, ast.Set)) and n.elts and all(is_const(e) for e in n.elts) and (len(n.elts) >= 3 or id(n) in folded):
            f['constTuple' if isinstance(n, ast.List) else 'constFrozenset'] += 1
    return f


def main():
    base = first_line_count('')
    files = sorted(glob.glob(os.path.join(ROOT, 'src/fuzz/regressions/*.py')))
    files += sorted(glob.glob(os.path.join(ROOT, '../shared/fidelity/*/*.py')))
    rows = []
    for p in files:
        src = open(p, encoding='utf-8').read()
        try:
            rows.append((os.path.relpath(p, ROOT), features(src), first_line_count(src) - base))
        except (ValueError, IndexError, SyntaxError):
            continue
    a = np.array([[r[1][k] for k in KEYS] for r in rows], float)
    y = np.array([r[2] for r in rows], float)
    coef, *_ = np.linalg.lstsq(a, y, rcond=None)
    res = y - a @ np.round(coef)
    print('base', base, 'programs', len(rows))
    print('weights', dict(zip(KEYS, np.round(coef, 2).tolist())))
    print('rounded weights: rms', round(float(np.sqrt(np.mean(res ** 2))), 2), 'max', float(np.max(np.abs(res))))
    out = os.path.join(ROOT, 'src/sim/__fixtures__/gc-compile-count.json')
    with open(out, 'w') as f:
        f.write('{"python": %s, "base": %d, "programs": [\n' % (json.dumps(sys.version.split()[0]), base))
        f.write(',\n'.join(json.dumps([r[0], r[2]]) for r in rows))
        f.write('\n]}\n')


main()
