# programFor(900, 111, 25): src/fuzz/differential.ts
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
def f0(p0, p1):
    v0 = ()
    cy1 = C0(1)
    cy1.me = cy1
    cy1.tail = [C0(7), {'k': [1, 2]}]
    cy1 = None
    print(gc.collect())
    return -((10**18))
    return 0
try:
    print(format((((-5)) % (0)), 'b'))
except BaseException as e:
    print(repr(e))
d3 = {'a': (2**31), 'key': (2**63), 'c': (-2**63)}.copy()
try:
    assert 42 > 3, 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
d3 = d3.copy()
for i4 in range(3, 9, 3):
    v5 = i4
    try:
        print(d3.pop('x', None))
    except Exception as e:
        print(repr(e))
    u6, u7 = v5, 'zz'
    u6, u7 = u6, u7
    pass
else:
    print('loop done')
try:
    print(d3.pop('b', None))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    assert True, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__, e)
print(tuple(list({'a': 10, 'd': 5}.values())))
v8 = -0.0
try:
    v9 = int(v8)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    v9 = 0
for i10 in range(2, 0, -1):
    o11 = C0(v9)
    try:
        print(o11.ref)
    except Exception as e:
        print(repr(e))
    pass
print(list({'x': v9, 'b': v9}.items()))
v12 = ['👍', 'ß'] is ['ß', 'ab', '👍']
try:
    print(d3.popitem())
except Exception as e:
    print(repr(e))
def rc13(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc13(d3)
print(set(range(11)))
def rc14(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc14(d3, d3)))
try:
    d3['d'] = round(v8)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
for i15 in "it's":
    try:
        print(d3.popitem())
    except Exception as e:
        print(repr(e))
    try:
        raise KeyError('a', 'b')
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    try:
        raise TypeError('x' * 3)
    except TypeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
try:
    print(d3.popitem())
except Exception as e:
    print(type(e).__name__ + ':', str(e))
L16 = []
try:
    raise TypeError(42)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
if all(x < (2**63) for x in list(d3.values())):
    u17, u18 = f0('👍', 'ABC'), chr(109)
    u17, u18 = u17, u18
    L16.append({x % 4 for x in [100, -1000, 2]})
    pass
del d3
try:
    raise Exception(42)
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
