# programFor(900, 3, 25): src/fuzz/differential.ts
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
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __del__(self):
        print('del C1', self.x)
def f0(p0):
    print(not ('o' in 'a,b,c'))
    L0 = [str(x) for x in ([1_000_000] + [5, 7])]
    v1 = None
    return 10
    return 0
def f1(p0, p1):
    if any(x >= 100 for x in [(-2**63), p0]):
        try:
            print(f0({**{'x': p0, 'c': 10, 'a': p0}, 'key': 99}))
        except BaseException as e:
            print(repr(e))
        try:
            raise KeyError('boom')
        except KeyError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
    else:
        print([((10) >> 7), (p0 if True else p0)])
        s2 = {255, p0, p0, p0}
        pass
    try:
        assert 1e10 >= 0o17, f"value {1 + 2}"
    except BaseException as e:
        print(type(e).__name__, e.args)
    try:
        v3 = (round(1e10, 2)) ** -1
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
        v3 = 0.0
    return 256
    return 0
try:
    print(dict(c={'b': 4}.get('b', 4), key=((7) // (10))))
except BaseException as e:
    print(type(e).__name__, e.args)
o4 = C1(257)
for i5 in range(1, 6):
    w6 = 0
    while w6 < 2:
        try:
            print('ab' in 'line\nbreak'[i5])
        except Exception as e:
            print(type(e).__name__, e.args)
        try:
            print(((i5 - i5)) // ((-(i5))))
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
        w6 += 1
        if w6 == 2:
            break
    pass
else:
    print('loop done')
try:
    print(f0({}.copy()))
except BaseException as e:
    print(type(e).__name__, e)
a7 = o4
print(sorted(set(), reverse=True)[:-1:2])
v8 = float(12345678901234567890) * sum([42, -5, -2**63, 0])
try:
    print(f1((0o17 if True else 4), 'naïve' + '3.5'))
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    print(f0({k: v for k, v in zip(['ß', 'naïve'], [2, -6, -5])}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f1(((-6)) ^ ((-1000)), 'ABC'))
except BaseException as e:
    print(type(e).__name__, e)
cy9 = []
cy9.append(cy9)
print(cy9, sys.getrefcount(cy9))
del cy9
print('collected', gc.collect())
print(['a,b,c', '3.5', ''])
if bool(sorted({'c': (-2**63)})):
    L11 = [((0b1011) * (0x1F)), max((-5), (-5))]
    pass
else:
    try:
        try:
            print((((-7)) / (1000)) * float(10))
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
        print((5) * (0b1011))
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    print(o4.x, o4.get(), o4.kind, type(o4).__name__)
    pass
if True:
    L12 = ['a,b,c', 'naïve']
    pass
elif v8 <= 255:
    v13 = 7.0 + (0.1 * v8)
    pass
else:
    def rc14(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc14(a7, a7)))
    try:
        raise KeyError(42)
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
try:
    print(f0({**{'c': 10, 'a': 1000}, 'd': 5}))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
cy15 = []
cy15.append(cy15)
print(cy15, sys.getrefcount(cy15))
del cy15
print(gc.collect())
try:
    print(f0({'d': 10, 'x': 255, 'key': 0x1F}))
except BaseException as e:
    print(type(e).__name__, e)
L17 = [{}.get('c', 4), sorted(['3.5', '', 'naïve'])]
try:
    v18 = ((1000) / ((-1))) * round(0.5, 2)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    v18 = 0.0
if ' ' in '日本':
    try:
        v8 = v8
        pass
        print(0 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    w19 = 0
    while w19 < 3:
        print(((0x1F - 42)) & (((-7) + 1_000_000)))
        pass
        w19 += 1
    pass
else:
    L20 = sorted({})
    pass
for i21 in range(1, 6):
    print(None)
    L17.extend([a7, a7])
    print(True, (-2**63, 10**18, i21))
    pass
else:
    print('loop done')
print([-5, -7, 7, 7] + [-1, -2**63, 4])
try:
    try:
        try:
            u22, u23 = round((-3.75)), '  pad  '.rstrip()
        except Exception as e:
            print(type(e).__name__, e)
            u22, u23 = 0, ''
        u22, u23 = u22, u23
        pass
        print(sum(x * x for x in range(0)))
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    pass
    print(sum(x * x for x in range(1)))
except Exception as e:
    print('caught', type(e).__name__, e)
print([12345678901234567890, 0b1011])
L17.clear()
