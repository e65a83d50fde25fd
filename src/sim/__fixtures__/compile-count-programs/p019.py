# programFor(900, 19, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    print({5, 10, 0o17})
    print({y: y ** 2 for y in list(range(3, 4))})
    return f"{1e-5}{-1:05}"
    return ''
try:
    u0, u1 = ((-2**63),) + (42, 256)
except Exception as e:
    print(type(e).__name__, e)
    u0 = u1 = 0
L2 = [len(s) for s in ['ß', 'line\nbreak', 'Hello World']]
L3 = list({'d': u0, 'key': 257, 'x': (-5)}.copy().keys())
w4 = 0
while w4 < 4:
    print(sys.getrefcount(L3))
    print(min([x + 1 for x in L2 if x > 1], default=None), max([x + 1 for x in L2 if x > 1], default=-1))
    pass
    w4 += 1
if len({}) in {5, u0, 0x1F}:
    u0 |= sum([u1, -5, 256, 2])
    u1 |= (u1) ^ (1000)
    pass
print(1e-5)
try:
    print(L2.index((u0) * (u0)))
except BaseException as e:
    print(type(e).__name__, e.args)
for i5 in range(3, 9, 3):
    cy6 = C0(2)
    cy7 = C0(0)
    cy6.other = cy7
    cy7.other = cy6
    print(sys.getrefcount(cy6), sys.getrefcount(cy7))
    cy7 = cy6 = 0
    print(gc.collect(), gc.collect())
    pass
a8 = L2
print(a8 is L2, a8 == L2)
print(any(x == u1 for x in [u0, u1]))
def rc9(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc9(L2)
try:
    v10 = (u0, 99) + divmod(u1, u1)
except Exception as e:
    print(type(e).__name__, e)
    v10 = ()
a11 = L2
print(a11 is L2, a11 == L2)
try:
    u12, *u13 = L2 * 0
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
    u12, u13 = 0, []
v14 = v10
print(sum(L2) - {'x': u1, 'd': u12}.get('key', 10))
cy15 = C1(3)
cy16 = C1(3)
cy15.other = cy16
cy16.other = cy15
print(sys.getrefcount(cy15), sys.getrefcount(cy16))
cy16 = cy15 = 0
print('collected', gc.collect())
def rc17(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc17(a8)
try:
    raise RuntimeError()
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
d18 = {}
a8.reverse()
print('ß'.zfill(4) + '3.5'.split(' ')[0])
for i19 in range(3, 0, -1):
    a20 = d18
    print(a20 is d18, a20 == d18)
    pass
else:
    print('loop done')
try:
    u12 ^= d18['a']
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
L2 = [x % 4 for x in list(range(2, 4, 2))]
