# programFor(900, 106, 25): src/fuzz/differential.ts
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
    def __hash__(self):
        return hash(self.x)
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
def f0(p0, p1=''):
    for i0 in p1:
        try:
            print(p0.popitem())
        except Exception as e:
            print(repr(e))
        try:
            p0.update({'d': ((-1)) // (4)})
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
    try:
        assert any(x <= 0x1F for x in [-1, 4, 3, 0b1011]), 'failed'
    except BaseException as e:
        print(repr(e))
    def rc1(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc1(p0, p0)))
    try:
        return p1[1_000_000]
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    return ''
def f1(p0=0):
    print(sorted({'a': p0}))
    print(((p0, 2**31) + ()) + ((-7, p0, p0) + (257, p0, 99)))
    print((p0, p0, p0) + ())
    return True + p0
    return 0
print(['3.5'])
for i2, i2v in enumerate('é€'):
    print(C1(i2))
    pass
else:
    print('loop done')
for i3 in '👍':
    try:
        print(f0({'a': (-1000), 'c': (-1), 'key': 257}, i3.replace('z', 'ab')))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    print(abs(0.0) >= len({}))
    pass
o4 = C1(7)
w5 = 0
while w5 < 3:
    for i6 in range(3, 6):
        try:
            assert 5 != i6 < i6, 'failed'
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
    print([{k: v for k, v in zip(['é', '€uro'], [])}, set()])
    pass
    w5 += 1
for i7 in range(2, 0, -1):
    print({s: len(s) for s in ['a', '👍']}, [10, i7, i7, i7], end='!\n')
    cy8 = C1(4)
    cy9 = C1(3)
    cy8.other = cy9
    cy9.other = cy8
    print(sys.getrefcount(cy8), sys.getrefcount(cy9))
    del cy8
    print('collected', gc.collect())
    w10 = 0
    while w10 < 3:
        print(None)
        try:
            print(o4.ref)
        except Exception as e:
            print(repr(e))
        pass
        w10 += 1
        if w10 == 2:
            break
    pass
    if i7 == 2:
        continue
v11 = (((12345678901234567890) * (257))) >> 0
print(sys.getrefcount(o4))
cy12 = C1(7)
cy12.me = cy12
cy12.tail = [C1(5), {'k': [1, 2]}]
cy12 = None
print('collected', gc.collect())
try:
    print(o4.missing)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
try:
    v14 = (((0.0) ** -1)) // (round(2.0, 3))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    v14 = 0.0
print(o4)
print(set() ^ set([1_000_000, -7]))
if 'd' in {**{'b': v11, 'x': 2, 'c': v11}, 'b': 256}:
    for i15 in range(0, 0, -1):
        print(('d' in {'a': v11, 'a': 2}) + 10)
        print(C1((2**31)))
        pass
    pass
elif isinstance((v11,), C1):
    cy16 = C1(6)
    cy16.me = cy16
    cy16.tail = [C1(7), {'k': [1, 2]}]
    cy16 = None
    print('collected', gc.collect())
    pass
else:
    print(C1(v11))
    pass
del v14
try:
    raise ValueError('x' * 3)
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    v11 = (len({'a': 1000})) * (sum([]))
    pass
    print(True + v11)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
L18 = []
a19 = o4
w20 = 0
while w20 < 1:
    for i21 in 'mixed Case':
        v22 = None
        try:
            print(bool({'c': (-7), 'key': v11, 'x': v11}['b']))
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
    pass
    w20 += 1
if 'z' in repr(0.1):
    print(L18 is L18, id(L18) == id(L18))
    try:
        print(f0({**{}, 'b': v11}, 'mixed Case'.replace(' ', '')))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
elif any(x == 7 for x in L18):
    print({y % 3 for y in list(set())})
    pass
print(list(zip(sorted(L18, key=abs), list({}.keys()))))
try:
    print(a19.ref)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
L23 = list(reversed(L18))
print([])
