# fuzz:diff --seed 103 --statements 25 program 676, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    return ''
L0 = [C1(3)]
L1 = [(1, 5, 42)]
w2 = 0
while w2 < 4:
    d3 = dict(c=(3 if True else 1000), key=((0) * (42)))
    w2 += 1
def rc4(p, q=None):
    loc = [p]
print(set() - {x % 5 for x in [7]})
L0.insert(1, dict(b=0o17, key=0))
print({y: y ** 2 for y in [0o17]})
print({s: len(s) for s in list({'a': 2, 'a': (-1000), 'b': 1000}.keys())})
print({'b': 0x1F, 'key': 3, 'c': 7}, 'a' in '  pad  ', sep=', ', end='.\n')
u8, *u9 = [3, 0x1F]
try:
    u8 %= (u8 if False else (-2**63))
except BaseException as e:
    u9.sort(reverse=True)
o15 = C0(u8)
u17, *u18 = list(((-7),))
