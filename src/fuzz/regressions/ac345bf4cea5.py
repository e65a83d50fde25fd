# fuzz:diff --seed 132 --statements 25 program 7519, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C1', self.x)
def f0(p0):
    return str(p0)
    return ''
def f1(p0):
    L2 = sorted({x % 5 for x in L1})
w3 = 0
while w3 < 4:
    print(list({}.values()) * 1)
    w3 += 1
def rc4(p, q=None):
    return loc
s7 = {x % 1 for x in list(range(2, 1, 3))}
u8, u9 = 42, chr(77)
cy12 = C1(8)
cy13 = C1(8)
cy13.other = cy12
cy12 = None
print(gc.collect(), gc.collect())
print([c for c in f"{0.5}{-1:<4}{u8:o}" if c not in 'l'])
print(7.0)
try:
    u20, u21 = (u8, -1)
except Exception as e:
    s22 = set([]) | {x % 1 for x in [u8, 255, -5]}
print(list(reversed([len(s) for s in []])))
o25 = C1(u8)
