# programFor(900, 60, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C0', self.x)
def f0(p0, p1):
    print(1e10)
    return 'ab'.ljust(5, '*')
    return ''
print(list(zip(list({100, 0o17, 0b1011, 7}), ['é', 'ab'])))
for i0, i0v in enumerate(['x', 'y']):
    try:
        print([(i, y) for i, y in enumerate(list(range(2, 2)))])
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    L1 = list(range(1, 5))
    print(list(format(99, 'x')))
    pass
try:
    print(C0(1))
    pass
    print(sum([255, 5, 100, 0x1F]))
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
L2 = [8]
print(sys.getrefcount(L2))
try:
    print(f0(sum(L2), {}))
except BaseException as e:
    print(repr(e))
print(dict(b=(True + 255), key=(((-1000)) * (100))))
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc3(L2)
if True:
    try:
        o4 = C0(99)
        pass
        print((7) // ((-7)))
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    pass
elif '\x00'.endswith(' '):
    w5 = 0
    while w5 < 5:
        print(C0(7))
        pass
        w5 += 1
    pass
u6, u7 = 99 + 7, 'naïve'
u6, u7 = u6, u7
if not (True or False):
    if False:
        try:
            L2[-1] = max(u6, u6)
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        o8 = C0(u6)
        pass
    else:
        u7 = repr([(), L2])
        pass
    try:
        v9 = (float('nan')) % (float(255))
    except Exception as e:
        print(repr(e))
        v9 = 0.0
    pass
else:
    v10 = u7[4:-4:-1].replace('', 'z')
    pass
print([[y] * 2 for y in list(reversed(L2))][:3])
if ((L2 is not [u6, 10, u6]) or ({u6} is not {u6, u6})):
    print(sum(y for y in sorted(L2, reverse=True) if y > 0))
    pass
try:
    print(C0(4))
except BaseException as e:
    print(repr(e))
L2.insert(0, max(u6, u6))
try:
    u11, *u12 = L2[1:2:-2]
except Exception as e:
    print(type(e).__name__, e.args)
    u11, u12 = 0, []
u13, u14 = 12345678901234567890, format(7, '05')
u13, u14 = u13, u14
cy15 = C0(6)
cy15.me = cy15
cy15.tail = [C0(6), {'k': [1, 2]}]
cy15 = None
print('collected', gc.collect())
o17 = C0(u11)
print(o17, 1e-5, sep=' | ')
print(o17 is u13, id(o17) == id(u13))
print(None)
try:
    print(o17.ref)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
print(o17, {k: v for k, v in zip(['é'], u12)}, sep='')
try:
    print((min(u13, u13)) % (u12[u6]))
except BaseException as e:
    print(type(e).__name__, e.args)
print('ab' in chr(103))
