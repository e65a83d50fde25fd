# programFor(900, 92, 25): src/fuzz/differential.ts
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
    if 'a'.startswith('ab'):
        print(p1 is p1, id(p1) == id(p1))
        pass
    else:
        print(True)
        d0 = dict(b=sum(x * x for x in range(5)), key=((0x1F) * ((2**31))))
        pass
    print({y % 3 for y in list(reversed(p0))})
    return 'hello'.zfill(4)
    return ''
def f1(p0, p1):
    try:
        raise RuntimeError('x' * 3)
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    return ((-7)) * (7)
    return 0
v1 = None
try:
    v2 = round((((1/3)) ** -1))
except Exception as e:
    print(type(e).__name__, e)
    v2 = 0
cy3 = [[] for _ in range(4)]
for i in range(4):
    cy3[i].append(cy3[(i + 1) % 4])
cy4 = cy3[0]
del cy3
print(sys.getrefcount(cy4))
cy4 = 1
print('collected', gc.collect())
v5 = None
print(sum([]), sum([4, v2]), end='!\n')
def rc6(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc6([])
v7 = (v2,)
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc8([])
print(sys.getrefcount(keep))
if (False or (not True)):
    v9 = 'key' in dict(a=(-5), key=42)
    pass
else:
    print(sum(y for y in list(range(0, 4, 3)) if y > 0))
    print(v7 is v2, id(v7) == id(v2))
    pass
cy10 = C0(3)
cy11 = C0(2)
cy10.other = cy11
cy11.other = cy10
print(sys.getrefcount(cy10), sys.getrefcount(cy11))
cy11 = cy10 = 0
print(gc.collect())
cy12 = C0(1)
cy12.me = cy12
cy12.tail = [C0(8), {'k': [1, 2]}]
cy12 = None
print('collected', gc.collect())
o14 = C0(v2)
try:
    print(((v2) / (0o17)) - abs(123456789.125))
except Exception as e:
    print(type(e).__name__, e)
del v2
try:
    print(f1(sorted({42, 7, 255}, reverse=True), 'zz'))
except Exception as e:
    print(repr(e))
v15 = None
cy16 = []
cy16.append(cy16)
print(cy16, sys.getrefcount(cy16))
del cy16
print(gc.collect(), gc.collect())
try:
    print(f0([7, 4] * 0, {'c': (-7), 'd': (-5)}))
except Exception as e:
    print(type(e).__name__, e)
try:
    assert (1/3) >= (-1000), 'failed'
except BaseException as e:
    print(type(e).__name__, e)
try:
    u18, *u19 = list(v7)
except Exception as e:
    print(type(e).__name__, e.args)
    u18, u19 = 0, []
try:
    try:
        raise ValueError('boom')
    except ValueError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    print(o14)
    pass
    print(-(u18))
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
finally:
    print('finally')
print(min(u19 + u19, default=None), max(u19 + u19, default=-1))
try:
    try:
        print(C0(u18))
    except Exception as e:
        print(type(e).__name__, e)
    pass
    print(1000)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
for i20 in range(0, 6):
    print(list('ab'), 7.0 * (-7), sep='')
    pass
try:
    print(f1(u19[:-4:2], format((-2**63), '05')))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
