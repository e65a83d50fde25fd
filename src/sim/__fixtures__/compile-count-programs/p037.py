# programFor(900, 37, 25): src/fuzz/differential.ts
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
print({})
def rc0(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc0([])
w1 = 0
while w1 < 1:
    print({k: v for k, v in zip(['ß', '€uro', '  pad  '], [2])}, [len(s) for s in ['x y z', 'x y z']], end='!\n')
    pass
    w1 += 1
d2 = {}
print({k: v for k, v in zip(list(''), sorted({1000, -2**63, 0b1011, -1}, reverse=True))})
for i3 in range(1, 9, 3):
    print(list(d2.copy().keys()))
    try:
        print((1.5) % (2.0), 'é' in '日本', end='!\n')
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    try:
        print(list(range(2, 8)))
        pass
        print(((-5)) // (1000))
    except ArithmeticError as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    else:
        print('no error')
    finally:
        print('finally')
    pass
print([y * 2 for y in [(-5), (-7)] if y != 3])
try:
    del d2['key']
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(d2))
print(sys.getrefcount(d2))
if 'a' in {'c': 10, 'b': (-2**63)}:
    if bool(sorted(d2)):
        d4 = {s: len(s) for s in [str(x) for x in [5, 1_000_000, 10**18, 1000]]}
        pass
    else:
        try:
            u5, u6 = ((-1000),)
        except Exception as e:
            print(type(e).__name__, e)
            u5 = u6 = 0
        v7 = (u6, u5, u6)
        pass
    d2 = {'d': 10, 'key': 12345678901234567890, 'a': 99}
    pass
print([])
print(tuple([100]) + ())
try:
    u8, *u9 = list(range(3, 6))
except Exception as e:
    print(type(e).__name__, e.args)
    u8, u9 = 0, []
try:
    assert u8 in (u8, 257), 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
print(u9)
u9.clear()
try:
    assert isinstance('👍', C0), 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print(u9 is u8, id(u9) == id(u8))
cy10 = C0(4)
cy10.me = cy10
cy10.tail = [C0(6), {'k': [1, 2]}]
cy10 = None
print('collected', gc.collect())
try:
    assert isinstance(None, bool), 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
o12 = C0(u8)
del d2
try:
    assert True, 'x'
except BaseException as e:
    print(type(e).__name__, e.args)
print(False)
