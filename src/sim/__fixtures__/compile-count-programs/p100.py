# programFor(900, 100, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
try:
    print(str({}['d']))
except Exception as e:
    print(type(e).__name__, e)
print(list(range(3, 2, 2)))
s0 = {-5}
print(min([][:4:-2], default=None), max([][:4:-2], default=-1))
L1 = [str(x) for x in list(())]
v2 = None
print({10, 1_000_000, -2**63, -7}, 2.25, sep=', ', end='.\n')
del s0
L3 = [set(range(10)), abs(0.2)]
try:
    v4 = (len(L1)) / (1_000_000)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    v4 = 0.0
print([(i, y) for i, y in enumerate(list({-2**63, 10**18, 0, -1000}))])
try:
    print((float((-2**63))) // (((v4) % (v4))))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
L3.append(str((2**63)))
cy5 = [[] for _ in range(2)]
for i in range(2):
    cy5[i].append(cy5[(i + 1) % 2])
cy6 = cy5[0]
del cy5
print(sys.getrefcount(cy6))
pass
print(gc.collect(), gc.collect())
try:
    assert L1 is not L1, 'failed'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(C1((-1)))
for i7, i7v in enumerate('é€'):
    for i8 in range(2, 6):
        print(L1)
        pass
        if i8 == 2:
            continue
    for i9 in '3.5':
        try:
            assert L1 == L1, 'failed'
        except BaseException as e:
            print(type(e).__name__, e.args)
        try:
            L3.remove(set([i7, 1000, i7]))
        except Exception as e:
            print(type(e).__name__, e.args)
        cy10 = []
        cy10.append(cy10)
        print(cy10, sys.getrefcount(cy10))
        del cy10
        print('collected', gc.collect())
        pass
    pass
print(sum(y for y in [0, (-7)] if y > 0))
for i12 in range(2, 9, 3):
    try:
        print(((10) // (i12)) >= ((10) % (i12)) < sum(x * x for x in range(5)))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    print(L1 is v4, id(L1) == id(v4))
    pass
else:
    print('loop done')
print(sys.getrefcount(L1))
for i13 in range(1, 0, -1):
    o14 = C1(257)
    print(L3 is o14, id(L3) == id(o14))
    print(sys.getrefcount(L3))
    pass
    if i13 == 2:
        break
print({x % 6 for x in [-5, 256]}, C0(3), sep=', ', end='.\n')
print([])
print(C0(99))
try:
    assert 7.0 > (-7), f"value {1 + 2}"
except Exception as e:
    print(repr(e))
