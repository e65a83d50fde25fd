# programFor(900, 116, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C0', self.x)
def f0(p0):
    s0 = set(list(reversed(p0)))
    if ((1_000_000) * (255)) <= len(s0) >= min(2, 100):
        cy1 = [[] for _ in range(5)]
        for i in range(5):
            cy1[i].append(cy1[(i + 1) % 5])
        cy2 = cy1[0]
        del cy1
        print(sys.getrefcount(cy2))
        pass
        print(gc.collect())
        pass
    return 'mixed Case' + 'tab\there'
    return ''
def f1(p0):
    for i3 in range(1, 9, 3):
        L4 = list(reversed((p0 + p0)))
        L4 = [i3, 0] * 0
        pass
    return sum(p0)
    return 0
try:
    L5 = [4]
    print(sys.getrefcount(L5))
    a6 = L5
    pass
    print([5][(10**18)])
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc7([], [])))
print({y: y ** 2 for y in [2, -1, -7] * 0})
print({0b1011, 2**31, 0, 99})
L8 = [C0((-7))]
for i9, i9v in enumerate('abc'):
    cy10 = []
    cy10.append(cy10)
    print(cy10, sys.getrefcount(cy10))
    del cy10
    print(gc.collect())
    pass
try:
    assert 257 >= 2, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
if True:
    for i12 in range(0, 9, 3):
        print(tuple(([i12] + [i12, -7, -2**63, i12])))
        try:
            del L8[0]
        except BaseException as e:
            print(type(e).__name__, e.args)
        v13 = 256
        pass
        if i12 == 2:
            break
    for i14 in range(0, 0, -1):
        print({k: v for k, v in zip(sorted([]), [][:2:3])})
        try:
            print(L8.pop())
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
    pass
else:
    for i15 in range(1, 6):
        try:
            print(L8.pop())
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        try:
            assert True, 'failed'
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        v16 = None
        pass
    pass
try:
    L8.remove('key' in {})
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print(C0(2))
try:
    print(L8.pop())
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
print([])
del L8
for i17 in range(0):
    try:
        raise IndexError('a', 'b')
    except IndexError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    cy18 = C0(2)
    cy19 = C0(8)
    cy18.other = cy19
    cy19.other = cy18
    print(sys.getrefcount(cy18), sys.getrefcount(cy19))
    cy18 = None
    print(gc.collect())
    for i20 in '€uro':
        print(((-(i17))) >> 3)
        try:
            print(f0([i17, 12345678901234567890]))
        except BaseException as e:
            print(type(e).__name__, e)
        try:
            assert i20 <= i20, f"value {1 + 2}"
        except BaseException as e:
            print(type(e).__name__, e)
        pass
    pass
try:
    print(tuple([4, 1_000_000, 5, 42]))
    pass
    print([1_000_000, 257][1])
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
L21 = list(range(3, 0))
print(''.swapcase())
try:
    print(f0(list(range(2, 6, 2))))
except BaseException as e:
    print(repr(e))
try:
    L21.remove((257) << 8)
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
del L21
v22 = '{} and {}'.format(None, True) * 0
w23 = 0
while w23 < 4:
    v22 += v22
    try:
        print("it's"[1].startswith('é'))
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
    w23 += 1
print(tuple([4, -1, 255, 1_000_000]))
w24 = 0
while w24 < 1:
    try:
        raise IndexError(f'{1 + 1}')
    except IndexError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    try:
        raise AssertionError('x' * 3)
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
    w24 += 1
o25 = C0(4)
