# programFor(900, 1, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
s0 = set(list({1, 42}))
try:
    s0.remove('42'.find('z'))
except Exception as e:
    print(repr(e))
try:
    L1 = [(3,), [1000]]
except BaseException as e:
    print(type(e).__name__, e)
    L1 = []
v2 = 'é'.zfill(4).startswith(' ')
L3 = ['Hello World']
L4 = L1
for i5 in range(3, 6):
    try:
        L4[0] = float(10)
    except BaseException as e:
        print(repr(e))
    o6 = C0(i5)
    pass
    if i5 == 2:
        continue
try:
    def rc7(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc7(s0)
    print(sys.getrefcount(keep))
    pass
    print(-5 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
try:
    assert 0 >= 0o17, 'failed'
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod((v2 + (-5)), [-6][(2**63)]))
except Exception as e:
    print(type(e).__name__, e)
L1.extend([sorted(L3), sorted(L3)])
L1.extend([list({'x': 4, 'c': 99}.items()), list({'x': 4, 'c': 99}.items())])
o8 = C1((-1000))
print([len(s) for s in ['👍', 'ABC']])
for i9 in 'ab':
    try:
        assert s0 == s0, 'failed'
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    pass
else:
    print('loop done')
def rc10(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc10(L1)
print(sys.getrefcount(keep))
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc11(L3, L3)))
try:
    u12, u13 = tuple([256, -6, 10])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    u12 = u13 = 0
cy14 = {'x': 6}
cy14['self'] = cy14
cy15 = [cy14, [cy14]]
del cy14
print(len(cy15))
cy15.pop()
print(gc.collect())
print(o8 is L1, id(o8) == id(L1))
L4.append(s0 & s0)
a16 = o8
print(a16 is o8, a16 == o8)
print(C0(u13))
cy17 = []
cy17.append(cy17)
print(cy17, sys.getrefcount(cy17))
del cy17
print(gc.collect())
print(abs(float(u12)))
