# programFor(900, 89, 25): src/fuzz/differential.ts
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
try:
    u0, u1 = (10) * (5), '{} and {}'.format({1000, 10}, {99, 0b1011, -1000, 4})
except Exception as e:
    print(type(e).__name__, e.args)
    u0, u1 = 0, ''
u0, u1 = u0, u1
print({x % 1 for x in [-7, u0]}, {}, sep=' | ')
try:
    assert False, 'x'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    u1 = str(((u0) // ((-7))))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
cy2 = []
cy2.append(cy2)
print(cy2, sys.getrefcount(cy2))
del cy2
print('collected', gc.collect())
try:
    v4 = None
except Exception as e:
    print(type(e).__name__, e.args)
    v4 = None
L5 = [7]
print(sys.getrefcount(L5))
for i6 in list(L5):
    L7 = sorted(['€uro'])
    print(u0 is i6, id(u0) == id(i6))
    a8 = L7
    print(a8 is L7, a8 == L7)
    pass
print((sum(x * x for x in range(0))) >> 8)
print([{'c': u0, 'c': u0}, True])
print(sys.getrefcount(L5))
a9 = L5
print(a9 is L5, a9 == L5)
try:
    assert (False and True), 'x'
except BaseException as e:
    print(type(e).__name__, e)
w10 = 0
while w10 < 4:
    v11 = () + tuple([u0, 257])
    if 'b' in {s: len(s) for s in ['  pad  ', 'ab', '€uro']}:
        print(True)
        pass
    elif (True or True):
        print(sys.getrefcount(a9))
        pass
    pass
    w10 += 1
cy12 = {'key': 6}
cy12['self'] = cy12
cy13 = [cy12, [cy12]]
del cy12
print(len(cy13))
del cy13
print('collected', gc.collect())
if bool(('o' in u1)):
    print(None)
    pass
else:
    for i14 in '日本':
        v15 = (C0(2) == C0(u0)) + 1
        try:
            print(list(u1), ((-6)) / (u0), sep='')
        except Exception as e:
            print(type(e).__name__, e.args)
        try:
            print(a9.index(u0 - u0))
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
    pass
w16 = 0
while w16 < 2:
    w17 = 0
    while w17 < 4:
        a18 = L5
        print(a18 is L5, a18 == L5)
        pass
        w17 += 1
    w19 = 0
    while w19 < 2:
        u20, u21 = 2**31, 'x y z'
        u20, u21 = u20, u21
        try:
            v22 = ({}['key']) / (u20)
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
            v22 = 0.0
        pass
        w19 += 1
    pass
    w16 += 1
print(min(list(reversed(a9)), default=None), max(list(reversed(a9)), default=-1))
print({u0, u0} | ({u0, u0, u0} ^ {u0, u0}))
del u1
v23 = 'a' in dict(b=u0, key=u0)
d24 = {s: len(s) for s in ['€uro', 'zz']}.copy()
for i25 in list(L5):
    L26 = sorted('👍'.split(' '))
    for i27 in range(2, 0, -1):
        print([False])
        try:
            print(((1e16 * i25)) / (0.0))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        print(L26)
        pass
    pass
def rc28(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc28(d24, d24)))
for i29 in 'tab\there':
    L5 = L5
    v30 = (12345678901234567890, u0, u0)
    cy31 = C0(1)
    cy32 = C0(3)
    cy31.other = cy32
    cy32.other = cy31
    print(sys.getrefcount(cy31), sys.getrefcount(cy32))
    del cy31
    print(gc.collect(), gc.collect())
    pass
    if i29 == 'l':
        continue
