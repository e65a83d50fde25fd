# programFor(900, 96, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __del__(self):
        print('del C0', self.x)
def f0(p0, p1):
    print(list({**p1, 'x': p0}.values()))
    return (p0) ** 4
    return 0
def f1(p0, p1):
    print([str(x) for x in sorted({p0, -1, p0, 4}, key=abs)])
    d0 = {**{**{}, 'c': p0}, 'x': ((p0) ^ ((2**31)))}
    print(sys.getrefcount(d0))
    return chr(117)
    return ''
v1 = (0o17,)
try:
    print(f1(0 - 2, str(True)))
except Exception as e:
    print(type(e).__name__, e.args)
if bool({}):
    print(C0(256))
    for i2 in range(2, 9, 3):
        L3 = format(i2, 'b').split(',')
        pass
    pass
else:
    print([[], 2.25])
    try:
        print('%05d' % ((True + 42),))
    except Exception as e:
        print(type(e).__name__, e)
    pass
L4 = format(10, '05').split()
try:
    print(((0.0) ** 10) * (((-1)) >> 0))
except Exception as e:
    print(type(e).__name__, e.args)
try:
    print(L4.pop())
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
del L4
cy5 = C0(4)
cy6 = C0(3)
cy5.other = cy6
cy6.other = cy5
print(sys.getrefcount(cy5), sys.getrefcount(cy6))
cy5 = None
print(gc.collect())
L7 = [5]
print(sys.getrefcount(L7))
try:
    L7.remove((1000 if False else (-1000)))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
try:
    print(L7.pop())
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(sys.getrefcount(L7))
try:
    print((0b1011) / (0), {**{'key': 42}, 'x': 7}, sep=', ', end='.\n')
except Exception as e:
    print(type(e).__name__, e)
print(100.0)
u8, u9 = (0x1F) * (5), repr([{'key': 1, 'a': (-2**63)}, ['é', 'line\nbreak'], [1_000_000, 4, 3, 1_000_000]])
u8, u9 = u8, u9
if format(u8, ',').startswith('a'):
    try:
        v10 = (1 - (2**63)) - ((u8) & ((2**63)))
    except BaseException as e:
        print(repr(e))
        v10 = 0
    print(list(u9), [], sep=', ', end='.\n')
    pass
v11 = sum(L7)
try:
    assert (10**18) >= u8 >= v11, 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    assert isinstance(None, str), f"value {1 + 2}"
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print(v11 is u9, id(v11) == id(u9))
try:
    L7[-2] = -5
except Exception as e:
    print(type(e).__name__, e.args)
print(L7 + list(reversed([99, 42, v11, v11])))
a12 = L7
print(a12 is L7, a12 == L7)
print({y: y ** 2 for y in list(range(3, 0, -1))})
w13 = 0
while w13 < 1:
    try:
        raise NameError()
    except NameError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    for i14 in u9:
        print(a12 + a12, C0(99), end='!\n')
        try:
            L7[2] = u9.count('z')
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
        pass
    pass
    w13 += 1
