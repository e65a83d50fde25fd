# programFor(900, 7, 25): src/fuzz/differential.ts
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
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C1', self.x)
try:
    u0, u1 = (0b1011,)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    u0 = u1 = 0
try:
    print(((-0.0)) ** -1)
except BaseException as e:
    print(type(e).__name__, e.args)
L2 = [C1(u1), 0x1F]
L3 = ['']
L2.insert(-2, isinstance(None, list))
print(min([u1, u1][::-1], default=None), max([u1, u1][::-1], default=-1))
try:
    print(None)
    pass
    print((u1) // ((-1)))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
v4 = sum([3][3::2])
w5 = 0
while w5 < 4:
    try:
        raise ValueError(f'{1 + 1}')
    except ValueError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    try:
        print(1e300)
        print(C0(v4))
        pass
        print(-1 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('finally')
    pass
    w5 += 1
    if w5 == 2:
        break
d6 = {'key': (10**18), 'key': v4, 'a': v4}
print(L2 is L3, id(L2) == id(L3))
w7 = 0
while w7 < 5:
    u8, u9 = 100, '42' + 'ABC'
    u8, u9 = u8, u9
    L10 = [u8, -6, 12345678901234567890, u8]
    pass
    w7 += 1
try:
    del L3[0]
except Exception as e:
    print(type(e).__name__, e)
if isinstance((0.5 >= u0), dict):
    print(C0((-7)))
    s11 = set(range(7))
    pass
elif (False or True):
    try:
        d6 = {**d6, 'a': ((v4) % ((-5)))}
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    pass
else:
    try:
        v12 = ({u0} == set()) + 1
    except BaseException as e:
        print(type(e).__name__, e)
        v12 = 0
    pass
print([5, 10**18, u0] * 0, (7, u1, u1), sep=', ', end='.\n')
o13 = C0(10)
try:
    raise RuntimeError('x' * 3)
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(set(list(reversed([]))))
cy14 = C0(0)
cy15 = C0(6)
cy14.other = cy15
cy15.other = cy14
print(sys.getrefcount(cy14), sys.getrefcount(cy15))
cy14 = None
print(gc.collect(), gc.collect())
print([[y] * 2 for y in [][:1:3]][:3])
if {'key': u1, 'a': u1, 'c': v4}.get('key', 12345678901234567890) <= 7:
    v16 = '日本'
    pass
elif any(x >= u0 for x in [v4, u1, 3, u1]):
    try:
        assert (True and True), 'failed'
    except Exception as e:
        print(type(e).__name__, e)
    pass
cy17 = C0(1)
cy18 = C0(3)
cy17.other = cy18
cy18.other = cy17
print(sys.getrefcount(cy17), sys.getrefcount(cy18))
del cy17
print(gc.collect())
if not isinstance('日本', str):
    d19 = {k: v for k, v in zip(list(d6.keys()), list(reversed([42, u0, -1, 255])))}
    v20 = 255
    pass
else:
    for i21 in list(L3):
        L2.clear()
        v22 = 'd' in d6.copy()
        pass
    u1 -= (v4 if False else u0)
    pass
v23 = chr(122).strip()
L24 = [(2.25 * u0), set(range(8))]
