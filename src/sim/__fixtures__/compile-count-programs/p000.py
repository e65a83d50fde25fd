# programFor(900, 0, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
try:
    s0 = {2, 257, 5}
except BaseException as e:
    print(type(e).__name__, e)
    s0 = set()
w1 = 0
while w1 < 4:
    try:
        print(round(100.0, 0) * sum(x * x for x in range(3)))
    except Exception as e:
        print(type(e).__name__, e)
    s0 = s0
    pass
    w1 += 1
w2 = 0
while w2 < 5:
    try:
        v3 = divmod({}.get('b', 257), ((2) ** 0))
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        v3 = ()
    pass
    w2 += 1
print(repr(100.0).split(' '))
for i4 in 'Hello World':
    a5 = s0
    print(a5 is s0, a5 == s0)
    def rc6(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc6(a5)
    print(sys.getrefcount(keep))
    print(C0(1_000_000))
    pass
o7 = C0(1_000_000)
o7.ref = o7
cy8 = [[] for _ in range(5)]
for i in range(5):
    cy8[i].append(cy8[(i + 1) % 5])
cy9 = cy8[0]
del cy8
print(sys.getrefcount(cy9))
del cy9
print('collected', gc.collect())
del s0
try:
    assert (False and False), 'failed'
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    print(round(((3.14159) % (2.25)), 1))
except Exception as e:
    print(type(e).__name__, e.args)
if {} == {'c': 2, 'c': (2**31), 'key': (-7)}:
    v10 = None
    pass
else:
    L11 = list({s: len(s) for s in []}.items())
    pass
print(['zz'] is not ['é', 'ab', 'zz'])
print(((1 >= 4) or ('key' in {'c': (-1000)})))
if (('a' in '\x00') and (1000 < (-5))):
    print([str(x) for x in [3, 3]])
    pass
elif '👍' < '  pad  ':
    try:
        v12 = (0) / ('42'.find('o'))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
        v12 = 0.0
    pass
print([[12345678901234567890], -0.0])
del o7
try:
    print([(i, y) for i, y in enumerate([1_000_000, 2, 257, 257])])
    pass
    print(-2**63 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
L13 = [None]
try:
    print(L13.pop())
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print([[y] * 2 for y in [(2**31), 5]][:3])
try:
    assert 'é'.endswith(''), 'failed'
except Exception as e:
    print(type(e).__name__, e)
try:
    v14 = 'ab'[4]
except Exception as e:
    print(type(e).__name__, e)
    v14 = ''
print([str(x) for x in [len(s) for s in ['ABC']]])
L15 = [((2**63) in [257, 7]), ()]
