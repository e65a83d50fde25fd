# programFor(900, 31, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1):
    a0 = p1
    print(a0 is p1, a0 == p1)
    return (42 if False else 12345678901234567890)
    return 0
def f1(p0):
    try:
        try:
            print(int(((1/3) * 0)))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        pass
        print(3 // 0)
    except ArithmeticError as e:
        print('caught', type(e).__name__, e)
    try:
        print(sum([x + 2 for x in [2**31, 1, 0o17, 12345678901234567890]]))
    except Exception as e:
        print(type(e).__name__, e.args)
    v1 = (3, -6)
    return p0.replace(',', 'l')
    return ''
try:
    print(f1('👍'[7]))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
try:
    print(f1(format(10, ',')))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
try:
    L2 = [str(x) for x in list(range(2, 6, -1))]
except Exception as e:
    print(type(e).__name__, e.args)
    L2 = []
try:
    print((((1e300) // (0.2))) ** 3)
except BaseException as e:
    print(repr(e))
print([1e300, '\x00', -2**63], (4, 256, 4) + ())
try:
    print(f1(f"{2.0:g}{1e10:.3f} "))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc3(L2, L2)))
print([['日本', '日本'], []], C0(7), sep='')
print(set() & set())
if not (0o17 in [0]):
    try:
        print(f0('3.5'.center(1, ' '), {k: v for k, v in zip(['ABC', 'zz'], [])}))
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
elif (False or True):
    def rc4(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    rc4(L2)
    pass
L2 = [str(x) for x in [x + 1 for x in []]]
L2 = list({}.keys())
try:
    raise NameError('')
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
v5 = None
L6 = list({'a': 0x1F, 'c': (-6), 'd': 4}.values())[:4:-1]
print(L2 is L2, id(L2) == id(L2))
w7 = 0
while w7 < 1:
    w8 = 0
    while w8 < 1:
        L6 += [0o17]
        try:
            o9 = C0(99)
        except Exception as e:
            print(type(e).__name__, e)
            o9 = None
        pass
        w8 += 1
    pass
    w7 += 1
print([str(x) for x in ([2**63, -7, 257] * 2)])
L6 *= 1
try:
    assert any(x == (-1) for x in L6), f"value {1 + 2}"
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
try:
    try:
        print(L2.index(f1('3.5')))
    except Exception as e:
        print(type(e).__name__, e.args)
    print([(i, y) for i, y in enumerate([x - 3 for x in L6 if x % 2])])
    pass
    print((4) * (4))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
L2.extend([str([10]), str([10])])
print(L6.count(sum(x * x for x in range(2))))
print(L6 is L6, id(L6) == id(L6))
try:
    u10, u11 = tuple([10, 3, 2, 0o17])
except BaseException as e:
    print(repr(e))
    u10 = u11 = 0
