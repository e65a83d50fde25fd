# programFor(900, 99, 25): src/fuzz/differential.ts
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
def f0(p0, p1):
    print(min(list(reversed([10, p0, 99, p0])), default=None), max(list(reversed([10, p0, 99, p0])), default=-1))
    return p0 - (2**63)
    return 0
def f1(p0):
    print(C0((-6)))
    return f"{1:>6}"
    return ''
v0 = (2, 4) + (-1, 99)
for i1 in 'ab':
    try:
        print((float(' 2 ')) ** 10)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        u2, u3 = f0(1000, {'key': (-2**63), 'a': 5}), i1
    except Exception as e:
        print(type(e).__name__, e.args)
        u2, u3 = 0, ''
    u2, u3 = u2, u3
    pass
v4 = None
del v4
v0 = (-5, 1_000_000)
try:
    print([(v0 + v0), (((-1000)) % (42))])
except Exception as e:
    print(type(e).__name__, e)
if [-1000, 0o17] is not [10, 1_000_000]:
    print(list({'d': (10**18), 'd': 0b1011, 'x': 12345678901234567890}.copy().items()))
    L5 = [8]
    print(sys.getrefcount(L5))
    pass
try:
    raise Exception('x' * 3)
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
cy6 = C0(4)
cy6.me = cy6
cy6.tail = [C0(3), {'k': [1, 2]}]
cy6 = None
print('collected', gc.collect())
v8 = None
v9 = ((255 + (-2**63)) if ('hello' != '\x00') else len('naïve'))
print(sum([v9, v9, v9]) in {x % 3 for x in [0o17, v9]})
try:
    v9 = f1([v9, v9, v9]).find(' ')
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
try:
    print(f0({'c': 257, 'key': v9, 'c': (-1000)}.get('c', 256), {s: len(s) for s in ['ABC']}))
except Exception as e:
    print(type(e).__name__, e.args)
print(C0(v9))
print(v9 is v8, id(v9) == id(v8))
L10 = ['é', 'zz', "it's"]
cy11 = C0(4)
cy12 = C0(3)
cy11.other = cy12
cy12.other = cy11
print(sys.getrefcount(cy11), sys.getrefcount(cy12))
del cy11, cy12
print('collected', gc.collect())
if f"{4:,}{v9:08b}" != ''[::-2]:
    print(list({}.keys()))
    pass
else:
    print([c for c in 'x y z' * 3 if c not in 'a'])
    pass
try:
    print((((1.5) ** 10)) // (float('-0')))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
L10.insert(2, 'line\nbreak'.split()[0])
try:
    print([(i, y) for i, y in enumerate([v9, v9, v9])])
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    print((round(1.5) if (1000 in set()) else (256 if True else v9)))
except Exception as e:
    print(repr(e))
if True:
    L13 = ['tab\there']
    pass
elif v9 >= v9 != v9:
    try:
        L10.reverse()
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    pass
try:
    u14, *u15 = list(range(0, 3, 3))
except Exception as e:
    print(repr(e))
    u14, u15 = 0, []
