# programFor(900, 24, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1):
    cy0 = C0(8)
    cy0.me = cy0
    cy0.tail = [C0(8), {'k': [1, 2]}]
    cy0 = None
    print(gc.collect(), gc.collect())
    try:
        return p0[(-1000)]
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    return 0
def f1(p0, p1):
    print([len(s) for s in list({'c': (-1000)}.keys())])
    print([(i, y) for i, y in enumerate(list(reversed([1000, 2, 2**31])))])
    L2 = [] * 1
    return (-5) + 0o17
    return 0
L3 = [7]
print(sys.getrefcount(L3))
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc4(L3)
print(sys.getrefcount(keep))
try:
    v5 = {}['c'] < ((5) ^ (99))
except Exception as e:
    print(type(e).__name__, e)
    v5 = False
del L3
w6 = 0
while w6 < 1:
    L7 = [3]
    print(sys.getrefcount(L7))
    if (-6) == '42'.find('o'):
        L7 = sorted({7, -1}, key=abs) + [x % 4 for x in L7 if x % 2]
        pass
    pass
    w6 += 1
try:
    if ('Hello World'.endswith('é') or True):
        print([(-1000), 5] * 2)
        pass
    else:
        print(chr(67))
        print({0x1F})
        pass
    pass
    print([-1000, 1][(-7)])
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
finally:
    print('finally')
for i8 in range(2, 6):
    try:
        raise ValueError(42)
    except ValueError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
print(None, C0(10))
if False:
    w9 = 0
    while w9 < 3:
        v5 = isinstance(0.5, bool)
        try:
            assert isinstance([], C0), 'failed'
        except Exception as e:
            print(repr(e))
        pass
        w9 += 1
    pass
v10 = None
L11 = [5]
print(sys.getrefcount(L11))
print(sum(y for y in [] if y > 0))
print(list(zip([0b1011, 0, 5, 42], [])))
print(min([1, 0o17], default=None), max([1, 0o17], default=-1))
a12 = L11
print(a12 is L11, a12 == L11)
a12 += a12 * 2
print(a12 is L11, id(a12) == id(L11))
try:
    assert (v5 or True), 'failed'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
v13 = chr(124)
print(list(range(1, 6, 3)), [len(s) for s in []])
for i14 in range(2, 6):
    try:
        assert 'l' in v13, f"value {1 + 2}"
    except BaseException as e:
        print(type(e).__name__, e.args)
    w15 = 0
    while w15 < 5:
        i14 -= hash(i14)
        try:
            raise TypeError('')
        except TypeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
        w15 += 1
    pass
if all(x < (-6) for x in [(-2**63), 5]):
    try:
        assert bool(1.5), f"value {1 + 2}"
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    pass
v13 += v13.split(',')[0]
v16 = 7.0
v17 = False + 257
print([1, 2, 3][v17 + 10])
