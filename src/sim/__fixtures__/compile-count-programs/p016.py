# programFor(900, 16, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
L0 = sorted({**{'a': 2, 'd': 256, 'd': (10**18)}, 'd': 0b1011})
try:
    try:
        L0 = sorted({**{'b': 5, 'd': 2, 'a': 3}, 'a': (-6)})
        pass
        print(256 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    pass
    print(4 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
print(sys.getrefcount(L0))
try:
    assert C1((2**63)) is C0((2**63)), 'x'
except Exception as e:
    print(type(e).__name__, e)
print(L0.count('x y z'.rstrip()))
u1, u2 = 4, str(4)
u1, u2 = u1, u2
if format(u1, 'x') == '':
    if ((u1) ** 3) >= len('ß'):
        try:
            L0[2] = repr(True)
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__ + ':', str(e))
        pass
    try:
        raise RuntimeError('')
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
try:
    print(f"{3.14159!r}|{float('1.5'):,.2f}")
except Exception as e:
    print(type(e).__name__, e)
print({x % 3 for x in list({'c': u1, 'x': u1}.values())})
print(list({'c': u1, 'key': u1, 'c': u1}.items()))
try:
    assert 1e16 <= u1, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__, e.args)
try:
    u3, u4 = ()
except BaseException as e:
    print(type(e).__name__, e.args)
    u3 = u4 = 0
print(sys.getrefcount(L0))
try:
    print(L0.pop())
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    u5, *u6 = sorted([], reverse=True)
except Exception as e:
    print(type(e).__name__, e.args)
    u5, u6 = 0, []
del u5
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc7(u6)
cy8 = []
cy8.append(cy8)
print(cy8, sys.getrefcount(cy8))
del cy8
print('collected', gc.collect())
for i10 in list(u6):
    L11 = list(())
    a12 = L11
    print(a12 is L11, a12 == L11)
    pass
else:
    print('loop done')
for i13, i13v in enumerate(['x', 'y']):
    print([C0(u3), [[u2, -0.0, u6], 1e300]])
    pass
o14 = C1(u1)
try:
    assert (False and False), 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
v15 = None
print(v15 is v15, id(v15) == id(v15))
a16 = o14
