# programFor(900, 86, 25): src/fuzz/differential.ts
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
    def __del__(self):
        print('del C0', self.x)
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0, p1=[]):
    print(set(p0))
    try:
        p1.extend([p1[(2**63)], p1[(2**63)]])
    except Exception as e:
        print(type(e).__name__, e.args)
    return ((2**63)) * ((2**31))
    return 0
def f1(p0):
    p0 += list({-7, -1, 0})
    try:
        return round(2.25)
    except Exception as e:
        print(type(e).__name__, e.args)
    return 0
s0 = set(([] * 2))
if any(x > 10 for x in list(())):
    print(['é'])
    def rc1(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc1(s0)
    pass
else:
    L2 = list({'a': 1, 'd': 255}.copy().keys())
    pass
print(list({}.values()), [False], end='!\n')
s0.add(sum([-7, 4, -1000]))
try:
    assert isinstance(C0((-5)), C0), 'x'
except Exception as e:
    print(type(e).__name__, e.args)
try:
    print(((256) ^ (10)) + round((-3.75)))
except Exception as e:
    print(type(e).__name__, e.args)
print(list({k: v for k, v in zip([], [])}.items()))
for i3 in range(1, 9, 3):
    if '' in 'ab':
        a4 = s0
        print(a4 is s0, a4 == s0)
        s5 = set()
        pass
    else:
        try:
            s0.remove(2**31)
        except BaseException as e:
            print(type(e).__name__, e.args)
        print(sys.getrefcount(s0))
        pass
    v6 = 'a,b,c'
    try:
        print(f"{((2**31)) % (i3):5d}{{lit}}")
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
    if i3 == 2:
        break
print([[], False])
if isinstance(float((-5)), float):
    try:
        print(f1(list({'key': 10}.values())))
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
else:
    L7 = list('hello')
    try:
        v8 = 7.0 * ((100) // (5))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
        v8 = 0.0
    pass
del s0
v9 = str(7).endswith(',')
print('{} and {}'.format(None, tuple([100])))
print([[y] * 2 for y in []][:3])
w10 = 0
while w10 < 1:
    d11 = {'key': 256, 'b': (-5)}
    w12 = 0
    while w12 < 3:
        print(set(list({12345678901234567890, 3, 12345678901234567890, 1})))
        a13 = d11
        print(a13 is d11, a13 == d11)
        pass
        w12 += 1
    pass
    w10 += 1
    if w10 == 2:
        break
o14 = C0(1_000_000)
if {'key': 2} is {'c': 12345678901234567890}:
    print(o14.x, o14.get(), o14.kind, type(o14).__name__)
    if (bool({'d': 100, 'key': 1000}) or '  pad  '.endswith('a')):
        print(sorted(list({}.keys())))
        pass
    elif any(x < (-1000) for x in [42, 3, 2]):
        print(o14.x, o14.get(), o14.kind, type(o14).__name__)
        pass
    else:
        v15 = None
        print({'d': 7, 'c': (2**63), 'b': 0b1011})
        pass
    pass
else:
    try:
        o14.x = [][10]
    except BaseException as e:
        print(repr(e))
    try:
        print(o14.ref)
    except BaseException as e:
        print(type(e).__name__, e)
    pass
cy16 = []
cy16.append(cy16)
print(cy16, sys.getrefcount(cy16))
del cy16
print(gc.collect(), gc.collect())
try:
    print({4, 1, 2})
    print([c for c in 'ß' + 'a,b,c' if c not in 'z'])
    pass
    print(sum(x * x for x in range(4)))
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
print(v9 is v9, id(v9) == id(v9))
o14.x = f0([0o17], [])
cy18 = []
cy18.append(cy18)
print(cy18, sys.getrefcount(cy18))
del cy18
print(gc.collect())
try:
    print(f0(list({'c': 7, 'key': 7}.values()), [-1, 1_000_000, 0x1F]))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
def rc20(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc20(o14, o14)))
try:
    print(o14.ref)
except BaseException as e:
    print(type(e).__name__, e.args)
