"""Expected outputs for src/sim/interpreter/caches.test.ts, computed by CPython 3.11.

The programs run one site many times while what it caches changes under it (instance shapes,
class namespaces, globals and builtins), so the interpreter's inline caches (attrcache.ts,
globals.ts) must notice every change.
Regenerate:  python3 src/sim/interpreter/gen_cache_fixtures.py
Each program runs as `python3 -S` with the source on stdin; '<stdin>' in tracebacks becomes
'<string>' (the name the test passes to the simulator).
"""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '__fixtures__', 'caches.json')

PROGRAMS = {
    'attr_shapes_at_one_site': '''
class P:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())
def show(p):
    return p.a + p.b + p.c
objs = [P('abc'), P('cba'), P('bac'), P('abc')]
print([show(p) for p in objs])
objs[1].b = 'X'
del objs[2].a
for p in objs:
    try:
        print(show(p))
    except AttributeError as e:
        print('AttributeError', e)
q = P('abc')
for i in range(40):
    setattr(q, 'x%d' % i, i)
print(show(q), q.x39, q.x0)
q.a = 'Z'
print(show(q))
''',
    'attr_store_transitions': '''
class C:
    pass
def fill(o, v):
    o.first = v
    o.second = v + 1
    return o
cs = [fill(C(), i) for i in range(5)]
print([(c.first, c.second) for c in cs])
d = C()
d.second = 'b'
fill(d, 10)
print(list(vars(d).items()))
e = C()
e.other = 1
fill(e, 20)
print(list(vars(e).items()))
fill(e, 30)
print(list(vars(e).items()))
''',
    'method_cache_invalidation': '''
class A:
    def f(self):
        return 'A.f'
class B(A):
    pass
def call(o):
    return o.f()
b = B()
print(call(b), call(A()))
B.f = lambda self: 'B.f'
print(call(b), call(A()))
del B.f
print(call(b))
A.f = lambda self: 'new A.f'
print(call(b))
b.f = lambda: 'instance f'
print(call(b), call(B()))
del b.f
print(call(b))
print([call(x) for x in [A(), B(), A()]])
big = B()
for i in range(40):
    setattr(big, 'a%d' % i, i)
print(call(big))
big.f = lambda: 'shadowed on a big instance'
print(call(big))
print([s.upper() for s in ['a', 'b']], [l.pop() for l in [[1], [2, 3]]])
''',
    'plain_attrs_turn_special': '''
class C:
    def __init__(self):
        self.v = 1
def get(o):
    return o.v
def put(o, x):
    o.v = x
c = C()
put(c, 2)
print(get(c))
C.v = property(lambda self: 'prop')
print(get(c))
try:
    put(c, 3)
except AttributeError as e:
    print('AttributeError', e)
del C.v
print(get(c))
def setattr_hook(self, name, value):
    object.__setattr__(self, name, value * 10)
C.__setattr__ = setattr_hook
put(c, 4)
print(get(c))
class K:
    pass
put(K, 5)
print(get(K), K.__dict__['v'], get(K()))
''',
    'globals_and_builtins': '''
def use():
    return len('abc'), x
x = 1
print(use())
len = lambda s: 'mine'
print(use())
del len
print(use())
globals()['x'] = 2
print(use())
del globals()['x']
try:
    use()
except NameError as e:
    print('NameError', e)
x = 3
total = 0
for i in range(5):
    y = i
    total += y
    del y
print(use(), total)
g = globals()
g.update(x=4)
print(use())
g.pop('x')
g['x'] = 5
print(use())
''',
    'init_keywords_and_inplace_ints': '''
class A:
    def __init__(self, x, y=2, *, z=3):
        self.t = (x, y, z)
print(A(1).t, A(1, 5).t, A(x=7).t, A(1, y=8, z=9).t)
try:
    A(1, w=2)
except TypeError as e:
    print(e)
class R:
    def __init__(self):
        return 1
try:
    R()
except TypeError as e:
    print(e)
n = 2**53 - 2
n += 1
n += 1
n += 1
m = -2**53 + 1
m -= 5
k = 10
k -= 20
print(n, m, k, type(n).__name__)
''',
}


def main() -> None:
    out = {}
    for name, src in PROGRAMS.items():
        src = src.lstrip('\n')
        r = subprocess.run(['python3', '-S', '-'], input=src, capture_output=True, text=True)
        out[name] = {
            'source': src,
            'stdout': r.stdout,
            'stderr': r.stderr.replace('"<stdin>"', '"<string>"'),
            'exit': r.returncode,
        }
    with open(OUT, 'w') as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
