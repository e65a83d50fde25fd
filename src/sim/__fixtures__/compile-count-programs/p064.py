# programFor(900, 64, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C0', self.x)
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 1
def f0(p0, p1):
    print(bool(list({'a': 3, 'c': 1_000_000, 'x': 12345678901234567890}.keys())))
    return len(p0)
    return 0
def f1(p0, p1):
    for i0 in range(3, 6):
        try:
            assert i0 <= i0 <= p0, 'failed'
        except Exception as e:
            print(type(e).__name__, e.args)
        try:
            u1, *u2 = [0, -7, -2**63, 5]
        except Exception as e:
            print(type(e).__name__, e.args)
            u1, u2 = 0, []
        try:
            assert not True, 'failed'
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
        if i0 == 2:
            continue
    L3 = [[2.0, [], [1]], [], None]
    return repr(123456789.125)
    return ''
try:
    raise Exception(42)
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    v4 = None
except BaseException as e:
    print(type(e).__name__, e)
    v4 = None
try:
    try:
        raise AssertionError(f'{1 + 1}')
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
    print(256 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
try:
    print(f0(format(0o17, 'b'), [0, 7, 0o17] + [10**18, 12345678901234567890]))
except Exception as e:
    print(type(e).__name__, e)
v5 = abs((0.1 - 2.25))
s6 = {-2**63, -1000, 0b1011}
try:
    print([(i, y) for i, y in enumerate([1000])])
except Exception as e:
    print(type(e).__name__, e.args)
print(sorted({'key': 5, 'b': (-1000)}))
if isinstance(True, float):
    try:
        u7, *u8 = [-1, 2, -2**63, 256]
    except Exception as e:
        print(repr(e))
        u7, u8 = 0, []
    w9 = 0
    while w9 < 4:
        try:
            L10 = [((1e16) ** 0.5), ((v5) // (v5))]
        except BaseException as e:
            print(type(e).__name__, e)
            L10 = []
        u8 += list((u7, 7))
        pass
        w9 += 1
        if w9 == 2:
            break
    pass
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc11(s6)
print(sys.getrefcount(keep))
if 'a'.zfill(0) != str(12345678901234567890):
    def rc12(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    keep = rc12(s6)
    print(sys.getrefcount(keep))
    cy13 = {'x': 0}
    cy13['self'] = cy13
    cy14 = [cy13, [cy13]]
    del cy13
    print(len(cy14))
    del cy14
    print(gc.collect(), gc.collect())
    pass
o15 = C1(99)
o15.ref = o15
cy16 = [[] for _ in range(4)]
for i in range(4):
    cy16[i].append(cy16[(i + 1) % 4])
cy17 = cy16[0]
del cy16
print(sys.getrefcount(cy17))
cy17 = 1
print(gc.collect(), gc.collect())
for i18, i18v in enumerate('é€'):
    v19 = abs(f0('Hello World', [256, i18]))
    print(sys.getrefcount(s6))
    try:
        print(i18 + int((1/3)))
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
print(sys.getrefcount(s6))
try:
    assert bool(None), 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
del o15
try:
    raise Exception('')
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise ZeroDivisionError('boom')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print(float('inf'))
except BaseException as e:
    print(type(e).__name__, e.args)
L20 = [['€uro']]
print(list(zip([10**18, 2], sorted(['zz']))))
try:
    v21 = repr(float('x'))
except Exception as e:
    print(repr(e))
    v21 = ''
print(v5 is v5, id(v5) == id(v5))
print(1 + 'a')
