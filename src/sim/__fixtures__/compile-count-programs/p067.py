# programFor(900, 67, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C0', self.x)
def f0(p0=[]):
    def rc0(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc0(p0)
    print(list({k: v for k, v in zip(['ABC', 'naïve', 'zz'], p0)}.items()))
    return 'é'
    return ''
for i1 in range(1):
    try:
        print(divmod(i1, 1) + tuple([255]))
    except BaseException as e:
        print(repr(e))
    pass
u2, u3 = 255, str((-2**63))
u2, u3 = u2, u3
try:
    print(f0([x - 1 for x in [-7]]))
except BaseException as e:
    print(repr(e))
print([(i, y) for i, y in enumerate([u2, u2, 256][4:2:2])])
try:
    print([c for c in '%s!' % (u2,) if c not in ' '])
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    raise TypeError(42)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
for i4 in range(2, 0, -1):
    for i5, i5v in enumerate('abc'):
        try:
            print(repr({0, 0}))
        except Exception as e:
            print(repr(e))
        pass
    v6 = 255
    L7 = [0]
    print(sys.getrefcount(L7))
    pass
else:
    print('loop done')
try:
    assert (True or True), 'x'
except BaseException as e:
    print(repr(e))
try:
    print(dict(a=(2**31), key=u2), u3[-2:3:3], sep=' | ')
    pass
    print(abs(255))
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
s8 = {u2, u2, u2} | ({u2} | {1, u2})
if 'a' in {k: v for k, v in zip(['  pad  ', 'Hello World', 'ß'], [u2, u2])}:
    a9 = s8
    cy10 = C0(7)
    cy10.me = cy10
    cy10.tail = [C0(7), {'k': [1, 2]}]
    cy10 = None
    print(gc.collect())
    pass
print([-1])
L12 = f"{1/3:.1%}{256:>6}".split(',')
try:
    u2 -= [u2, 0o17][u2]
except Exception as e:
    print(type(e).__name__, e)
print(C0(u2))
del u3
if False:
    s8 = {x % 2 for x in list(range(1, 2, 3))}
    print([s8])
    pass
else:
    print(sys.getrefcount(s8))
    print(sys.getrefcount(s8))
    pass
L13 = [{0x1F}, None]
for i14 in range(3, 6):
    print({y: y ** 2 for y in [u2] + []})
    w15 = 0
    while w15 < 3:
        cy16 = {'b': 7}
        cy16['self'] = cy16
        cy17 = [cy16, [cy16]]
        del cy16
        print(len(cy17))
        cy17.pop()
        print(gc.collect())
        pass
        w15 += 1
    print(u2 is u2, id(u2) == id(u2))
    pass
def rc18(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc18(L13)
print(sys.getrefcount(keep))
del u2
def rc19(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc19(s8)
print(C0(1))
if 0 >= ((2**31) - 255):
    s8 = set(range(7)) | s8
    if (1e10 * (-2**63)) == (-(99)):
        a20 = L13
        try:
            print(list(dict(c=(-6), key=100).items()))
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
    pass
else:
    print(L13 is L12, id(L13) == id(L12))
    try:
        v21 = max((-1000), (2**63)) - int((-0.0))
    except Exception as e:
        print(type(e).__name__, e.args)
        v21 = 0
    pass
a22 = L13
print(a22 is L13, a22 == L13)
