# programFor(900, 105, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0):
    print({'key': 1, 'c': (2**63)}.copy().get('key', 42))
    return str(1_000_000)
    return ''
for i0, i0v in enumerate('abc'):
    print([])
    L1 = 'ABC'.ljust(5, '-').split(' ')
    pass
try:
    u2, *u3 = sorted({1000, 255}, key=lambda v: -v)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
    u2, u3 = 0, []
try:
    u3[0] = u2
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
cy4 = C0(8)
cy5 = C0(5)
cy4.other = cy5
cy5.other = cy4
print(sys.getrefcount(cy4), sys.getrefcount(cy5))
cy4 = None
print('collected', gc.collect())
print(u2 is u2, id(u2) == id(u2))
print(set(sorted([u2, u2, u2], key=abs)))
d6 = dict(a=((u2) * (u2)), key=sum(x * x for x in range(0)))
try:
    v7 = ({}['a']) & ((u2 + 42))
except BaseException as e:
    print(repr(e))
    v7 = 0
v8 = None
a9 = u3
print(a9 is u3, a9 == u3)
if 5 in tuple([3]):
    if ((1e300 > (2**31)) and ([v7, 3, v7] == u3)):
        print(abs((u2 if False else v7)))
        try:
            raise RuntimeError('boom')
        except RuntimeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
    else:
        try:
            print(f0(format(0o17, ',')))
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
    pass
elif 'mixed Case'.startswith('l'):
    try:
        u10, *u11 = a9 + u3
    except Exception as e:
        print(repr(e))
        u10, u11 = 0, []
    pass
a9.append(u2 + (10**18))
print("it's".split(','), u3 * 1, sep=' | ')
print({**{'key': u2, 'x': v7, 'c': (-2**63)}, 'd': v7}, [str(x) for x in u3], sep='')
print(sys.getrefcount(a9))
a9.clear()
if 1.5 < 3:
    if min(v7, 0o17) != ((2**63) - 1):
        try:
            raise RuntimeError(42)
        except RuntimeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
    elif 'ABC' > 'ab':
        print(None, [str(x) for x in u3], sep=' | ')
        pass
    a9.insert(1, (u2) * (5))
    pass
print(set(u3), False + u2, sep=' | ')
cy12 = C0(0)
cy13 = C0(1)
cy12.other = cy13
cy13.other = cy12
print(sys.getrefcount(cy12), sys.getrefcount(cy13))
cy12 = None
print(gc.collect())
v14 = chr(80).startswith('z')
del v8
print([[y] * 2 for y in [len(s) for s in []]][:3])
def rc15(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc15(a9)
u16, u17 = -(u2), 'zz'
u16, u17 = u16, u17
print(u2)
