"""Fit src/sim/compile-count.ts's weights: gc.get_count()[0] on a program's first line, CPython 3.11.

Run: python3 src/tools/measure/gc_compile_count.py   (needs numpy; prints weights and errors)
For every program of the fidelity corpus and of the fuzz regression corpus, runs it under
`python3 -S` in the corpus's environment with `import gc, sys; print(gc.get_count()[0]);
sys.exit()` put before it (the program is compiled, never run; not `raise SystemExit`, after
which the rest of the module is unreachable and CPython's optimizer skips it: its folded
constants would not be counted), and fits the count minus the
empty program's by least squares on the features compile-count.ts and compile-features.ts count
(scopes by kind, folded constant tuples, and the distinct co_consts / co_names /
co_localsplusnames tuples, approximated from the AST and the symbol table exactly as the
simulator does: the two are compared program by program by gc-count.test.ts). Also writes
src/sim/__fixtures__/gc-compile-count.json (program path, CPython's count) for
src/sim/gc-count.test.ts.
"""
import ast
import glob
import symtable
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
HEAD = 'import gc, sys\nprint(*gc.get_count())\nsys.exit()\n'
KEYS = ['def', 'lambda', 'comp', 'class', 'first', 'constTuple', 'constFrozenset', 'dconsts', 'dnames', 'dvars', 'floats']


def first_line_count(src):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(HEAD + src)
    try:
        r = subprocess.run([sys.executable, '-S', f.name], capture_output=True, text=True, env=ENV)
        count0, count1 = (int(x) for x in r.stdout.split()[:2])
        # a long program reaches the threshold while compiling (a generation-0 collection: count1
        # one more than start-up's 6); what the compiler then frees may take the count down to 0
        # and no further, so its total is not known: such programs are left out of the fit
        return count0 if count1 == 6 else None
    finally:
        os.unlink(f.name)


SCOPE_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)

def kind_of(n):
    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)): return 'def'
    if isinstance(n, ast.Lambda): return 'lambda'
    if isinstance(n, ast.ClassDef): return 'class'
    return 'comp'

def is_const(e):
    if isinstance(e, ast.Constant): return True
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub): return isinstance(e.operand, ast.Constant)
    if isinstance(e, ast.Tuple): return len(e.elts) > 0 and all(is_const(x) for x in e.elts)
    return False

def const_text(e):
    if isinstance(e, ast.Constant): return type(e.value).__name__ + ':' + repr(e.value)
    if isinstance(e, ast.UnaryOp): return type(e.operand.value).__name__ + ':-' + repr(e.operand.value)
    return 'tuple:(' + ','.join(const_text(x) for x in e.elts) + ')'

def own_parts(scope_node):
    """The AST that belongs to this scope: its body (a def's/lambda's/class's), or a comprehension's
    element(s) and generators but the first iterable."""
    if isinstance(scope_node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)): return list(scope_node.body)
    if isinstance(scope_node, ast.Lambda): return [scope_node.body]
    parts = []
    if isinstance(scope_node, ast.DictComp): parts += [scope_node.key, scope_node.value]
    else: parts.append(scope_node.elt)
    for i, g in enumerate(scope_node.generators):
        parts.append(g.target)
        if i > 0: parts.append(g.iter)
        parts += g.ifs
    return parts

def enclosing_parts(n):
    """What a nested scope node leaves to the enclosing scope: decorators, defaults, bases, the first iterable."""
    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
        a = n.args
        return list(n.decorator_list) + [d for d in a.defaults] + [d for d in a.kw_defaults if d is not None]
    if isinstance(n, ast.Lambda):
        a = n.args
        return [d for d in a.defaults] + [d for d in a.kw_defaults if d is not None]
    if isinstance(n, ast.ClassDef): return list(n.decorator_list) + list(n.bases) + [k.value for k in n.keywords]
    return [n.generators[0].iter]

def walk_own(parts, visit_scope):
    """Yields the nodes of one scope (nested scopes: their enclosing parts only; visit_scope(n) for each)."""
    stack = list(reversed(parts))
    while stack:
        n = stack.pop()
        if n is None: continue
        if isinstance(n, tuple) and n and n[0] == 'scope-done':
            visit_scope(n[1])
            continue
        if isinstance(n, SCOPE_NODES):
            # symtable visits defaults, decorators, bases, the first iterable before the block
            stack.append(('scope-done', n))
            stack.extend(reversed(enclosing_parts(n)))
            continue
        yield n
        if is_const(n) and not isinstance(n, ast.Constant):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(n))))

def features(src):
    tree = ast.parse(src)
    top = symtable.symtable(src, '<q>', 'exec')
    scopes = []  # (node, table)
    def collect(parts, table):
        kids = list(table.get_children())
        found = []
        for _ in walk_own(parts, found.append): pass
        # children tables are in source order like found nodes
        for node, t in zip(found, kids):
            scopes.append((node, t))
            collect(own_parts(node), t)
    collect(tree.body, top)
    f = {'def': 0, 'lambda': 0, 'comp': 0, 'class': 0, 'first': 1 if scopes else 0, 'dconsts': 0, 'dnames': 0, 'dvars': 0}
    ck, nk, vk = set(), set(), set()
    for node, t in scopes:
        k = kind_of(node)
        f[k] += 1
        syms = {s.get_name(): s for s in t.get_symbols()}
        local = lambda name: name in syms and (syms[name].is_local() and not syms[name].is_global()) and not syms[name].is_free()
        free = lambda name: name in syms and syms[name].is_free()
        if k == 'class':
            vars_ = sorted(n for n, s in syms.items() if s.is_free())
        else:
            vars_ = sorted(n for n, s in syms.items() if (local(n) or free(n)) and not n.startswith('.')) + (['.0'] if k == 'comp' else [])
        names = set()
        consts = []
        if k == 'def':
            body = node.body
            doc = body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)
            consts.append(const_text(body[0].value) if doc else 'NoneType:None')
            parts = body[1:] if doc else body
        elif k == 'lambda':
            consts.append('NoneType:None'); parts = own_parts(node)
        elif k == 'class':
            consts += ['str:' + repr(node.name), 'NoneType:None']
            names |= {'__name__', '__module__', '__qualname__'}
            parts = node.body
        else:
            parts = own_parts(node)
        cset = set()
        nested = []
        for n in walk_own(parts, nested.append):
            if is_const(n): cset.add(const_text(n))
            elif isinstance(n, ast.Attribute): names.add(n.attr)
            elif isinstance(n, ast.Name):
                if k == 'class' or not (local(n.id) or free(n.id)): names.add(n.id)
            elif isinstance(n, ast.Call):
                kw = [x.arg for x in n.keywords if x.arg is not None]
                if kw: cset.add('kwnames:' + ','.join(kw))
            elif isinstance(n, (ast.Import, ast.ImportFrom)):
                for a in n.names: names.add(a.name.split('.')[0])
        consts += sorted(cset) + [f'code{i}:{id(x)}' for i, x in enumerate(nested)]
        if consts: ck.add(tuple(consts))
        if names: nk.add(tuple(sorted(names)))
        if vars_: vk.add(tuple(vars_))
    f['dconsts'], f['dnames'], f['dvars'] = len(ck), len(nk), len(vk)
    # folded constant tuples/frozensets (compile-count.ts's constTuple/constFrozenset)
    folded = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Compare):
            for op, c in zip(n.ops, n.comparators):
                if isinstance(op, (ast.In, ast.NotIn)): folded.add(id(c))
        if isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.iter, ast.List): folded.add(id(n.iter))
    f['constTuple'] = f['constFrozenset'] = 0
    for n in ast.walk(tree):
        if isinstance(n, ast.Tuple) and n.elts and all(is_const(e) for e in n.elts): f['constTuple'] += 1
        elif isinstance(n, (ast.List, ast.Set)) and n.elts and all(is_const(e) for e in n.elts) and (len(n.elts) >= 3 or id(n) in folded):
            f['constTuple' if isinstance(n, ast.List) else 'constFrozenset'] += 1
    # constants whose cache key is a (type, value) tuple (_PyCode_ConstantKey): bool, float, complex, bytes
    f['floats'] = len({repr(n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, (float, complex, bool, bytes))})
    return f


def main():
    base = first_line_count('')
    files = sorted(glob.glob(os.path.join(ROOT, 'src/fuzz/regressions/*.py')))
    files += sorted(glob.glob(os.path.join(ROOT, 'src/fuzz/unstable/*.py')))
    # 120 programs of the differential fuzzer's generator (the programs whose collection timing matters most)
    files += sorted(glob.glob(os.path.join(ROOT, 'src/sim/__fixtures__/compile-count-programs/*.py')))
    files += sorted(glob.glob(os.path.join(ROOT, '../shared/fidelity/*/*.py')))
    rows = []
    for p in files:
        src = open(p, encoding='utf-8').read()
        try:
            count = first_line_count(src)
            if count is not None:
                rows.append((os.path.relpath(p, ROOT), features(src), count - base))
        except (ValueError, IndexError, SyntaxError):
            continue
    a = np.array([[r[1][k] for k in KEYS] for r in rows], float)
    y = np.array([r[2] for r in rows], float)
    coef, *_ = np.linalg.lstsq(a, y, rcond=None)
    # the simulator rounds the weighted sum (weights kept to two decimals)
    res = y - np.round(a @ np.round(coef, 2))
    print('base', base, 'programs', len(rows))
    print('weights', dict(zip(KEYS, np.round(coef, 2).tolist())))
    print('rounded sum: rms', round(float(np.sqrt(np.mean(res ** 2))), 2), 'max', float(np.max(np.abs(res))))
    out = os.path.join(ROOT, 'src/sim/__fixtures__/gc-compile-count.json')
    with open(out, 'w') as f:
        f.write('{"python": %s, "base": %d, "programs": [\n' % (json.dumps(sys.version.split()[0]), base))
        f.write(',\n'.join(json.dumps([r[0], r[2], {k: r[1][k] for k in ('dconsts', 'dnames', 'dvars', 'floats')}]) for r in rows))
        f.write('\n]}\n')


main()
