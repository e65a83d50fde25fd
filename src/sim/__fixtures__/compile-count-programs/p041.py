# programFor(900, 41, 25): src/fuzz/differential.ts
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
    try:
        p0.clear()
        pass
        print(0b1011 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    try:
        return [0x1F, 100, 257][255]
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    return 0
def f1(p0):
    print([(i, y) for i, y in enumerate(list(set()))])
    return 'ß'.rjust(7, '-')
    return ''
if 'x' in {'key': 1}.copy():
    w0 = 0
    while w0 < 3:
        print('mixed Case'[-3:-3:-1].endswith(','))
        pass
        w0 += 1
    pass
else:
    print([x * 2 for x in [-5, 2**31] if x % 2], bool({-1000, 2**31}), sep='')
    try:
        v1 = divmod([10**18, 1_000_000, -5, 1_000_000][0], (255 + (-1000)))
    except Exception as e:
        print(type(e).__name__, e.args)
        v1 = ()
    pass
L2 = [2]
print(sys.getrefcount(L2))
print((1000, 2))
try:
    assert True, 'x'
except Exception as e:
    print(type(e).__name__, e)
print(1e10)
del L2
d3 = dict(b=len('3.5'), key='\x00'.rfind('o'))
try:
    assert True, 'x'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
u4, u5 = (5) << 6, 'hello'.zfill(4)
u4, u5 = u4, u5
print(u4 is u4, id(u4) == id(u4))
print([(-5, u4, u4), [None, set()], []])
a6 = d3
try:
    raise ZeroDivisionError(f'{1 + 1}')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print([u4, C0(u4)], [a6, u5], sep=', ', end='.\n')
print([0, u4] + [u4, 0, u4], {k: v for k, v in zip([], [])}, sep=', ', end='.\n')
try:
    print(float('-0'))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
v7 = None
print(repr((1e16 + 123456789.125)))
d3['key'] = u4 - u4
try:
    del d3['c']
except Exception as e:
    print(type(e).__name__, e)
s8 = {u4, 7, u4}
def rc9(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc9(d3)
print(sys.getrefcount(keep))
print(list(d3.values()), C0(0o17), sep=', ', end='.\n')
try:
    u10, u11 = (u4, u4)
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
    u10 = u11 = 0
v12 = chr(106)
