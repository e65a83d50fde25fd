# programFor(900, 4, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0):
    for i0 in range(1, 6):
        try:
            v1 = (float((-6))) ** -1
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
            v1 = 0.0
        L2 = [i0, p0, p0]
        pass
    return 0o17
    return 0
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc3([], [])))
try:
    print(f0(2**31))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
v4 = 1e300
v5 = 0.2
for i6 in 'line\nbreak':
    for i7 in range(2):
        L8 = []
        print({'a': i7, 'x': 12345678901234567890})
        try:
            raise IndexError('x' * 3)
        except IndexError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
    else:
        print('loop done')
    try:
        v9 = i6[2][12345678901234567890]
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        v9 = ''
    print(v5 is i6, id(v5) == id(i6))
    pass
try:
    assert 256 in [5, -1000], 'failed'
except Exception as e:
    print(repr(e))
del v4
try:
    print(f0(((-1)) * (100)))
except Exception as e:
    print(type(e).__name__, e)
w10 = 0
while w10 < 3:
    w11 = 0
    while w11 < 2:
        try:
            raise RuntimeError(42)
        except RuntimeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        print(C0((-1)))
        pass
        w11 += 1
    pass
    w10 += 1
v12 = 'x y z'
try:
    assert 1 in [1_000_000, 256], 'failed'
except Exception as e:
    print(repr(e))
print(C0(5))
for i13 in range(0):
    try:
        u14, u15 = (i13, i13)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
        u14 = u15 = 0
    print((), None)
    print(str(4))
    pass
    if i13 == 2:
        break
try:
    assert v12.endswith('é'), 'x'
except BaseException as e:
    print(type(e).__name__, e)
print(v12 is v12, id(v12) == id(v12))
try:
    v16 = v12.rjust(2, '*')[0]
except Exception as e:
    print(type(e).__name__, e.args)
    v16 = ''
L17 = list(reversed([1_000_000, 0x1F, 100]))
v18 = True
try:
    u19, *u20 = [-5, -1000]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
    u19, u20 = 0, []
for i21 in range(2):
    try:
        raise ZeroDivisionError('boom')
    except ZeroDivisionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    def rc22(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc22(L17)
    print(sys.getrefcount(keep))
    pass
if ', '.join(['a', 'mixed Case']) <= (v12 * 0):
    v12 += str(u19)
    print([str(x) for x in L17])
    pass
print(())
if isinstance((), float):
    if not v18:
        try:
            assert 'o' in v16, 'failed'
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e)
        cy23 = [[] for _ in range(4)]
        for i in range(4):
            cy23[i].append(cy23[(i + 1) % 4])
        cy24 = cy23[0]
        del cy23
        print(sys.getrefcount(cy24))
        del cy24
        print(gc.collect(), gc.collect())
        pass
    elif u19 > u19 != 100:
        print(sys.getrefcount(u20))
        pass
    pass
else:
    print({x % 5 for x in (u20 * 2)})
    pass
print([[y] * 2 for y in list(())][:3])
try:
    L17.sort()
except Exception as e:
    print(type(e).__name__, e.args)
