# programFor(900, 117, 25): src/fuzz/differential.ts
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
    def __del__(self):
        print('del C1', self.x)
L0 = list({'b': 100, 'd': (-2**63), 'key': 1000}.keys())
print(C1((-2**63)))
print([])
try:
    assert 'a' in {}, 'x'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
cy1 = C1(2)
cy1.me = cy1
cy1.tail = [C1(5), {'k': [1, 2]}]
cy1 = None
print(gc.collect())
print(list({'key': 3, 'key': (-1000), 'x': 5}.items()))
for i3 in range(0, 6):
    if any(x >= 0 for x in [len(s) for s in ['a']]):
        print({'c': i3, 'x': i3})
        try:
            L0.reverse()
        except Exception as e:
            print(repr(e))
        pass
    elif True:
        print((bool({'key': i3, 'x': i3, 'b': i3}) or ('z' in 'a,b,c')))
        pass
    def rc4(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc4(L0)
    print(sys.getrefcount(keep))
    L0.sort()
    pass
for i5 in range(2):
    w6 = 0
    while w6 < 2:
        v7 = format(sum([]), ',')
        a8 = L0
        print(a8 is L0, a8 == L0)
        pass
        w6 += 1
    pass
else:
    print('loop done')
def rc9(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc9(L0, L0)))
print([str(x) for x in [-1]])
try:
    assert ',' in 'é', f"value {1 + 2}"
except BaseException as e:
    print(repr(e))
w10 = 0
while w10 < 4:
    print([bool(0), format(0, ',')])
    pass
    w10 += 1
print('d' in {'c': 256, 'b': (-2**63), 'key': 0b1011})
print(C1(3))
try:
    L11 = [{k: v for k, v in zip(L0, [])}, {k: v for k, v in zip(L0, [0o17, 0o17, 1, 2])}]
    if L0 is not []:
        print(L11 is L0, id(L11) == id(L0))
        print(L11 is L11, id(L11) == id(L11))
        pass
    pass
    print(4 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
finally:
    print('finally')
try:
    print(str([7]), ((10**18)) / ((-1000)), sep='')
except BaseException as e:
    print(type(e).__name__, e)
L0 = L0
d12 = dict(a=abs((2**31)), key=(-1000))
v13 = 'l' in str(set())
v14 = (-1000, 257, 10**18)
if 'é' in 'hello':
    for i15, i15v in enumerate(['x', 'y']):
        print(sys.getrefcount(L0))
        try:
            raise RuntimeError('')
        except RuntimeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        print(set())
        pass
    else:
        print('loop done')
    pass
else:
    w16 = 0
    while w16 < 5:
        print(sys.getrefcount(L0))
        pass
        w16 += 1
    pass
print('42')
try:
    print({y % 3 for y in [(-7), (10**18)]})
    pass
    print(-1)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
v17 = (max(7, (2**63)) if ('a' in d12) else sum([]))
L18 = []
