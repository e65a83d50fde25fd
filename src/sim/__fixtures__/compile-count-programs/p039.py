# programFor(900, 39, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
L0 = [2**31, -1000, -1, 4]
try:
    assert 'c' in {'b': 3, 'x': (-6)}, 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
try:
    raise ZeroDivisionError()
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(round(100.0, 3) - round(0.5, 3))
try:
    assert (-6) in L0, 'x'
except BaseException as e:
    print(type(e).__name__, e.args)
print(sys.getrefcount(L0))
cy1 = C0(0)
cy2 = C0(2)
cy1.other = cy2
cy2.other = cy1
print(sys.getrefcount(cy1), sys.getrefcount(cy2))
del cy1, cy2
print(gc.collect())
a3 = L0
print(a3 is L0, a3 == L0)
print(((-2**63),) + (((10**18),) + ((10**18),)))
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc4(L0)
print(sys.getrefcount(keep))
v5 = str(2.0).rjust(3, '*')
print(a3 is a3, id(a3) == id(a3))
a3[1:3] = [4 - 1000]
if isinstance('Hello World'.title(), float):
    print(list(zip([42], ['\x00'])))
    pass
elif not True:
    d6 = {**{'d': 4, 'x': 4, 'c': 1}, 'a': 256}.copy()
    pass
try:
    L7 = [0o17, False]
except Exception as e:
    print(type(e).__name__, e)
    L7 = []
v8 = v5
try:
    v8 += '%d items' % ((-1000),)
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
try:
    raise TypeError()
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
L9 = [v5, v5]
w10 = 0
while w10 < 1:
    L11 = sorted({'c': (2**63), 'b': 4, 'a': 4})
    print(C0(255))
    pass
    w10 += 1
try:
    v12 = float('inf')
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    v12 = 0.0
w13 = 0
while w13 < 3:
    w14 = 0
    while w14 < 4:
        a3 += list(range(1, 1, 3))
        L7[1:3] = [(-1000, 256)]
        pass
        w14 += 1
    v8 += 'ab'
    pass
    w13 += 1
a15 = L0
print(a15 is L0, a15 == L0)
try:
    u16, *u17 = list(range(2, 3, 3))
except Exception as e:
    print(repr(e))
    u16, u17 = 0, []
try:
    print(L0.index(u16))
except Exception as e:
    print(type(e).__name__, e)
