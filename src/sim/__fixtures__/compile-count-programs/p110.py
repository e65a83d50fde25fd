# programFor(900, 110, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
def f0(p0):
    print(list(p0.items()))
    return repr((10, -5, 257))
    return ''
def f1(p0, p1):
    for i0 in range(3, 6):
        try:
            raise Exception('x' * 3)
        except Exception as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        try:
            print((sum(x * x for x in range(2))) / ((i0 + i0)))
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        try:
            p1.clear()
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        pass
    else:
        print('loop done')
    v1 = None
    return p0 + p0
    return ''
if 'c' in dict(a=(2**63), key=2):
    o2 = C0(257)
    pass
else:
    try:
        raise TypeError('boom')
    except TypeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
if 'c' in dict(c=4, key=10):
    try:
        v3 = divmod((-6), 10) + (10, 1_000_000, -6)
    except BaseException as e:
        print(type(e).__name__, e)
        v3 = ()
    print(None)
    pass
else:
    try:
        raise RuntimeError(42)
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    print(list({}.values()))
    pass
print(sum(x * x for x in range(1)), f0({}), end='!\n')
print(C0((-5)))
try:
    print(f1('{} and {}'.format((1e-5), 0.0), {'d': 5, 'a': 0, 'b': 12345678901234567890}.copy()))
except Exception as e:
    print(type(e).__name__, e)
o4 = C0(42)
w5 = 0
while w5 < 1:
    try:
        print(f0({}))
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    pass
    w5 += 1
s6 = {0b1011, -2**63, 2}
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc7(s6, s6)))
try:
    v8 = divmod(1000, round((1/3)))
except BaseException as e:
    print(repr(e))
    v8 = ()
print({y % 3 for y in [1]})
print(None)
L9 = list(range(0, 3, 3))
if 'x' in {k: v for k, v in zip([], [-1, 100, -1, -2**63])}:
    L9 += sorted((256, 257), key=abs)
    try:
        try:
            raise Exception()
        except Exception as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
        print(1 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    pass
else:
    try:
        print(f1(f0({'c': 5, 'a': 5, 'b': 257}), {}.copy()))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
L10 = sorted({k: v for k, v in zip(['Hello World'], [10, 0x1F, 0o17, 1_000_000])})
try:
    assert True, f"value {1 + 2}"
except BaseException as e:
    print(type(e).__name__, e.args)
if not all(x == 1 for x in [0]):
    try:
        del L10[1]
    except BaseException as e:
        print(repr(e))
    pass
try:
    print(o4.y)
except BaseException as e:
    print(repr(e))
if 'd' in {'x': 255, 'c': 256}:
    print(sys.getrefcount(L9))
    pass
elif 'back\\slash' < '':
    L9 += L9 + [0]
    pass
else:
    try:
        print(((-1000)) / ((2**31)), {**{'d': 10, 'b': (-5)}, 'b': 10}, sep=' | ')
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    try:
        print(o4)
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
print(L10 is L9, id(L10) == id(L9))
print(f0({'b': (-1000), 'c': (10**18)}))
u11, u12 = 0 - 42, '{} and {}'.format({'c': (-5), 'd': 0, 'c': 257}, None)
u11, u12 = u11, u12
try:
    assert u12 < u12, 'x'
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    print(f1(f1(u12, {'b': (-1000), 'c': u11, 'd': u11}), {'c': u11, 'b': (-2**63)}))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
for i13, i13v in enumerate(['x', 'y']):
    print(((1000) ** 0) + max(i13, u11))
    print(sys.getrefcount(o4))
    pass
    if i13 == 2:
        break
