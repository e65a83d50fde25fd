# programFor(900, 77, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
w0 = 0
while w0 < 4:
    cy1 = []
    cy1.append(cy1)
    print(cy1, sys.getrefcount(cy1))
    del cy1
    print(gc.collect(), gc.collect())
    print([0x1F][::-2] * 1)
    pass
    w0 += 1
print(sum(y for y in [] if y > 0))
v3 = None
del v3
print(C0(1_000_000))
print(list(("it's" * 2)))
v4 = 1.5
s5 = {x % 5 for x in [len(s) for s in ['ab', 'zz', 'zz']]}
if all(x != 255 for x in [12345678901234567890, 0o17]):
    for i6 in range(1, 6):
        cy7 = []
        cy7.append(cy7)
        print(cy7, sys.getrefcount(cy7))
        del cy7
        print(gc.collect())
        pass
    print(s5)
    pass
print([c for c in 'ß' if c not in 'a'])
print(C0(7), 'Hello World'.split(' '), sep=' | ')
print(list({'x': (-5), 'd': 0o17, 'a': 100}.items()), v4 * (-2**63), sep=' | ')
print([x * 1 for x in [] if x % 2][:1:2])
L9 = list({k: v for k, v in zip(['ABC', '  pad  '], [])}.keys())
cy10 = C0(5)
cy10.me = cy10
cy10.tail = [C0(5), {'k': [1, 2]}]
cy10 = None
print(gc.collect())
print({**{'key': 12345678901234567890, 'b': 7}, 'a': (-5)}.copy())
w12 = 0
while w12 < 1:
    print(C0(4))
    pass
    w12 += 1
s5.add(min((-7), 99))
for i13, i13v in enumerate(['x', 'y']):
    s5 = set(range(3))
    w14 = 0
    while w14 < 4:
        L9 = str(i13).split(',')
        pass
        w14 += 1
    try:
        assert 'ß'.endswith(','), 'failed'
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    pass
a15 = L9
try:
    raise NameError('x' * 3)
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print([(i, y) for i, y in enumerate([4])])
print(sys.getrefcount(a15))
try:
    s5.update([12345678901234567890, 0, -5, 10])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
if (any(x < 1000 for x in []) and all(x >= 1_000_000 for x in [5, 10, 0b1011, -1000])):
    w16 = 0
    while w16 < 5:
        try:
            print(s5.pop())
        except Exception as e:
            print(type(e).__name__, e.args)
        try:
            raise IndexError('boom')
        except IndexError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
        w16 += 1
    pass
else:
    for i17 in range(3):
        try:
            v18 = ('%05d' % (i17,)).startswith('a')
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e)
            v18 = False
        pass
        if i17 == 2:
            break
    else:
        print('loop done')
    print(C0(0b1011))
    pass
