# programFor(900, 42, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C1', self.x)
try:
    print([c for c in '€uro' + 'tab\there' if c not in ' '])
except Exception as e:
    print(type(e).__name__, e.args)
try:
    v0 = (10) / (sum([12345678901234567890, 5]))
except Exception as e:
    print(type(e).__name__, e)
    v0 = 0.0
try:
    L1 = sorted(sorted({'key': (2**63), 'd': 257}))
except Exception as e:
    print(repr(e))
    L1 = []
v2 = None
try:
    raise RuntimeError('')
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
for i3 in list(L1):
    try:
        print(None)
        a4 = L1
        print(a4 is L1, a4 == L1)
        pass
        print(-5 // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    print(list({'d': 10}.items()))
    pass
try:
    print('\x00'[:-2:-2][255])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(L1))
try:
    u5, u6 = (256,)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
    u5 = u6 = 0
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc7(L1)
for i8 in range(2):
    print({}, {1_000_000} | set(), end='!\n')
    print(['👍'] == L1)
    pass
try:
    u6 %= -(u5)
except BaseException as e:
    print(type(e).__name__, e)
cy9 = C0(4)
cy10 = C0(7)
cy9.other = cy10
cy10.other = cy9
print(sys.getrefcount(cy9), sys.getrefcount(cy10))
cy9 = None
print(gc.collect())
if isinstance({x % 1 for x in [u6, 0b1011, 0x1F, 256]}, C0):
    w11 = 0
    while w11 < 3:
        L1 = list(('3.5' * 0))
        pass
        w11 += 1
    print(sorted({**{'key': 0x1F, 'x': u6, 'x': 1}, 'c': (-1000)}))
    pass
elif isinstance({'x': u5}, bool):
    try:
        L12 = 'x y z'[12345678901234567890].split(',')
    except BaseException as e:
        print(type(e).__name__, e)
        L12 = []
    pass
else:
    try:
        a13 = L1
        print(a13 is L1, a13 == L1)
        pass
        print(257)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    try:
        raise TypeError('a', 'b')
    except TypeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
print([C0(256), 'back\\slash'])
print({'a': u6, 'b': u6, 'key': 256})
try:
    del L1[1]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(L1 is v0, id(L1) == id(v0))
print({y: y ** 2 for y in [u5, u6]})
if "it's".split(' ')[0] >= 'back\\slash'.split(',')[0]:
    L14 = [False, L1]
    try:
        print([str(x) for x in ([u6] * 1)])
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    pass
print({u6, u6, 256, u6})
try:
    u15, u16 = (u5, 1, u5)
except Exception as e:
    print(type(e).__name__, e.args)
    u15 = u16 = 0
try:
    assert v0 <= 257, 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
a17 = L1
print(a17 is L1, a17 == L1)
a18 = L1
print(u15 // 0)
