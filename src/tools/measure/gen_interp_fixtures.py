"""Expected outputs for src/sim/interpreter/interpreter.test.ts, computed by CPython 3.11.

Regenerate:  python3 src/tools/measure/gen_interp_fixtures.py
Each program is run as `python3 -S prog.py` from a temporary directory; the file name in
tracebacks is replaced by <string> (the name the test passes to the simulator).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'sim', 'interpreter', '__fixtures__', 'programs.json')

PROGRAMS = {
    'str_writer_identity': '''
s = 'abc' * 2
t = (1, [2])
print('{}'.format(s) is s, '{0}'.format(s) is s, '{x}'.format(x=s) is s, '{!s}'.format(s) is s, '{!r}'.format(s) is s, s.format() is s)
print(f'{s}' is s, f'{s!s}' is s, f'{s!r}' is s, f'{s:}' is s, f'{s:>3}' is s, f'x{s}' is s)
print(format(s) is s, format(s, '') is s, '%s' % s is s, '%s' % (s,) is s, '%r' % s is s, 'x%s' % s is s)
print(s + '' is s, '' + s is s, s * 1 is s, t + () is t, () + t is t, t * 1 is t, [1] * 1 is [1])
n = 0
def once():
    global n
    n += 1
    return 5 if n > 1 else 'x'
print(f'{once()}', f'{once()}', n)
s = 'abcdef'
print(format(s, '>3') is s, format(s, '>6') is s, format(s, '>7') is s, format(s, '.6') is s, format(s, '.5') is s, format(s, 's') is s, format(s, '<') is s, '{:>3}'.format(s) is s, '{:^6}'.format(s) is s, f'{s:10}' is s, f'{s:.9}' is s, f'{s!s:>2}' is s)
''',
    'str_results_identity': '''
s = 'abc' * 2
print(s.lower() is s, s.upper() is s, s.casefold() is s, s.strip() is s)
print(s.split(',')[0] is s, s.split()[0] is s, s.rsplit(',')[0] is s, s.rsplit()[0] is s, s.rsplit(',', 1)[0] is s)
print(s.splitlines()[0] is s, s.split(',', 0)[0] is s, (s + ' x').split()[0] is s, (' ' + s).split()[0] == s)
t = 'ABC' * 2
print(t.upper() is t, t.lower().upper() is t, 'a'.lower() is 'a'.lower())
try: ''.rsplit('')
except ValueError as e: print(e)
''',
    'zfill_int_base_extend': '''
try: ''.zfill()
except TypeError as e: print(e)
try: 'a'.zfill('x')
except TypeError as e: print(e)
try: int('10', ValueError())
except TypeError as e: print(e)
try: int('10', 1.5)
except TypeError as e: print(e)
print('-5'.zfill(4), 'ab'.zfill(True))
a = [1, 2]
a += a
a.extend(a)
print(a)
''',
    'in_and_pow_messages': '''
x=None
try:
    x **= 2
except TypeError as e: print(e)
try: pow(None, 2)
except TypeError as e: print(e)
try: None ** 2
except TypeError as e: print(e)
try: 2 in 5
except TypeError as e: print(e)
class A: pass
try: 2 in A()
except TypeError as e: print(e)
class B:
    def __iter__(self): raise TypeError("mine")
try: 2 in B()
except TypeError as e: print(e)
''',
    'init_argument_tuple': '''
import sys
class A:
    def __init__(self, x):
        print(sys.getrefcount(self), sys.getrefcount(x))
a = A([])
y = []
b = A(y)
class B:
    def __init__(self):
        print(sys.getrefcount(self))
B()
def f(o):
    print(sys.getrefcount(o))
f(B())
''',
    'weakset': '''
import weakref, sys, gc
s = weakref.WeakSet()
print(s, type(s).__module__, type(s).__name__)
class A: pass
a = A(); b = A()
s.add(a); s.add(b); s.add(a)
print(len(s), a in s, 1 in s, sys.getrefcount(a))
del b
print(len(s), [x is a for x in s])
s.discard(A())
try: s.remove(A())
except KeyError as e: print('KeyError', type(e.args[0]).__name__)
try: s.add(1)
except TypeError as e: print(e)
try: s.add([])
except TypeError as e: print(e)
print(bool(s), s.pop() is a, len(s), bool(s))
try: s.pop()
except KeyError as e: print('KeyError', e)
class Node:
    def __init__(self): self.me = self
n = Node()
s.add(n)
print(len(s))
del n
print(len(s))
gc.collect()
print(len(s))
t = weakref.WeakSet([A(), a])
print(len(t), list(t)[0] is a)
s.add(a); s.clear(); print(len(s))
''',
    'with_statement': '''
import sys, gc
class M:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name, sys.getrefcount(self))
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with M('a') as m:
    print('body', sys.getrefcount(m))
print('after', sys.getrefcount(m))
with M('b', True):
    1 / 0
print('swallowed')
try:
    with M('c') as c, M('d') as d:
        print(c.name, d.name)
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
def f():
    for i in range(3):
        with M(str(i)):
            if i == 1:
                return i
            continue
print(f())
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class Bad:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError('in exit')
try:
    with Bad():
        raise ValueError('first')
except KeyError as e:
    print(repr(e), repr(e.__context__))
class Del:
    def __del__(self): print('del')
    def __enter__(self): return None
    def __exit__(self, *a): print('exit'); return False
with Del():
    print('inside')
print('end')
with M('last'):
    raise RuntimeError('uncaught')
''',
    'copy_module': '''
import copy, sys
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Node:
    def __init__(self, v):
        print('init', v)
        self.v = v
        self.next = None
n = Node(1)
n.next = n
m = copy.deepcopy(n)
print(m is not n, m.next is m, m.v)
s = copy.copy(n)
print(s.next is n, s.v, vars(s) if False else s.__class__.__name__)
x = [1]
y = [x, x]
z = copy.deepcopy(y)
print(z[0] is z[1], z[0] is not x)
cyc = []
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[0] is d, d is not cyc)
class C:
    def __copy__(self):
        print('custom copy')
        return 'copied'
    def __deepcopy__(self, memo):
        print('custom deepcopy', type(memo).__name__)
        return 'deep'
print(copy.copy(C()), copy.deepcopy(C()))
print(copy.deepcopy({1, 2, 3}), copy.copy(frozenset([1])), copy.deepcopy(frozenset([(1, 2)])))
class L(list):
    pass
l2 = copy.deepcopy(L([[1], 2]))
print(type(l2).__name__, l2)
q = [1, 2]
print(sys.getrefcount(q))
r = copy.copy(q)
print(sys.getrefcount(q), sys.getrefcount(q[0]) > 0)
import gc
print(copy.deepcopy(sys) is sys if False else 'ok')
try:
    copy.copy(sys)
except TypeError as e:
    print(e)
try:
    copy.deepcopy([sys])
except TypeError as e:
    print(e)
print(copy.Error, issubclass(copy.Error, Exception))
''',
    'import_sys_adds_no_references': '''
import ctypes
before = ctypes.c_long.from_address(id(7)).value
import sys
print(ctypes.c_long.from_address(id(7)).value - before)
''',
    'class_new': '''
class C:
    def __init__(self):
        print('init')
c = object.__new__(C)
print(type(c).__name__)
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print('new', args)
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, x):
        print('init', x)
a = Single(1)
b = Single(2)
print(a is b)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-3))
class W(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(W('abc'), type(W('x')).__name__)
class Odd:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Odd())
try:
    object.__new__(C, 1)
except TypeError as e:
    print(e)
class P: pass
try:
    P(1)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
print(type(int.__new__(int, '7')), list.__new__(list), tuple.__new__(tuple, [1]))
''',
    'builtin_subclasses': '''
class D(dict): pass
print(D({1:2}, a=1), D([(1,2)]))
try: D(1,2)
except TypeError as e: print(e)
try: D(5)
except TypeError as e: print(e)
d = {1: 2}; dict.__init__(d, a=3); print(d)
try: object.__init__(object(), 1)
except TypeError as e: print(e)
class P:
    pass
try: P(1)
except TypeError as e: print(e)
class F(float): pass
print(F(2.5) * 2, F('1.5'), repr(F(3)))
class S(str):
    def shout(self):
        return self.upper() + '!'
print(S('hey').shout(), S('a') == 'a', len(S('abc')))

class L(list):
    pass
l = L([1, 2])
l.append(3)
print(l, len(l), type(l).__name__, isinstance(l, list))
class D(dict):
    def __missing__(self, k):
        return 0
d = D(a=1)
print(d['a'], d['b'], d)
class S(str):
    pass
s = S('hi')
print(s, s.upper(), type(s).__name__)
class I(int):
    pass
print(I(5) + 1, type(I(5)).__name__)
class T(tuple):
    pass
print(T((1, 2)))
''',
    'refcount_param_and_ctypes': '''
import sys, ctypes
def f(x):
    print(sys.getrefcount(x), ctypes.c_long.from_address(id(x)).value)
a = []
print(sys.getrefcount(a))
f(a)
big = 1000
print(sys.getrefcount(big))
''',
    'free_order': '''
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('free', self.n)
items = [R(0), R(1), R(2)]
items = None
d = {'a': R('a'), 'b': R('b')}
d.clear()
x, y, z = R('x'), R('y'), R('z')
del x, y, z
def g():
    a = R('la'); b = R('lb'); c = R('lc')
g()
print('end')
''',
    'closures_and_scopes': '''
def outer():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = outer()
print(c(), c(5), c())
g = 10
def setg():
    global g
    g = 20
setg(); print(g)
print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip('abc', range(3))})
print({x % 3 for x in range(10)})
print(sum(x for x in range(10) if x % 2))
print(any(x > 3 for x in [1, 2, 5]), all(x for x in []))
''',
    'classes': '''
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def __repr__(self):
        return f'Animal({self.name!r})'
class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def __len__(self):
        return len(self.tricks)
    def __eq__(self, other):
        return isinstance(other, Dog) and self.name == other.name
    __hash__ = None
d = Dog('rex', ['sit'])
print(d.speak(), len(d), repr(d), d == Dog('rex'), d != Dog('max'))
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
print(bool(Dog('x')), str(d))
try:
    {d: 1}
except TypeError as e:
    print(e)
''',
    'strings_and_format': '''
s = 'Hello, World'
print(s.lower(), s.upper(), s.split(', '), s[::-1], s[2:5], s.find('o'), s.count('l'))
print('-'.join(['a', 'b', 'c']), '  x  '.strip(), 'a,b,,c'.split(','), 'x'.center(5, '*'))
print(f'{3.14159:.2f} {42:>6} {42:<6}| {"hi":^6} {255:x} {255:#b} {1234567:,} {0.5:.0%}')
print(f'{1e16} {1.5e-7} {0.1 + 0.2} {2.0} {-0.0} {1/3}')
print('%s has %d items costing %.2f' % ('cart', 3, 9.5))
print('{} and {name}'.format(1, name='two'), repr('it\\'s'), repr("q\\"d"))
print(str(12345678901234567890 * 98765432109876543210), 2 ** 100, -7 // 2, -7 % 2, 7 / 2)
print(round(2.5), round(3.5), round(2.675, 2), divmod(-7, 2), abs(-3), pow(2, 10, 1000))
''',
    'lists_dicts_sets': '''
a = [5, 3, 1, 4]
a.sort(); print(a)
a.append(9); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.index(4))
b = sorted(['bb', 'a', 'ccc'], key=len, reverse=True); print(b)
d = {'x': 1}
d.update(y=2); print(d, d.get('z', 0), list(d.items()), d.pop('x'), d)
s = {1, 2, 3}
print(s | {4}, s & {2, 9}, s - {1}, s ^ {3, 4}, 2 in s)
print(list(enumerate('ab', 1)), list(zip([1, 2], 'xy')), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(min([3, 1, 2]), max('abc'), min([], default=None), sorted({3: 'a', 1: 'b'}))
t = (1, 2, 3)
x, *rest = t
print(x, rest, t[1:], t * 2, (1,) + t, list(reversed(t)))
a[1:3] = ['p', 'q', 'r']; print(a)
del a[::2]; print(a)
''',
    'exceptions_flow': '''
def f(kind):
    try:
        if kind == 1:
            raise ValueError('v')
        return 'ok'
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('finally', kind)
print(f(0), f(1))
try:
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
    finally:
        print('loop', i)
else:
    print('no break')
try:
    assert 1 == 2, 'math'
except AssertionError as e:
    print('assert', e)
try:
    import numpy
except ImportError as e:
    print(type(e).__name__, e)
''',
    'traceback_binop': '''
def avg(xs):
    return sum(xs) / len(xs)
data = {'a': [1, 2]}
print(avg(data['a']))
print(avg(data['b'] if 'b' in data else []))
''',
    'traceback_name_suggestion': '''
values = [1, 2]
def total():
    return sum(valuse)
total()
''',
    'shutdown_order': '''
class N:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
a = N('a')
lst = [N('l0'), N('l1')]
b = N('b')
c = N('c')
c.me = c
''',
    'traceback_keeps_frames_alive': '''
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    r = R('f-local')
    raise ValueError('x')
def g():
    a = R('g-local')
    f()
try:
    g()
except ValueError:
    print('caught')
print('after')
try:
    g()
except ValueError as e:
    saved = e
print('saved')
saved = None
print('end')
''',
    'sys_exit_and_context': '''
import sys
try:
    {}['k']
except KeyError:
    try:
        int('z')
    except ValueError as err:
        print(repr(err.__context__))
try:
    sys.exit(2)
except SystemExit as e:
    print('caught', e.args)
a = 10 ** 20
b = 10 ** 20
print(a is b, sys.getrefcount(a))
sys.exit('bye')
''',
    'set_name': '''
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class A:
    x = D()
    y = D()
    p = property(lambda self: 1)
print(A.x.name, A.y.name, A().p)
class E:
    def __set_name__(self, owner, name): raise ValueError('bad ' + name)
try:
    class B:
        z = E()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
class C:
    z = E()
''',
    'descriptors': '''
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print('get', self.name)
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        print('set', self.name, value)
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'computed'
class P:
    x = Typed()
    y = NonData()
    def __init__(self, x):
        self.x = x
p = P(3)
print(p.x, P.x.__class__.__name__, p.y, P.y)
p.y = 'shadow'
print(p.y, p.__dict__)
p.x = 10
print(p.x, sorted(p.__dict__))
class RO:
    def __get__(self, obj, objtype=None): return 1
    def __delete__(self, obj): print('delete')
class Q:
    r = RO()
q = Q()
try:
    q.r = 5
except AttributeError as e:
    print('AttributeError', e)
del q.r
print(q.r)
class M:
    def meth(self): return 'meth'
    d = NonData()
m = M()
print(m.d, m.meth())
class Caller:
    def __get__(self, obj, objtype=None):
        return lambda: ('called', obj is not None)
class N:
    c = Caller()
n = N()
print(n.c(), N.c())
for i in range(3):
    print(n.c()[0], end=' ')
print()
''',
    'call_ex_errors': '''
def f(*a, **k): return (a, k)
class A:
    def m(self, *a): return a
def t(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError', e)
t(lambda: f(**1))
t(lambda: f(*1))
t(lambda: f(x=1, **{"x": 2}))
t(lambda: len(*1))
t(lambda: f(**{1: 2}))
t(lambda: A().m(*5))
t(lambda: f(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}, z=3))
t(lambda: f(*range(3)))
t(lambda: f(*'ab', **dict(q=1)))
t(lambda: A().m(*[1, 2]))
t(lambda: print(*[1, 2], sep='-'))
''',
    'iter_protocols': '''
class S:
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
it = iter(S())
print(type(it).__name__, list(it))
n = [0]
def tick():
    n[0] += 1
    return n[0]
ci = iter(tick, 4)
print(type(ci).__name__, list(ci), list(ci))
for bad in [(), (1, 2, 3), (1, 2)]:
    try:
        iter(*bad)
    except TypeError as e:
        print(e)
''',
    'staticmethod_wraps': '''
class A:
    @staticmethod
    def s():
        "doc"
        return 1
    @classmethod
    def c(cls): return cls
d = A.__dict__
print(A.s(), A.c() is A, d["s"].__name__, d["c"].__qualname__, d["s"].__doc__, d["s"].__module__, d["s"].__func__ is d["s"].__wrapped__)
try:
    staticmethod()
except TypeError as e: print(e)
''',
    'classes_collected': '''
import gc, sys
class A: pass
del A
print(gc.collect())
class B:
    def f(self): pass
del B
print(gc.collect())
class C: pass
class D(C): pass
del D
print(gc.collect())
print(sys.getrefcount(C))
del C
print(gc.collect())
class E(Exception): pass
del E
print(gc.collect())
class F:
    x = [1]
f = F()
del F
print(gc.collect())
del f
print(gc.collect())
''',
    'format_lookup': '''
x = 3.14159
s = "abc"
print(f"{x:.2f} {x!r:>10} {[1]} {s:>2} {s!r} {5} {5:3}", format(s, ">2"), format(7), format(2.5))
''',
    'slice_assignment': '''
a = [1, 2, 3]
a[1:2] = [7, 8]
a[0] = [9]
a[::2] = (5, 6)
a[1:] = a
a[:1] = "xy"
print(a)
for v in (5, None):
    try:
        a[0:1] = v
    except TypeError as e: print(e)
    try:
        a[::2] = v
    except TypeError as e: print(e)
''',
    'slice_assignment_errors_release': '''
import sys
x = []
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 1: raise ValueError('boom')
        return x
a = [1, 2]
before = sys.getrefcount(x)
try:
    a[0:1] = It()
except ValueError:
    pass
print(sys.getrefcount(x) - before)
try:
    a['a':1] = [x]
except TypeError as e:
    print(e)
print(sys.getrefcount(x) - before)
''',
    'unbound_and_recursion': '''
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
def down(n):
    return down(n + 1) if n < 5000 else n
try:
    down(0)
except RecursionError as e:
    print('recursion', e)
''',
}


def main():
    result = {}
    with tempfile.TemporaryDirectory() as d:
        for name, src in PROGRAMS.items():
            src = src.lstrip('\n')
            path = os.path.join(d, 'prog.py')
            with open(path, 'w') as fh:
                fh.write(src)
            p = subprocess.run([sys.executable, '-S', path], capture_output=True, text=True, cwd=d)
            result[name] = {
                'source': src,
                'stdout': p.stdout,
                'stderr': p.stderr.replace(path, '<string>'),
                'exit': p.returncode,
            }
    with open(OUT, 'w') as fh:
        json.dump(result, fh, indent=1)
        fh.write('\n')


if __name__ == '__main__':
    main()
