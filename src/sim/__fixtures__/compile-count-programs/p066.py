# programFor(900, 66, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C0', self.x)
print(list({'x': 0x1F, 'a': (-1000), 'key': 4}.items()))
print(False)
try:
    print(C0(12345678901234567890))
    for i0 in range(3):
        try:
            v1 = ()
        except Exception as e:
            print(type(e).__name__, e.args)
            v1 = ()
        print(v1)
        v2 = float(abs(i0))
        pass
    else:
        print('loop done')
    pass
    print(0 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    raise TypeError(42)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
L3 = [list({'d': (-6), 'a': 2}.keys()), [C0(100), True, [0b1011]]]
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc4(L3, L3)))
L3 = [[99, 12345678901234567890], 'x y z']
del L3
L5 = [6]
print(sys.getrefcount(L5))
v6 = ('hello' + '3.5').startswith('ab')
s7 = {x % 1 for x in [3, 0b1011]} | set(range(6))
print((100, 5))
print(None)
print(sys.getrefcount(s7))
del s7
print(v6 is v6, id(v6) == id(v6))
print([[y] * 2 for y in [257, (-5)]][:3])
L5 += [-2**63, 3, 0x1F] + [0, 2**31, 0x1F]
L5 += [(-6), 3]
L5 += L5 + L5
L8 = list({**{'a': 1000, 'c': 12345678901234567890, 'x': 99}, 'b': 1}.items())
s9 = {99, 0b1011}
s10 = s9
for i11 in 'tab\there':
    for i12 in range(0, 9, 3):
        o13 = C0(1000)
        pass
    else:
        print('loop done')
    cy14 = [[] for _ in range(3)]
    for i in range(3):
        cy14[i].append(cy14[(i + 1) % 3])
    cy15 = cy14[0]
    del cy14
    print(sys.getrefcount(cy15))
    del cy15
    print('collected', gc.collect())
    try:
        assert 'é' in "it's", 'failed'
    except BaseException as e:
        print(type(e).__name__, e.args)
    pass
else:
    print('loop done')
print([-6, 0b1011, 42])
