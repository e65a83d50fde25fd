# fuzz:diff --seed 110 --statements 25 program 171, minimized: stdout differ
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C0', self.x)
class C1:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C1', self.x)
if [4, 5, -1, 2**63] == [4, 0b1011, 2**63]:
        print(list({k: v for k, v in zip(['zz', 'tab\there'], [0])}.items()))
if 3.14159 > {}.get('key', 1):
    pass
L2 = list({'b': (-2**63), 'key': 1000}.copy().values())
o3 = C1(3)
o3.ref = o3
def rc4(p, q=None):
    loc = [p]
del o3
for i5 in range(2, 6):
    L6 = list((i5, 257))
    print('loop done')
print([{'a': (-5)}, {'c': 4, 'd': 1, 'b': 7}])
L7 = [(-1, -5), {'x': 257}, (100, -5)]
print([len(s) for s in ['Hello World', '\x00']])
u8, u9 = 42, "it's"
u8 = sum(x * x for x in range(4))
try:
        print(list(dict(c=5, key=u8).items()))
except Exception:
    print({y: y ** 2 for y in list((u8,))})
    print((u8 if True else u8))
    assert 'a' in {'x': u17, 'x': u17, 'x': 99}, 'failed'
print(sum(y for y in sorted([7, 257]) if y > 0))
for i19, i19v in enumerate('abc'):
    print({'d': (-1000), 'b': i19})
