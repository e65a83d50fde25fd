# programFor(900, 52, 25): src/fuzz/differential.ts
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
    def __del__(self):
        print('del C0', self.x)
def f0(p0):
    try:
        raise ZeroDivisionError('')
    except ZeroDivisionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    return '  pad  '.rjust(10, '-')
    return ''
def f1(p0):
    L0 = []
    p0 = p0
    del L0
    return sum([2, 12345678901234567890])
    return 0
o1 = C0(0x1F)
o1.ref = o1
try:
    u2, u3 = (2**63, -1000)
except BaseException as e:
    print(repr(e))
    u2 = u3 = 0
L4 = [len(s) for s in []]
print(set(range(9)))
o1.x = (1 if False else (2**31))
try:
    v5 = (0x1F, u3, 2**63)
except BaseException as e:
    print(repr(e))
    v5 = ()
print(o1.x, o1.get(), o1.kind, type(o1).__name__)
a6 = L4
print(a6 is L4, a6 == L4)
print([(i, y) for i, y in enumerate(list(()))])
try:
    assert 'tab\there' != '', 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
v7 = 'tab\there'.rfind('') != ((u3) * (u3))
try:
    print((L4 + L4)[u3])
except Exception as e:
    print(type(e).__name__, e)
L4 += [u2, u3] * 1
print(a6 is v5, id(a6) == id(v5))
try:
    del a6[1]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
L4.clear()
if (v7 + (-5)) <= (-(42)):
    print(len(a6 * 1))
    pass
else:
    L8 = []
    pass
try:
    print(f0([100, 4, -7, u3] * 2))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
for i9 in range(0):
    print(round((-3.75), 0) < o1.x)
    try:
        print('mixed Case'[i9], C0((-1)), sep='')
    except Exception as e:
        print(type(e).__name__, e.args)
    try:
        raise AssertionError('')
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
else:
    print('loop done')
for i10 in range(1):
    for i11 in range(2, 0, -1):
        print(None)
        print(u3 is i11, id(u3) == id(i11))
        pass
    pass
v12 = f0([3, 0b1011, u3])[::-1]
print(sys.getrefcount(a6))
print(v12 is a6, id(v12) == id(a6))
cy13 = C0(8)
cy14 = C0(4)
cy13.other = cy14
cy14.other = cy13
print(sys.getrefcount(cy13), sys.getrefcount(cy14))
cy13 = None
print('collected', gc.collect())
raise ValueError('the end')
