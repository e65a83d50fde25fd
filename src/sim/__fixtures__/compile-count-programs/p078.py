# programFor(900, 78, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
def f0(p0):
    print(C0(7))
    return (-5) + 1000
    return 0
def f1(p0):
    print(set(range(1)))
    try:
        raise ValueError(f'{1 + 1}')
    except ValueError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    print(list({k: v for k, v in zip(['ABC', '日本'], p0)}.items()))
    try:
        return (100) % (5)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    return 0
print(C1(0b1011))
try:
    print(f0({'x': (-1000)}))
except BaseException as e:
    print(type(e).__name__, e)
d0 = {}
print(2.25, bool('line\nbreak'))
a1 = d0
print(a1 is d0, a1 == d0)
o2 = C1(255)
L3 = list({s: len(s) for s in ['日本', 'naïve']}.keys())
print([y * 2 for y in [1_000_000] if y != 3])
o2.x = 'a'.count(',')
v4 = tuple([10**18, 42])
try:
    assert 2.25 == 257, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(tuple(list(d0.values())))
cy5 = []
cy5.append(cy5)
print(cy5, sys.getrefcount(cy5))
del cy5
print(gc.collect(), gc.collect())
try:
    print(f0(a1.copy()))
except Exception as e:
    print(repr(e))
for i7 in range(3, 6):
    print(list(range(0, 1)))
    def rc8(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc8(o2, o2)))
    print(i7 is i7, id(i7) == id(i7))
    pass
for i9 in '👍':
    try:
        d10 = dict(a={'c': 4, 'd': 100, 'x': (2**63)}.get('a', (-7)), key=(((-1000)) % ((-7))))
    except Exception as e:
        print(type(e).__name__, e)
        d10 = {}
    cy11 = C0(7)
    cy12 = C0(5)
    cy11.other = cy12
    cy12.other = cy11
    print(sys.getrefcount(cy11), sys.getrefcount(cy12))
    del cy11
    print('collected', gc.collect())
    pass
try:
    print(d0.pop('a'))
except BaseException as e:
    print(type(e).__name__, e.args)
v13 = 'x' in {**a1, 'd': 12345678901234567890}
print(sys.getrefcount(a1))
try:
    v14 = ((123456789.125) ** 2) * (v13 + 256)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    v14 = 0.0
cy15 = [[] for _ in range(3)]
for i in range(3):
    cy15[i].append(cy15[(i + 1) % 3])
cy16 = cy15[0]
del cy15
print(sys.getrefcount(cy16))
del cy16
print(gc.collect(), gc.collect())
def rc17(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc17(o2)
print(sys.getrefcount(keep))
print(' '.join([str(x) for x in [-1000, 10**18, 2**63]]))
print(sys.getrefcount(L3))
try:
    print(divmod(int(v14), (v13 + 5)))
except BaseException as e:
    print(repr(e))
