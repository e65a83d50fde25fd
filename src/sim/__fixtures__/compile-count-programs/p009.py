# programFor(900, 9, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0):
    p0 += 'zz' + p0
    u0, u1 = 255, f"{3.14159}"
    u0, u1 = u0, u1
    return 'x y z'[4::2]
    return ''
L2 = [(3 if False else 1), (256 if False else 5)]
try:
    try:
        try:
            del L2[1]
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        try:
            print(isinstance([set(), 123456789.125], C1))
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
        print((0b1011) ** 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    def rc3(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc3(L2, L2)))
    pass
    print(99 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
for i4 in range(3, 0, -1):
    for i5, i5v in enumerate(['x', 'y']):
        cy6 = []
        cy6.append(cy6)
        print(cy6, sys.getrefcount(cy6))
        del cy6
        print(gc.collect())
        pass
    a8 = L2
    print(a8 is L2, a8 == L2)
    pass
def rc9(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc9(L2)
print(sys.getrefcount(L2))
for i10 in range(1):
    try:
        print(f0('  pad  '[0b1011]))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
    if i10 == 2:
        break
v11 = (0b1011,)
print(v11 is L2, id(v11) == id(L2))
if '{} and {}'.format((1, 42), [None, v11]) > str((-1000)):
    L2.sort()
    L12 = [["it's"], ["it's"]]
    pass
else:
    print({'c': 1, 'c': 255}, format(255, '05'), end='!\n')
    pass
print(sys.getrefcount(L2))
s13 = {0, -5, 3, 257}
a14 = L2
w15 = 0
while w15 < 5:
    v16 = None
    pass
    w15 += 1
    if w15 == 2:
        break
a17 = a14
print(sys.getrefcount(a14))
print(sys.getrefcount(a17))
del s13
if not ('a' > 'Hello World'):
    d18 = {'d': 1_000_000}
    pass
print(sys.getrefcount(a17))
print({y % 3 for y in [len(s) for s in ['é', '👍', 'a']]})
print('-'.join([]))
try:
    print(f0(chr(72)))
except BaseException as e:
    print(repr(e))
a17 = list(reversed([255, 256]))
a17 *= 1
for i19 in 'é':
    try:
        print(0.5, (5) / ((-5)), end='!\n')
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    try:
        print(L2.count([5, 12345678901234567890, 255][256]))
    except BaseException as e:
        print(type(e).__name__, e.args)
    pass
