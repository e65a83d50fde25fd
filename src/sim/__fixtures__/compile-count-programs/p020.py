# programFor(900, 20, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
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
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
v0 = not (False and False)
try:
    s1 = {42}
    pass
    print(255 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
print([1])
for i2 in range(2, 0, -1):
    try:
        u3, *u4 = sorted((257,), reverse=True)
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        u3, u4 = 0, []
    print(sorted(u4, key=abs)[:3:3])
    try:
        print(((255) / (i2)) + (0.5 * (2**63)))
    except BaseException as e:
        print(type(e).__name__, e.args)
    pass
    if i2 == 2:
        break
else:
    print('loop done')
if 'é' in 'naïve'.zfill(7):
    try:
        raise AssertionError('boom')
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    v5 = 'tab\there'
    pass
v6 = ', '.join(sorted({'c': 100, 'x': (2**63)}))
v6 += '{} and {}'.format(256, {})
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc7([])
print(sys.getrefcount(keep))
print(())
try:
    raise ValueError(42)
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    u8, u9 = divmod((-6), 0)
except Exception as e:
    print(repr(e))
    u8 = u9 = 0
try:
    raise TypeError('boom')
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    print(max(((u8) % (u8)), v6.rfind(',')))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    v10 = {'x': u8, 'c': u9, 'c': u8}['a'] in set()
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    v10 = False
del v0
print({y: y ** 2 for y in [7, u8]})
print({y % 3 for y in [u9, u9][-4:4:2]})
print({y % 3 for y in list(range(0, 7, 2))})
v11 = ((0x1F if False else u8)) << 4
L12 = list({s: len(s) for s in ['back\\slash', 'line\nbreak', 'zz']}.items())
v13 = C1(2) == C1(u9)
cy14 = C1(3)
cy15 = C1(2)
cy14.other = cy15
cy15.other = cy14
print(sys.getrefcount(cy14), sys.getrefcount(cy15))
del cy14, cy15
print('collected', gc.collect())
def rc16(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc16(L12, L12)))
u8 *= 3 - u9
try:
    print(C0(u8))
except Exception as e:
    print(repr(e))
