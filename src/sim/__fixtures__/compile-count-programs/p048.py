# programFor(900, 48, 25): src/fuzz/differential.ts
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
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0):
    print(('a' + '').split())
    cy0 = [[] for _ in range(2)]
    for i in range(2):
        cy0[i].append(cy0[(i + 1) % 2])
    cy1 = cy0[0]
    del cy0
    print(sys.getrefcount(cy1))
    pass
    print(gc.collect())
    return max(1, (2**31))
    return 0
def f1(p0, p1={}):
    print(sorted({'x': (-1), 'd': 1}), p1.copy(), sep=' | ')
    print(not False, {'a': 4, 'x': 12345678901234567890, 'd': 0b1011}, sep='')
    try:
        return [5, 4, 257, 1][1_000_000]
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    return 0
print(None, 1e10, end='!\n')
print([None, (-0.0)])
try:
    v2 = abs(0.1) * int(3.14159)
except BaseException as e:
    print(repr(e))
    v2 = 0.0
s3 = set()
try:
    assert 'x' in {'a': 7}, 'failed'
except BaseException as e:
    print(type(e).__name__, e)
try:
    print([(i, y) for i, y in enumerate([0o17, 3])])
except BaseException as e:
    print(repr(e))
try:
    u4, *u5 = sorted((), key=lambda v: -v)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
    u4, u5 = 0, []
cy6 = []
cy6.append(cy6)
print(cy6, sys.getrefcount(cy6))
del cy6
print('collected', gc.collect())
try:
    assert bool((u4, u4, 10**18)), f"value {1 + 2}"
except Exception as e:
    print(repr(e))
if 'naïve'.upper().endswith('ab'):
    try:
        print(sys.getrefcount(s3))
        print(((u4) ** 4) + sum(u5))
        pass
        print(f1({'a': (2**63), 'key': u4, 'd': (2**31)}, {'key': u4, 'd': u4}))
    except Exception as e:
        print('caught', type(e).__name__, e)
    finally:
        print('finally')
    w8 = 0
    while w8 < 3:
        print(hash(((u4) >> 1)))
        pass
        w8 += 1
    pass
else:
    try:
        assert 'o' in '  pad  ', 'x'
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    pass
if bool({'c': (-6), 'a': 0, 'b': u4}):
    cy9 = [[] for _ in range(4)]
    for i in range(4):
        cy9[i].append(cy9[(i + 1) % 4])
    cy10 = cy9[0]
    del cy9
    print(sys.getrefcount(cy10))
    del cy10
    print(gc.collect())
    pass
else:
    w11 = 0
    while w11 < 2:
        print({-1, u4})
        L12 = ['hello', {'b': 1}]
        pass
        w11 += 1
    pass
del v2
u5[1:3] = [False + u4]
print(sum(y for y in u5 + u5 if y > 0))
try:
    print(u4 is s3, id(u4) == id(s3))
    w13 = 0
    while w13 < 4:
        cy14 = C1(8)
        cy14.me = cy14
        cy14.tail = [C1(0), {'k': [1, 2]}]
        cy14 = None
        print('collected', gc.collect())
        pass
        w13 += 1
    pass
    print(max(u4, u4))
except Exception as e:
    print('caught', type(e).__name__, e)
for i16 in list(u5):
    print(C0(u4), [(0x1F, u4), ((-2**63),)], sep=', ', end='.\n')
    pass
try:
    print((abs(42)) / (((u4) ^ (u4))))
except BaseException as e:
    print(repr(e))
try:
    print(f1({**{'d': u4, 'x': u4, 'x': u4}, 'b': u4}, {s: len(s) for s in ['é', 'tab\there']}))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
a17 = s3
for i18, i18v in enumerate(['x', 'y']):
    v19 = 'o' in '€uro'
    try:
        raise ValueError('boom')
    except ValueError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    v20 = (u4,)
    pass
print(u4 is s3, id(u4) == id(s3))
del u5
print(a17 is a17, id(a17) == id(a17))
for i21 in range(3, 0, -1):
    for i22 in "it's":
        print(round((-3.75), 2) * abs((1/3)))
        s3 = set(range(9))
        pass
    pass
    if i21 == 2:
        break
v23 = True
