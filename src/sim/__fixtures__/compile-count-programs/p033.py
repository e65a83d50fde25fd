# programFor(900, 33, 25): src/fuzz/differential.ts
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
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    try:
        print({x % 4 for x in []}, 255 - p1, end='!\n')
    except BaseException as e:
        print(repr(e))
    w0 = 0
    while w0 < 1:
        print('-'.join(sorted(p0)))
        a1 = p0
        print(a1 is p0, a1 == p0)
        pass
        w0 += 1
    return (100) << 3
    return 0
if ((not True) or isinstance('line\nbreak', (int, float))):
    d2 = {'x': 1000}
    for i3 in range(1, 6):
        try:
            print(d2.pop('key'))
        except Exception as e:
            print(type(e).__name__, e)
        pass
    pass
elif {0b1011, 1} == {255, 2**63, 0x1F, 100}:
    w4 = 0
    while w4 < 4:
        try:
            print(f0({'x': (2**31)}, (256) % (0o17)))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        pass
        w4 += 1
    pass
print({k: v for k, v in zip(list({'b': 2}.keys()), [2, -5, 3, 0x1F][:1:-2])})
try:
    print(1e-5)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
d5 = {s: len(s) for s in ['日本', 'a']}
for i6, i6v in enumerate('é€'):
    try:
        u7, u8 = [i6][i6], '%5.2f' % (i6,)
    except Exception as e:
        print(type(e).__name__, e)
        u7, u8 = 0, ''
    u7, u8 = u7, u8
    try:
        print(f0({'key': 5, 'a': i6}, (u7) // (i6)))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    pass
L9 = []
print([(i, y) for i, y in enumerate([])])
try:
    print({100})
    pass
    print(round(0.5))
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
cy10 = C0(3)
cy11 = C0(8)
cy10.other = cy11
cy11.other = cy10
print(sys.getrefcount(cy10), sys.getrefcount(cy11))
cy11 = cy10 = 0
print('collected', gc.collect())
for i12, i12v in enumerate(['x', 'y']):
    print(min(list(set()), default=None), max(list(set()), default=-1))
    try:
        print({'c': i12, 'x': 2})
        pass
        print(i12 - i12)
    except LookupError as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    try:
        print((1e300) ** 10)
    except BaseException as e:
        print(repr(e))
    pass
    if i12 == 2:
        continue
if [99] is not [1, 0o17]:
    try:
        L13 = sorted(sorted(d5))
        v14 = ((False + (-5))) & ((0b1011 - 99))
        pass
        print(1000)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    else:
        print('no error')
    finally:
        print('finally')
    o15 = C1(1)
    pass
else:
    print({y % 3 for y in [99, 0, 0o17, -7]})
    pass
print(set(range(8)))
del L9
v16 = hash((-1)) in [x + 4 for x in [] if x > 1]
v17 = chr(101)
def rc18(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc18(d5)
a19 = d5
print(a19 is d5, a19 == d5)
del v17
try:
    raise IndexError('a', 'b')
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print(a19.popitem())
except BaseException as e:
    print(type(e).__name__, e.args)
a19.update({'a': 100})
print(format(((12345678901234567890) ** 2), 'b'))
try:
    u20, u21 = (7, 10**18, 2)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u20 = u21 = 0
try:
    raise AssertionError('a', 'b')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
a19 = {s: len(s) for s in list(a19.keys())}
print(int('abc'))
