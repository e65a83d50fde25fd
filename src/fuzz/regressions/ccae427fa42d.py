# fuzz:diff --seed 100 --statements 25 program 241, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    print({**{'d': 0, 'key': p1, 'c': p1}, 'a': 99}, repr([{'c': p1, 'b': p1, 'key': p1}, [p1, p1, p1]]), sep='')
    def rc0(p, q=None):
        return loc
    try:
        return [][p1]
    except Exception as e:
        print(repr(e))
def f1(p0, p1):
    try:
        u1, u2 = round(0.0), repr(0.0)
    except Exception as e:
        u1, u2 = 0, ''
    def rc3(p, q=None):
        loc = [p]
    return ''
print(f1({s: len(s) for s in ['x y z', 'Hello World']}, list(range(1, 3))))
cy14 = C1(4)
cy15 = C1(4)
cy15.other = cy14
del cy14
print(gc.collect())
try:
    print((1_000_000, 257, 5) + tuple([4, 1000, 257, 100]))
    try:
        v18 = float('inf')
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        v18 = 0.0
    v19 = (42, -5)
    print(1e-5, [1_000_000, 4, 2, 2**31][:-1:2], sep='')
    cy20 = [[] for _ in range(4)]
    print(f1({**{'b': (2**31), 'x': 42, 'x': 0o17}, 'key': (-7)}, [-6, 12345678901234567890, 100]))
    u22, u23 = (12345678901234567890, 5, 5)
except BaseException as e:
    u22 = u23 = 0
o25 = C1(0)
