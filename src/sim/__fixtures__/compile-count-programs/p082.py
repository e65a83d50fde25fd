# programFor(900, 82, 25): src/fuzz/differential.ts
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
    def __del__(self):
        print('del C0', self.x)
def f0(p0, p1={}):
    for i0, i0v in enumerate(['x', 'y']):
        print([len(s) for s in []] * 1)
        print((i0 if True else 0) + ((42) << 5))
        print(sys.getrefcount(p0))
        pass
    try:
        u1, u2 = ()
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
        u1 = u2 = 0
    return '€uro' * 2
    return ''
v3 = bool([None, 0])
print([])
for i4 in range(1, 6):
    try:
        assert '' < '', f"value {1 + 2}"
    except Exception as e:
        print(repr(e))
    try:
        u5, u6 = tuple([i4, i4])
    except Exception as e:
        print(type(e).__name__, e)
        u5 = u6 = 0
    pass
try:
    raise TypeError('x' * 3)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print((abs(1e16)) ** -1)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    print([(i, y) for i, y in enumerate([len(s) for s in ['a,b,c', 'Hello World']])])
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(list(zip([len(s) for s in []], ['x y z', '  pad  ', 'Hello World'])))
print({k: v for k, v in zip(sorted([]), [0b1011][-1:])})
v7 = () + (0x1F, 10)
print(tuple([-1, -6, 2**63, 0o17]))
L8 = ['']
v9 = None
print([(i, y) for i, y in enumerate([(-7), 256])])
cy10 = C0(2)
cy11 = C0(3)
cy10.other = cy11
cy11.other = cy10
print(sys.getrefcount(cy10), sys.getrefcount(cy11))
cy11 = cy10 = 0
print(gc.collect())
print(sys.getrefcount(L8))
cy12 = [[] for _ in range(5)]
for i in range(5):
    cy12[i].append(cy12[(i + 1) % 5])
cy13 = cy12[0]
del cy12
print(sys.getrefcount(cy13))
cy13 = 1
print('collected', gc.collect())
print(v7 is v7, id(v7) == id(v7))
L14 = list({k: v for k, v in zip(L8, [-1000, 99, 2])}.items())
print(min([10**18, 0, 5, 1] * 1, default=None), max([10**18, 0, 5, 1] * 1, default=-1))
L8 = ['tab\there', '']
try:
    u15, *u16 = [][::2]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u15, u16 = 0, []
for i17, i17v in enumerate('abc'):
    for i18, i18v in enumerate('é€'):
        u19, u20 = (i18) | (u15), '{} and {}'.format(0.1, 'back\\slash')
        u19, u20 = u19, u20
        u20 += u20
        pass
    pass
    if i17 == 2:
        break
print([c for c in 'é'.replace(' ', 'é') if c not in ''])
print(L8 is u15, id(L8) == id(u15))
print(v3 is u16, id(v3) == id(u16))
