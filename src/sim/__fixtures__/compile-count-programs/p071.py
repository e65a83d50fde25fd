# programFor(900, 71, 25): src/fuzz/differential.ts
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
        return self.x * 1
print(sum(list(reversed([0, 5, 7]))))
o0 = C0(2)
a1 = o0
print(a1 is o0, a1 == o0)
a1.ref = o0
print(['👍', 'back\\slash', 'a'])
try:
    print(o0.missing)
except Exception as e:
    print(type(e).__name__, e.args)
try:
    v2 = (1e300) ** -1
except Exception as e:
    print(repr(e))
    v2 = 0.0
print(None)
cy3 = C0(8)
cy4 = C0(6)
cy3.other = cy4
cy4.other = cy3
print(sys.getrefcount(cy3), sys.getrefcount(cy4))
del cy3, cy4
print('collected', gc.collect())
if True:
    print(f"{'ab':>6}", sorted({'key': 0, 'key': 3}), sep=', ', end='.\n')
    pass
else:
    a5 = a1
    pass
try:
    def rc6(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    print(len(rc6(a1, a1)))
    v7 = ()
    pass
    print(256 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    print(C1((2**63)), (v2) % (v2), sep=', ', end='.\n')
except Exception as e:
    print(type(e).__name__, e.args)
cy8 = [[] for _ in range(3)]
for i in range(3):
    cy8[i].append(cy8[(i + 1) % 3])
cy9 = cy8[0]
del cy8
print(sys.getrefcount(cy9))
del cy9
print('collected', gc.collect())
try:
    raise TypeError('a', 'b')
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
if 'x' in {'x': 7, 'b': (-1)}.copy():
    try:
        u10, u11 = ()
    except Exception as e:
        print(repr(e))
        u10 = u11 = 0
    try:
        u12, *u13 = [x % 2 for x in [u10, u11, u10] if x > 1]
    except BaseException as e:
        print(repr(e))
        u12, u13 = 0, []
    pass
del v2
d14 = {s: len(s) for s in list('')}
for i15 in range(1, 6):
    cy16 = C0(8)
    cy17 = C0(3)
    cy16.other = cy17
    cy17.other = cy16
    print(sys.getrefcount(cy16), sys.getrefcount(cy17))
    cy17 = cy16 = 0
    print('collected', gc.collect())
    v18 = ((10) << 5) - ((i15) * (i15))
    for i19 in range(0):
        v20 = hash(sum(x * x for x in range(0)))
        print((i15, v18))
        pass
        if i19 == 2:
            break
    pass
else:
    print('loop done')
try:
    assert True, 'x'
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print({10**18, 2, 0x1F})
a21 = o0
print(None)
a21.ref = a21
print({0b1011})
try:
    raise ValueError('x' * 3)
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
