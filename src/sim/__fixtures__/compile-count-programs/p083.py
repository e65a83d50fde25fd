# programFor(900, 83, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
def f0(p0=[]):
    v0 = ()
    print(p0.count(-6))
    return '42' * 3
    return ''
def f1(p0):
    if C1((-1000)) == C0(p0):
        v1 = tuple(([99, p0, 10**18, p0] + [0b1011, 255, 1_000_000, p0]))
        print(list(range(0, 7, 2)))
        pass
    cy2 = C0(5)
    cy2.me = cy2
    cy2.tail = [C0(1), {'k': [1, 2]}]
    cy2 = None
    print(gc.collect(), gc.collect())
    v4 = 1.5
    return 99
    return 0
v5 = 'zz'.replace('é', ' ').startswith('ab')
if True:
    try:
        v6 = None
    except BaseException as e:
        print(type(e).__name__, e.args)
        v6 = None
    try:
        v7 = (4 - 1000) + int(0.0)
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
        v7 = 0
    pass
elif 'o' in '3.5':
    print(round(abs(0.0), 3))
    pass
try:
    for i8 in range(3, 0, -1):
        print({i8, i8, i8}, sorted({}), sep=', ', end='.\n')
        o9 = C0(3)
        print(not 'hello'.endswith('z'))
        pass
    for i10 in range(0, 6):
        print(i10 is v5, id(i10) == id(v5))
        print({i10, i10, i10})
        pass
    pass
    print(round(3.14159))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc11([], [])))
try:
    u12, u13 = (100, -7)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    u12 = u13 = 0
try:
    raise AssertionError('')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
if isinstance({'x': u13}.copy(), int):
    try:
        raise RuntimeError()
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
elif v5:
    v14 = f0([] + [])
    pass
else:
    d15 = {'c': u12, 'a': u12}
    pass
try:
    print(f0([u13][-3::-1]))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
print((3, u13, u13), 7.0 * u13, end='!\n')
def rc16(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc16([], [])))
s17 = {x % 1 for x in []} - set([u12, u13])
u12 = sum(x * x for x in range(4))
if sum(x * x for x in range(5)) != f1(u13) == u12:
    d18 = {'d': 4}
    pass
print([u13])
try:
    s19 = s17
except Exception as e:
    print(type(e).__name__, e.args)
    s19 = set()
try:
    u13 += {'a': u13, 'c': u12}['a']
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    print([(i, y) for i, y in enumerate([x % 1 for x in [0b1011, u12, u13, u12]])])
except Exception as e:
    print(repr(e))
try:
    raise TypeError('x' * 3)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
a20 = s19
print(a20 is s19, a20 == s19)
if bool(sorted({'a': u13, 'c': u12})):
    a21 = s19
    pass
else:
    try:
        u22, u23 = (u12, u13, u13) + (u13, u13, u12)
    except BaseException as e:
        print(type(e).__name__, e)
        u22 = u23 = 0
    print([u13, 99, u22, 2])
    pass
try:
    s17.add(((2**31)) % (u13))
except Exception as e:
    print(type(e).__name__, e)
try:
    assert {u12} is {10**18, u13}, 'failed'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    print(s17.pop())
except Exception as e:
    print(repr(e))
try:
    raise KeyError('boom')
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise KeyError(42)
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
