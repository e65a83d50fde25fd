# programFor(900, 108, 25): src/fuzz/differential.ts
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
    def __del__(self):
        print('del C1', self.x)
try:
    print((-(255)) > [1_000_000, 0b1011][1000])
except BaseException as e:
    print(type(e).__name__, e.args)
print({y % 3 for y in [3, (-2**63)]})
for i0 in range(1, 0, -1):
    try:
        v1 = ((1.5) ** 3) * round(0.1, 0)
    except Exception as e:
        print(repr(e))
        v1 = 0.0
    if bool(sum([i0])):
        print({2**31, 42}, list({'d': i0, 'b': i0, 'd': 12345678901234567890}.items()), end='!\n')
        try:
            raise TypeError('')
        except TypeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
    pass
else:
    print('loop done')
try:
    print(len({'d': 2, 'key': 1_000_000}) >= int(0.5) == (257 if True else 257))
except Exception as e:
    print(type(e).__name__, e)
L2 = [4]
print(sys.getrefcount(L2))
L2[1:3] = [sum(L2)]
print({**{'b': (-7), 'x': 1000, 'x': (-5)}.copy(), 'd': ((-7) + (2**31))})
cy3 = C1(7)
cy3.me = cy3
cy3.tail = [C1(0), {'k': [1, 2]}]
cy3 = None
print(gc.collect(), gc.collect())
try:
    print(C0(1_000_000))
except Exception as e:
    print(type(e).__name__, e)
def rc5(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc5(L2, L2)))
print(list(range(1, 2, -1)))
L2.append(42 + 100)
a6 = L2
print(a6 is L2, a6 == L2)
L7 = [2**63, 42, 2**63]
print('' in 'ab')
try:
    L8 = []
    a9 = L2
    print(a9 is L2, a9 == L2)
    pass
    print(sum(L7))
except Exception as e:
    print('caught', type(e).__name__, e)
print((2,), tuple(L7), end='!\n')
for i10 in list(a6):
    try:
        u11, *u12 = list({'d': 0b1011}.values())
    except Exception as e:
        print(repr(e))
        u11, u12 = 0, []
    print(min([], default=None), max([], default=-1))
    try:
        L13 = list({256, u11}) + [i10, i10]
        pass
        print(10 // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    pass
w14 = 0
while w14 < 5:
    print({y: y ** 2 for y in [-6, 257, 0b1011]})
    if '' in 'naïve'.center(11, '-'):
        try:
            print(a6.index(sum(L7)))
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
    else:
        try:
            raise KeyError('boom')
        except KeyError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        cy15 = [[] for _ in range(5)]
        for i in range(5):
            cy15[i].append(cy15[(i + 1) % 5])
        cy16 = cy15[0]
        del cy15
        print(sys.getrefcount(cy16))
        pass
        print('collected', gc.collect())
        pass
    pass
    w14 += 1
try:
    print(abs(round(2.0)))
except Exception as e:
    print(type(e).__name__, e)
if True:
    print(C1(3))
    a17 = L2
    print(a17 is L2, a17 == L2)
    pass
elif '👍' < '42':
    if not ({256} is not {0, 0}):
        cy18 = [[] for _ in range(4)]
        for i in range(4):
            cy18[i].append(cy18[(i + 1) % 4])
        cy19 = cy18[0]
        del cy18
        print(sys.getrefcount(cy19))
        cy19 = 1
        print(gc.collect(), gc.collect())
        pass
    else:
        try:
            L2[-1] = (2**31) - 1000
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        pass
    pass
try:
    print(sum(x * x for x in range(0)))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    L7[0] = sum(x * x for x in range(1))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
for i20 in 'line\nbreak':
    print(abs(1e16), None, sep='')
    pass
else:
    print('loop done')
try:
    d21 = {'a': 255, 'key': 2}
    pass
    print(1)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
