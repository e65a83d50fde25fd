# programFor(900, 119, 25): src/fuzz/differential.ts
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
def f0(p0):
    w0 = 0
    while w0 < 4:
        try:
            L1 = [float(100), divmod((-6), 256)]
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
            L1 = []
        try:
            raise IndexError('boom')
        except IndexError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
        w0 += 1
    try:
        return p0.get('d', 0b1011)
    except Exception as e:
        print(repr(e))
    return 0
def f1(p0, p1=''):
    v2 = ((-1) <= 2) + (-1)
    return p1.center(4, '-')
    return ''
if (('x' in {'c': 10}) and ((10**18) != 256)):
    print(C0((2**63)))
    pass
else:
    v3 = None
    pass
try:
    o4 = C0((-6))
    try:
        print(f1('  pad  '.upper(), 'é'))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    pass
    print(7 // 1)
except LookupError as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
L5 = [1]
print(sys.getrefcount(L5))
for i6 in range(0, 6):
    for i7 in range(0):
        L8 = [sum(x * x for x in range(0)), (i7 - i7)]
        try:
            L8[-1] = (i6) ** 2
        except Exception as e:
            print(type(e).__name__, e)
        pass
    else:
        print('loop done')
    print(sorted((i6, i6, i6)) + list({}.values()))
    pass
L5 += [len(s) for s in []]
if 'd' in {'d': 1000}:
    print({k: v for k, v in zip(['line\nbreak'], L5)}.copy())
    pass
elif (-2**63) in (255,):
    v9 = chr(90) + str(0.5)
    pass
else:
    L10 = ['mixed Case']
    a11 = L10
    pass
print(((-7)) << 1)
try:
    raise TypeError('boom')
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    L5.remove(2)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    u12, *u13 = [10, 0x1F]
except BaseException as e:
    print(type(e).__name__, e)
    u12, u13 = 0, []
try:
    print(sys.getrefcount(L5))
    L5 = list(range(0, 5, 3))
    pass
    print(u12 // 0)
except ArithmeticError as e:
    print('caught', type(e).__name__, e)
try:
    L5 = [len(s) for s in ['3.5', '', 'ß']]
    pass
    print(u12 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
print(sum(y for y in u13 if y > 0))
print('zz')
try:
    v14 = 123456789.125
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    v14 = 0.0
try:
    L5[0] = hash(1000)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    raise ZeroDivisionError('boom')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print(dict(b=u12, key=f0({'d': u12})))
    pass
    print(100 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
for i15 in range(3, 0, -1):
    L16 = sorted({'b': (-5), 'x': (-7)}.copy())
    print({y: y ** 2 for y in [x % 3 for x in []]})
    pass
else:
    print('loop done')
try:
    u12 = round((3.14159 * 4))
except Exception as e:
    print(type(e).__name__, e.args)
print((u12, u12, 2))
try:
    u17, *u18 = sorted((1000, u12), key=abs)
except BaseException as e:
    print(type(e).__name__, e.args)
    u17, u18 = 0, []
print({'c': u17, 'x': (2**31)})
cy19 = C0(7)
cy19.me = cy19
cy19.tail = [C0(3), {'k': [1, 2]}]
cy19 = None
print(gc.collect())
try:
    assert (False and True), f"value {1 + 2}"
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
