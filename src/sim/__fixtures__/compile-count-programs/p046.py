# programFor(900, 46, 25): src/fuzz/differential.ts
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
def f0(p0, p1):
    v0 = len('-'.join(['\x00', '42', 'ABC']))
    return (v0) ^ (v0)
    return 0
def f1(p0):
    try:
        try:
            print(divmod(p0, 1) + divmod(p0, p0))
        except BaseException as e:
            print(type(e).__name__, e)
        print(set(range(7)))
        pass
        print(p0 // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    return p0 - p0
    return 0
try:
    print(str(divmod(0o17, 7)))
except Exception as e:
    print(type(e).__name__, e.args)
try:
    v1 = (((7.0) ** -1)) % (round((1/3), 1))
except Exception as e:
    print(type(e).__name__, e.args)
    v1 = 0.0
print([y * 2 for y in [12345678901234567890, 1_000_000, 99, 3] + [0o17, -2**63, -1000, 3] if y != 3])
v1 = v1
v2 = '€uro'.replace('z', 'ab')
del v1
print({'b': (-1), 'c': 2})
print((0 - 0b1011) in {2, 1000, 10, 10})
print(list({}.keys()), set([257, 0o17]), end='!\n')
print([bool([-7]), tuple([100, 255, 0b1011])])
print(-((-2**63)), sorted({'c': 0x1F, 'key': 2, 'd': 5}), end='!\n')
try:
    raise AssertionError(f'{1 + 1}')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
print({y: y ** 2 for y in list({}.values())})
try:
    print(f0({'c': (-1000)}.copy(), {s: len(s) for s in []}))
except BaseException as e:
    print(repr(e))
v3 = (255,)
if not (False or True):
    L4 = [8]
    print(sys.getrefcount(L4))
    pass
elif 1000 < 2 != 7:
    try:
        try:
            u5, *u6 = list(reversed([0o17, -7]))
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
            u5, u6 = 0, []
        pass
        print((42) ** 4)
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    pass
try:
    u7, *u8 = list(range(0, 2, 2))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
    u7, u8 = 0, []
u8 = sorted(list({'b': u7, 'key': u7}.values()), key=lambda v: -v)
try:
    u8[-1] = [u7, u7, u7][0b1011]
except Exception as e:
    print(repr(e))
cy9 = C0(0)
cy10 = C0(2)
cy9.other = cy10
cy10.other = cy9
print(sys.getrefcount(cy9), sys.getrefcount(cy10))
del cy9
print(gc.collect(), gc.collect())
print(sum(y for y in u8 * 0 if y > 0))
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc11(u8)
try:
    print(f0({}, dict(c=(-7), key=u7)))
except Exception as e:
    print(type(e).__name__, e.args)
if isinstance(u8, (int, float)):
    v12 = v3
    def rc13(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    keep = rc13(u8)
    print(sys.getrefcount(keep))
    pass
elif v2 >= v2:
    w14 = 0
    while w14 < 2:
        u8 += [256, u7]
        a15 = u8
        print(a15 is u8, a15 == u8)
        pass
        w14 += 1
        if w14 == 2:
            break
    pass
def rc16(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc16(u8, u8)))
