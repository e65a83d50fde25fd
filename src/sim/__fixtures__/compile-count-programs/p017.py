# programFor(900, 17, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
for i0 in range(1, 6):
    def rc1(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc1([])
    print(sys.getrefcount(keep))
    u2, u3 = (i0 if False else i0), ''
    u2, u3 = u2, u3
    pass
v4 = ((4 in (10, 7, 255)) and (4 != 3))
print(C0((-1000)))
print(C0(0x1F))
o5 = C0(5)
cy6 = {'b': 0}
cy6['self'] = cy6
cy7 = [cy6, [cy6]]
del cy6
print(len(cy7))
cy7.clear()
print(gc.collect(), gc.collect())
print(v4 is v4, id(v4) == id(v4))
print(sys.getrefcount(o5))
try:
    u8, u9 = (257) * (10), '%x' % (10,)
except Exception as e:
    print(type(e).__name__, e.args)
    u8, u9 = 0, ''
u8, u9 = u8, u9
cy10 = C0(6)
cy10.me = cy10
cy10.tail = [C0(7), {'k': [1, 2]}]
cy10 = None
print('collected', gc.collect())
print(v4 is v4, id(v4) == id(v4))
print([(set() & {u8, u8, u8}), (u8 > (-6) != u8)])
u8 = sum([u8]) + sum([u8, u8])
del o5
try:
    u9 = f"{round(2.25):5d}{'{} and {}'.format(['a,b,c', '日本'], C0((-1))):*^9}"
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
for i12 in range(1, 9, 3):
    if (u9 + 'tab\there') <= 'zz'.replace('é', 'o'):
        print(123456789.125)
        pass
    else:
        try:
            print(1e10 * 3.14159, None)
        except Exception as e:
            print(type(e).__name__, e.args)
        try:
            v13 = float('inf')
        except Exception as e:
            print(type(e).__name__, e.args)
            v13 = 0.0
        pass
    for i14 in range(1, 6):
        cy15 = []
        cy15.append(cy15)
        print(cy15, sys.getrefcount(cy15))
        del cy15
        print('collected', gc.collect())
        print([u8, i12, i12], float((-6)), sep=' | ')
        try:
            print(u9, list(range(0, 8, 3)), sep=', ', end='.\n')
        except BaseException as e:
            print(type(e).__name__, e.args)
        pass
    else:
        print('loop done')
    pass
else:
    print('loop done')
del u9
for i17 in range(3):
    if v4:
        try:
            print((True + 10) < {'a': 0, 'c': (-1000)}['key'] == round(0.1))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        try:
            L18 = [0, -6, 2**63]
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__ + ':', str(e))
            L18 = []
        pass
    pass
else:
    print('loop done')
print(round((-3.75), 3) >= (((-5)) ** 2))
try:
    assert ' ' in 'tab\there', f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__, e)
print(sorted(['', 'mixed Case']))
o19 = C0(3)
try:
    u20, u21 = (4) ** 4, 'a'[u8]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    u20, u21 = 0, ''
u20, u21 = u20, u21
w22 = 0
while w22 < 2:
    print('x y z')
    print([v4])
    pass
    w22 += 1
print(2.0)
