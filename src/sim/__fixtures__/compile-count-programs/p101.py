# programFor(900, 101, 25): src/fuzz/differential.ts
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
    def __hash__(self):
        return hash(self.x)
def f0(p0):
    try:
        p0 //= (7) ^ (p0)
    except Exception as e:
        print(type(e).__name__, e.args)
    for i0 in range(0, 9, 3):
        print(None)
        print(list({k: v for k, v in zip(['ß'], [])}.keys()))
        print(p0)
        pass
    L1 = sorted('a'.split(','))
    return 42
    return 0
def f1(p0=[]):
    print(None)
    p0.extend([sum(x * x for x in range(4)), sum(x * x for x in range(4))])
    print(p0)
    return min(1, (-1000))
    return 0
v2 = ()
if 'ab' in 'zz':
    print({0o17, 10**18, -1000, 1} & set([-1000, 0x1F, 3]))
    pass
else:
    L3 = [x % 3 for x in ([256] * 1) if x > 1]
    print(C0((-1)))
    pass
w4 = 0
while w4 < 1:
    try:
        v5 = (((2**31) - 4)) // ({}['a'])
    except Exception as e:
        print(type(e).__name__, e)
        v5 = 0
    pass
    w4 += 1
del v2
w6 = 0
while w6 < 2:
    print([C0((-1000)), C0(5)])
    if bool((255 < (-1) < 0o17)):
        try:
            raise TypeError('x' * 3)
        except TypeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
    elif all(x <= 42 for x in []):
        L7 = [9]
        print(sys.getrefcount(L7))
        pass
    else:
        print({'x': 99}, isinstance((), (int, float)), end='!\n')
        print(['line\nbreak', 'back\\slash', 'zz'], 'x y z'.split(' ')[0], sep='')
        pass
    pass
    w6 += 1
    if w6 == 2:
        break
try:
    s8 = {7}
except BaseException as e:
    print(type(e).__name__, e.args)
    s8 = set()
print({'x': 12345678901234567890, 'b': (-2**63)})
try:
    raise AssertionError('')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
L9 = list({'x': 99, 'd': (-2**63), 'x': 0o17}.copy().keys())
try:
    assert (-5) in s8, 'x'
except BaseException as e:
    print(type(e).__name__, e.args)
for i10 in range(1, 9, 3):
    v11 = bool((2, i10, i10))
    d12 = {'c': i10}
    cy13 = [[] for _ in range(5)]
    for i in range(5):
        cy13[i].append(cy13[(i + 1) % 5])
    cy14 = cy13[0]
    del cy13
    print(sys.getrefcount(cy14))
    del cy14
    print('collected', gc.collect())
    pass
cy15 = C0(7)
cy16 = C0(5)
cy15.other = cy16
cy16.other = cy15
print(sys.getrefcount(cy15), sys.getrefcount(cy16))
del cy15, cy16
print(gc.collect())
try:
    print((hash(4)) // (hash(2)))
except Exception as e:
    print(repr(e))
print(-(abs(4)))
del L9
def rc17(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc17(s8)
print(sys.getrefcount(keep))
o18 = C0(5)
v19 = {k: v for k, v in zip(['mixed Case', 'tab\there', 'é'], [-2**63, 100])}.get('c', 2)
a20 = s8
print(a20 is s8, a20 == s8)
print(C0((-5)))
print(None)
try:
    cy21 = C0(6)
    cy21.me = cy21
    cy21.tail = [C0(7), {'k': [1, 2]}]
    cy21 = None
    print(gc.collect())
    try:
        a20.discard(len((v19, 256)))
        pass
        print(v19)
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    pass
    print(10)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
a23 = a20
print(sorted(dict(c=v19, key=v19)))
cy24 = C0(5)
cy25 = C0(8)
cy24.other = cy25
cy25.other = cy24
print(sys.getrefcount(cy24), sys.getrefcount(cy25))
del cy24, cy25
print('collected', gc.collect())
