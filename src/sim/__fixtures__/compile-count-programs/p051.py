# programFor(900, 51, 25): src/fuzz/differential.ts
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
        return self.x * 2
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1=[]):
    print(-(sum([99, 3, 0x1F])))
    if 1_000_000 in ([] * 2):
        v0 = None
        pass
    elif 'a' in {}:
        try:
            L1 = [{'c': 1_000_000, 'b': 12345678901234567890}['d'], (((10**18)) % (100))]
        except Exception as e:
            print(type(e).__name__, e.args)
            L1 = []
        pass
    else:
        print(list({'x': 4}.keys()))
        pass
    try:
        return (0x1F) % (5)
    except Exception as e:
        print(type(e).__name__, e.args)
    return 0
try:
    v2 = ((1) / (12345678901234567890)) * (10 if False else 0x1F)
except BaseException as e:
    print(type(e).__name__, e)
    v2 = 0.0
o3 = C1((-1))
if False:
    v2 = 1e-5
    v4 = None
    pass
elif 'a' in 'tab\there':
    try:
        try:
            v5 = ({'key': 0}.get('b', 2)) % (max(1_000_000, 256))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
            v5 = 0
        pass
        print(abs(99))
    except Exception as e:
        print('caught', type(e).__name__, e)
    pass
v6 = tuple(list(range(4, 6, -1)))
try:
    u7, *u8 = [len(s) for s in []]
except Exception as e:
    print(type(e).__name__, e.args)
    u7, u8 = 0, []
a9 = u8
print(sys.getrefcount(o3))
print(['\x00'])
L10 = list(range(2, 5, 2))
v11 = True
try:
    print(o3.ref)
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
for i12 in range(0, 6):
    try:
        raise RuntimeError('a', 'b')
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    print(set(range(2)))
    pass
a13 = o3
a9 += [][:-4:2]
def rc14(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc14(L10)
for i15 in '42':
    v16 = None
    v17 = None
    for i18 in list(u8):
        a9.reverse()
        try:
            print(float('1e5'))
        except Exception as e:
            print(repr(e))
        pass
    pass
print([v2, set()], C0((-1000)), sep=' | ')
a9 += list({'d': (-1000), 'key': (-5), 'a': u7}.values())
try:
    print(min([1, u7], default=None), max([1, u7], default=-1))
    pass
    print(0 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    u8.remove({'a': 1, 'b': u7}.get('c', u7))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(sys.getrefcount(L10))
if '  pad  '.zfill(2) >= ' '.join(['👍', 'ab', 'hello']):
    try:
        print(u8.index(int(v2)))
    except BaseException as e:
        print(repr(e))
    pass
else:
    u8 = sorted({u7, 0o17, u7, u7}, key=abs)
    pass
try:
    cy19 = {'key': 8}
    cy19['self'] = cy19
    cy20 = [cy19, [cy19]]
    del cy19
    print(len(cy20))
    del cy20
    print('collected', gc.collect())
    pass
    print(u7 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
print([{'x': u7}, str(5)])
try:
    print(set([]), divmod((-5), 100), sep=' | ')
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
