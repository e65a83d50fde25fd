# fuzz:diff --seed 133 --statements 25 program 5266, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
print([str(x) for x in []])
print(sorted(dict(b=3, key=42)))
print(sum(y for y in sorted({10**18, 256}, key=abs) if y > 0))
def rc5(p, q=None):
    print([c for c in 'naïve'.replace('', 'ab') if c not in 'z'])
    print(((-0.0)) ** 0.5, [], sep=' | ')
print('z' in '3.5', {s: len(s) for s in []}, end='!\n')
try:
    print((12345678901234567890,) + (0o17, 2, -7))
    print([][4])
except Exception as e:
    L7 = [((2**31, 0, 0o17) + ()), C1(0)]
cy8 = [[] for _ in range(3)]
print(gc.collect(), gc.collect())
print((42, 42))
o10 = C1(1)
if 'o' in str(True):
    v13 = '{} and {}'.format((5, 5), False).ljust(5, '-')
L3 = list((10,))
