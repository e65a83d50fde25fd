# programFor(900, 55, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
for i0, i0v in enumerate(['x', 'y']):
    try:
        print(((1e10 * i0)) // (((0.0) % (100.0))))
    except Exception as e:
        print(type(e).__name__, e.args)
    print({i0, 12345678901234567890, i0, -7})
    L1 = ['a', 'zz', '\x00']
    pass
print(C0(256))
v2 = 0b1011
L3 = [{10, 1000, v2, v2}, None, v2]
try:
    v4 = abs((-3.75)) * ((v2) % ((-6)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
    v4 = 0.0
def rc5(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc5(L3)
a6 = L3
v2 -= sum([v2])
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc7(L3)
print('  pad  '.endswith('é'), set(range(7)), end='!\n')
print(sys.getrefcount(L3))
cy8 = C0(5)
cy9 = C0(0)
cy8.other = cy9
cy9.other = cy8
print(sys.getrefcount(cy8), sys.getrefcount(cy9))
del cy8
print('collected', gc.collect())
print(dict(b='line\nbreak'.rfind('l'), key=(v2 if False else v2)))
def rc10(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc10(a6)
cy11 = C0(1)
cy11.me = cy11
cy11.tail = [C0(0), {'k': [1, 2]}]
cy11 = None
print(gc.collect(), gc.collect())
print(sys.getrefcount(L3))
u13, u14 = v2, 'x y z'.split()[0]
u13, u14 = u13, u14
d15 = {'b': 255}.copy()
try:
    u16, *u17 = [len(s) for s in ['zz', 'tab\there', '日本']]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
    u16, u17 = 0, []
try:
    u18, u19 = (u16, v2, 0x1F)
except BaseException as e:
    print(repr(e))
    u18 = u19 = 0
del u17
try:
    u20, u21 = v2, u14 + u14
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u20, u21 = 0, ''
u20, u21 = u20, u21
for i22, i22v in enumerate(['x', 'y']):
    try:
        u23, u24 = ((-1000)) // (7), str(0.5)
    except Exception as e:
        print(type(e).__name__, e.args)
        u23, u24 = 0, ''
    u23, u24 = u23, u24
    pass
    if i22 == 2:
        continue
print(d15.copy().get('key', u19))
del u16
print(u19 + 'a')
