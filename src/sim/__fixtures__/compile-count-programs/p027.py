# programFor(900, 27, 25): src/fuzz/differential.ts
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
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __del__(self):
        print('del C1', self.x)
def f0(p0):
    print({}, None, end='!\n')
    return {'a': p0, 'x': p0, 'd': p0}.get('a', (-5))
    return 0
try:
    v0 = str({}['a'])
except BaseException as e:
    print(type(e).__name__, e)
    v0 = ''
v1 = str({'a': 0b1011, 'b': 99, 'a': (-1)}.get('c', (2**63)))
L2 = sorted((3,), key=abs)
for i3 in 'line\nbreak':
    print(C1(100))
    v1 = '' + v0.split(',')[0]
    pass
cy4 = [[] for _ in range(2)]
for i in range(2):
    cy4[i].append(cy4[(i + 1) % 2])
cy5 = cy4[0]
del cy4
print(sys.getrefcount(cy5))
del cy5
print(gc.collect())
w6 = 0
while w6 < 5:
    v1 += 'tab\there'.replace('o', 'ab')
    print([0.2, ((-7),), True])
    pass
    w6 += 1
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc7(L2, L2)))
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc8(L2)
print(list({k: v for k, v in zip(['a,b,c', 'a,b,c', 'line\nbreak'], L2)}.values()))
cy9 = []
cy9.append(cy9)
print(cy9, sys.getrefcount(cy9))
del cy9
print(gc.collect())
print(set(list(reversed(L2))))
try:
    print(f0({'key': 0x1F, 'b': 1}['c']))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
for i11 in range(1, 0, -1):
    def rc12(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc12(L2)
    print(sys.getrefcount(keep))
    pass
if 'ab' in v1.split()[0]:
    try:
        v13 = (((1/3)) / ((1/3))) * (12345678901234567890 - (-6))
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        v13 = 0.0
    pass
elif not False:
    L2 += L2 * 0
    pass
else:
    print(L2[:])
    pass
w14 = 0
while w14 < 5:
    print('3.5', -3.75, sep='')
    cy15 = []
    cy15.append(cy15)
    print(cy15, sys.getrefcount(cy15))
    del cy15
    print(gc.collect())
    pass
    w14 += 1
for i17, i17v in enumerate('é€'):
    if ((v1 <= v0) and False):
        print({'d': i17})
        L2.append(256)
        pass
    try:
        i17 %= sum(L2)
    except BaseException as e:
        print(type(e).__name__, e)
    try:
        L18 = ['\x00', 'zz', '  pad  ']
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
        L18 = []
    pass
else:
    print('loop done')
for i19 in range(3, 0, -1):
    print(v0 is L2, id(v0) == id(L2))
    pass
try:
    L2[-2] = len([])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
print(list(range(4, 4, 3)))
w20 = 0
while w20 < 4:
    for i21 in range(3):
        v22 = tuple([i21, 2, 4, 4])
        pass
    else:
        print('loop done')
    print(list(set(L2)))
    pass
    w20 += 1
try:
    assert all(x <= 99 for x in [0o17, 0x1F, 1]), 'x'
except Exception as e:
    print(repr(e))
try:
    try:
        u23, *u24 = L2 * 0
    except Exception as e:
        print(repr(e))
        u23, u24 = 0, []
    pass
    print(max((-6), 42))
except Exception as e:
    print('caught', type(e).__name__, e)
print(sys.getrefcount(L2))
v0 = ' '.join(['  pad  ', 'zz', 'back\\slash']) * 2
v1 += 'naïve'
print([1, 2, 3][1 + 10])
