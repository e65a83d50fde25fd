# programFor(900, 115, 25): src/fuzz/differential.ts
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
    print(max(100, len(p1)))
    print(123456789.125 - 1e300, C0(1), sep=', ', end='.\n')
    return 'a'
    return ''
def f1(p0):
    try:
        u0, u1 = ()
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        u0 = u1 = 0
    L2 = sorted(list({'key': u1, 'b': p0, 'd': (-7)}.keys()))
    try:
        return (u1) % (p0)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    return 0
print({'a': (-1000), 'c': 3})
try:
    s3 = {99} & {1_000_000, 257, 0}
    L4 = ['hello']
    pass
    print(99 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    print(f1(int((-0.0))))
except BaseException as e:
    print(type(e).__name__, e)
L5 = [C0((2**63))]
try:
    raise TypeError('x' * 3)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print((7,) + (1000,), [0, 1], sep='')
print([c for c in 'x y z' if c not in 'z'])
v6 = sum(x * x for x in range(1))
print({y: y ** 2 for y in [(-6), v6]})
try:
    assert v6 == 1, f"value {1 + 2}"
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
w7 = 0
while w7 < 5:
    w8 = 0
    while w8 < 2:
        try:
            v6 |= round(0.0)
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        try:
            assert v6 == 0 > v6, f"value {1 + 2}"
        except Exception as e:
            print(repr(e))
        pass
        w8 += 1
    pass
    w7 += 1
    if w7 == 2:
        break
print(v6 is L5, id(v6) == id(L5))
try:
    print(f0(list({'b': v6, 'b': v6}.values()), 'mixed Case'.rjust(7, '-')))
except Exception as e:
    print(repr(e))
v9 = None
o10 = C0(v6)
try:
    assert ['é', '3.5', 'zz'] is not [], 'failed'
except Exception as e:
    print(type(e).__name__, e.args)
print([y * 2 for y in [x + 4 for x in [1, 7] if x > 1] if y != 3])
L11 = L5
print(o10, C0(v6), sep='')
o12 = C0(12345678901234567890)
print(list('-'.join(['👍', 'ab'])))
if (False and all(x > v6 for x in [])):
    print(v6 is o12, id(v6) == id(o12))
    pass
print(o12 is L5, id(o12) == id(L5))
print({'d': v6, 'c': 1}, None, sep=', ', end='.\n')
if (v6 if False else v6) == min(v6, v6) == len([7, 1]):
    if True:
        L5 = L5
        pass
    elif 'o' in 'back\\slash':
        try:
            assert (1/3) <= (2**63), 'x'
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
        pass
    else:
        a13 = L5
        print(L5 is a13, id(L5) == id(a13))
        pass
    pass
else:
    print(None)
    try:
        o12.x = round(1e300)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    pass
