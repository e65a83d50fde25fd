# fuzz:diff --seed 101 --statements 25 program 695, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
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
def f0(p0):
    try:
        u0, u1 = {}['d'], p0
    except BaseException as e:
        u0, u1 = 0, ''
    print({x % 3 for x in ([0, u0, u0, u0] * 2)})
    cy2 = {'d': 6}
def f1(p0):
    try:
        v4 = None
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        v4 = None
    return 0
d6 = {s: len(s) for s in '3.5'.split(' ')}
for i7 in '👍':
    for i8 in range(3):
        L9 = [x + 2 for x in [i8, i8]][-1::3]
    print([(i, y) for i, y in enumerate(list(reversed([10, -1, -2**63])))])
cy16 = C1(6)
cy17 = C1(1)
cy17.other = cy16
cy16 = None
print(gc.collect())
try:
    u18, *u19 = [len(s) for s in []]
except Exception as e:
    u18, u19 = 0, []
o22 = C1((-2**63))
def rc23(p, q=None):
    return loc
if all(x < u18 for x in [len(s) for s in ['42']]):
    L24.insert(-1, dict(b=u18, key=u18))
    print('x y z'.split(','), [u18, u18, u18, 99], sep='')
    L25 = sorted({u18, u18, 2**31} - {u18, u18, u18, u18}, key=abs)
