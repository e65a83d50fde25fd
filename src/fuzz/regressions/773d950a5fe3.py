# fuzz:diff --seed 109 --statements 25 program 1896, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
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
def f0(p0, p1=0):
    def rc0(p, q=None):
        loc = [p]
        return loc
    keep = rc0([])
    print([p1, p1, p1])
try:
    u1, u2 = ()
except Exception as e:
    u1 = u2 = 0
print(tuple([-1000, 1, 0x1F, 12345678901234567890]))
def rc6(p, q=None):
    return loc
print(f0(str(123456789.125), min(0, (-5))))
w7 = 0
while w7 < 3:
    cy8 = C1(7)
    cy8.me = cy8
    cy8.tail = [C1(0), {'k': [1, 2]}]
    w7 += 1
    if w7 == 2:
        break
d10 = {s: len(s) for s in '3.5'.split(' ')}
d11 = {s: len(s) for s in [str(x) for x in [-6, 0]]}
try:
    print([-1, 257, 2, 2], C0(1), end='!\n')
    u14, u15 = tuple([2**63, 99, 4, -1])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
print([(i, y) for i, y in enumerate(list((42, 1, 99)))])
