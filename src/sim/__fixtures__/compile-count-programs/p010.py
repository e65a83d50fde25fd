# programFor(900, 10, 25): src/fuzz/differential.ts
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
def f0(p0, p1):
    v0 = ''.join(['tab\there']).endswith(' ')
    return ''
    return ''
print((10**18) < 5 < 1000, set([]), end='!\n')
cy1 = {'a': 4}
cy1['self'] = cy1
cy2 = [cy1, [cy1]]
del cy1
print(len(cy2))
del cy2
print('collected', gc.collect())
for i3, i3v in enumerate(['x', 'y']):
    L4 = [7]
    print(sys.getrefcount(L4))
    try:
        i3 *= int(0.0)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    pass
for i5 in range(0, 0, -1):
    print({i5, i5})
    pass
else:
    print('loop done')
try:
    print(f0({'d': 0, 'a': 257, 'x': 7}, list(range(0, 4, -1))))
except Exception as e:
    print(repr(e))
L6 = [x - 1 for x in sorted({42, 255}) if x % 2]
v7 = (True + (2**31)) > (99 - (-5))
o8 = C0((-5))
try:
    a9 = L6
    try:
        a9.reverse()
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
    print((0) >> 7)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
print(None)
print({0b1011, -1000})
if not True:
    try:
        u10, u11 = (5,)
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        u10 = u11 = 0
    w12 = 0
    while w12 < 1:
        try:
            print([x + 3 for x in [u11]][u10])
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
        w12 += 1
    pass
else:
    print(len(list('')))
    w13 = 0
    while w13 < 2:
        try:
            print(o8.ref)
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
        pass
        w13 += 1
    pass
try:
    raise Exception('a', 'b')
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print({'a': 4})
s14 = set(range(6))
print([y * 2 for y in [7, 1_000_000, -6] if y != 3])
u15, u16 = sum([255, 2**31]), format(12345678901234567890, 'x')
u15, u16 = u15, u16
try:
    print(o8.y)
except Exception as e:
    print(type(e).__name__, e)
print(o8 is v7, id(o8) == id(v7))
try:
    print(divmod(sum(x * x for x in range(2)), {'c': (-6), 'd': u15, 'd': 1_000_000}.get('d', 42)))
except BaseException as e:
    print(type(e).__name__, e.args)
cy17 = {'x': 3}
cy17['self'] = cy17
cy18 = [cy17, [cy17]]
del cy17
print(len(cy18))
del cy18
print(gc.collect())
print({u15, 2**63})
try:
    print(f0({'key': (-1), 'b': 99, 'd': u15}, [len(s) for s in ['日本', "it's", '€uro']]))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print([])
L19 = [] + ([u15, -1000] + [u15])
