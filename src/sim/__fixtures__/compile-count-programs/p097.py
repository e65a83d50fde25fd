# programFor(900, 97, 25): src/fuzz/differential.ts
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
def f0(p0, p1):
    print(repr(C0(3)))
    try:
        print(divmod((2**31), 0) + divmod(0b1011, (2**63)))
    except Exception as e:
        print(type(e).__name__, e)
    return 'Hello World'[4:0]
    return ''
def f1(p0):
    cy0 = C0(7)
    cy1 = C0(2)
    cy0.other = cy1
    cy1.other = cy0
    print(sys.getrefcount(cy0), sys.getrefcount(cy1))
    del cy0, cy1
    print('collected', gc.collect())
    print(1.5 * 255, None)
    return 'line\nbreak'
    return ''
try:
    v2 = {'b': 0o17, 'key': 7}['c'] - (-(42))
except Exception as e:
    print(type(e).__name__, e.args)
    v2 = 0
try:
    print(f1({'d': v2, 'c': 100}))
except Exception as e:
    print(type(e).__name__, e.args)
v3 = 'back\\slash'
try:
    v4 = (((10**18) - v2)) % ([][v2])
except Exception as e:
    print(repr(e))
    v4 = 0
del v2
def rc5(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc5([])
print(sys.getrefcount(keep))
L6 = list('Hello World')
print(sys.getrefcount(L6))
print(-((v4 - 0x1F)))
v7 = C0(0x1F) is C0((-1))
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc8(L6)
try:
    for i9 in range(1, 9, 3):
        try:
            print(f0({s: len(s) for s in L6}, {'key': (-7), 'b': v4}))
        except BaseException as e:
            print(repr(e))
        try:
            print((i9, -2**63, 2), divmod(v4, 1000))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        print(list({'b': v4}.values()) + list((i9, i9)))
        pass
    print(sys.getrefcount(L6))
    pass
    print(v4 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
print(L6)
print(C0(v4))
w10 = 0
while w10 < 1:
    print(sys.getrefcount(L6))
    pass
    w10 += 1
print(C0(256))
try:
    print([-5])
    pass
    print(sum(x * x for x in range(1)))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
print([-7, 7, v4])
print([(v4,), v4, {}], C0(1000), sep=' | ')
v11 = (v4,)
for i12 in range(2):
    v7 = abs(0.1) != min(i12, 257)
    pass
    if i12 == 2:
        continue
try:
    assert 5 < v4, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
w13 = 0
while w13 < 5:
    print(sys.getrefcount(L6))
    try:
        L6.clear()
        try:
            u14, u15 = (v4) % (v4), v3.zfill(1)
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
            u14, u15 = 0, ''
        u14, u15 = u14, u15
        pass
        print((v4) // (v4))
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    pass
    w13 += 1
for i16 in v3:
    try:
        u17, u18 = divmod(0b1011, v4)
    except BaseException as e:
        print(type(e).__name__, e.args)
        u17 = u18 = 0
    pass
if isinstance({2**63, v4, v4, v4}, (int, float)):
    if False:
        print((v4, 1_000_000))
        pass
    else:
        v4 -= sum(x * x for x in range(3))
        pass
    try:
        v19 = min(((v4) ** 2), [][v4])
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
        v19 = 0
    pass
elif v4 != 7 == 0b1011:
    print({**{'b': v4}, 'd': v4}, [10, 2, v4], end='!\n')
    pass
else:
    if v4 < 'Hello World'.rfind('o'):
        v11 = tuple([v4, (2**63)])
        pass
    else:
        print(v3 is v7, id(v3) == id(v7))
        pass
    print(tuple([len(s) for s in L6]))
    pass
