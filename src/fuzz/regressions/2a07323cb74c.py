# fuzz:diff --seed 31 --exclude sets,astral --statements 25 program 1649, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
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
    print(7.0)
def f1(p0, p1):
    try:
        u2, *u3 = list(reversed([2]))
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
for i4 in range(1):
    try:
        raise Exception(f'{1 + 1}')
    except Exception as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    L5 = [str(x) for x in list((i4,))]
print({y % 3: y for y in [2, 5] + [0b1011, 3]})
v7 = f1({}, {k: v for k, v in zip(['naïve'], [])})
v8 = ((False + 256)) * (sum(x * x for x in range(0)))
cy9 = C1(6)
cy10 = C1(8)
cy10.other = cy9
del cy9
print(f1(dict(c=5, key=v8), {**{}, 'key': v8}))
cy11 = [[] for _ in range(4)]
def rc14(p, q=None):
    return loc
o17 = C1(v8)
print(sorted(['back\\slash', '\x00', 'back\\slash']), {k: v for k, v in zip(['tab\there'], [v8, 257, 7, 2**63])}, end='!\n')
try:
    v18 = ('%5.2f' % (v8,)).startswith('l')
except Exception as e:
    v18 = False
