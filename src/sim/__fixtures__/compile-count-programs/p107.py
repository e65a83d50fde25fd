# programFor(900, 107, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0, p1=''):
    v0 = (10,)
    return 3
    return 0
def f1(p0, p1):
    if False:
        p0 += repr({1, -6, 2**31})
        pass
    elif ' ' in p0:
        p0 += '-'.join(['3.5', 'a,b,c', 'naïve'])
        pass
    try:
        return p1['b']
    except Exception as e:
        print(type(e).__name__, e)
    return 0
L1 = [7]
print(sys.getrefcount(L1))
if isinstance(bool({'c': 0x1F}), (int, float)):
    try:
        L1.remove([0o17][100])
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
L2 = ['x y z', '\x00']
print([L2, bool({10, -1000, -6})])
print(L1 is L1, id(L1) == id(L1))
print(sys.getrefcount(L1))
L1 += [7, 2]
try:
    print(f1("it's".rjust(7, '-'), {k: v for k, v in zip(L2, [])}))
except BaseException as e:
    print(repr(e))
a3 = L1
w4 = 0
while w4 < 5:
    v5 = float(sum(x * x for x in range(4)))
    pass
    w4 += 1
try:
    assert all(x == 0 for x in L1), 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
del L2
L6 = [len(s) for s in list('tab\there')]
for i7 in range(0, 0, -1):
    print([y * 2 for y in list(range(0, 4, 2)) if y != 3])
    print({y: y ** 2 for y in [i7, (-2**63)]})
    pass
del L1
try:
    u8, u9 = divmod(1000, 4)
except Exception as e:
    print(type(e).__name__, e)
    u8 = u9 = 0
try:
    raise ValueError('boom')
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
a10 = L6
try:
    raise RuntimeError(f'{1 + 1}')
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    u9 = [u9, 12345678901234567890, 1, u9][u8]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    v11 = (((5) >> 2)) / (((99) // (u8)))
except Exception as e:
    print(type(e).__name__, e.args)
    v11 = 0.0
try:
    print(((-0.0)) / (v11), {k: v for k, v in zip(['zz', '€uro', 'x y z'], L6)}, sep='')
except Exception as e:
    print(type(e).__name__, e)
a12 = L6
a12 = list(range(2, 7))
for i13 in list(a10):
    print(sorted({'key': u9, 'd': u9, 'd': (10**18)}))
    try:
        v14 = 'a' in '{} and {}'.format(set(), (u8, u8, u9))
    except BaseException as e:
        print(repr(e))
        v14 = False
    pass
