# fuzz:diff --seed 103 --statements 25 program 1879, minimized: stdout differ
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C0', self.x)
class C1:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1=''):
    print(set())
    try:
        v0 = ((-2**63),)
        print(42 // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    w1 = 0
for i4 in range(3):
    o5 = C1(i4)
def rc7(p, q=None):
    loc = [p]
v8 = bool(['3.5', "it's", 'a'])
L9 = [[None, None], (0, 5, 4)]
print([42, 1000, 3])
v11 = f"{round((1e-5), 3):.3f}"
v12 = repr({'a': 1, 'a': 1000, 'd': 256}.copy())
v13 = (42 if v11.startswith('o') else int(0.5))
s14 = set(range(4))
try:
    raise Exception('boom')
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
    def rc16(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
    cy17 = C1(1)
    cy17.me = cy17
    cy17.tail = [C1(8), {'k': [1, 2]}]
    cy17 = None
    print(s14, sum([v13]), sep=', ', end='.\n')
print(abs(1e300), '€uro'.rfind(''), end='!\n')
print(sum(y for y in [100, v13, 255, v13] * 1 if y > 0))
v13 = (v13 if True else ((v13) % (v13)))
v19 = (v13, 1_000_000)
try:
    v21 = float('x') * round((-0.0), 0)
except Exception as e:
    v21 = 0.0
print(list(zip([v13, v13], [str(x) for x in [0b1011, v13, v13, v13]])))
v22 = ()
print(set(range(0)), list(v19), sep=' | ')
