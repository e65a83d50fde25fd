# fuzz:diff --seed 105 --statements 25 program 1142, minimized: stdout differ
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
def f0(p0, p1={}):
    cy0['self'] = cy0
    print({'key': 257, 'key': 0b1011, 'b': (2**31)})
    return [0o17, -2**63, 0][(2**31)]
def f1(p0):
    print(sys.getrefcount(p0))
    try:
        del p0[0]
    except BaseException as e:
        print(type(e).__name__, e)
for i2, i2v in enumerate(['x', 'y']):
    cy3 = C0(7)
    cy3.me = cy3
    cy3.tail = [C0(0), {'k': [1, 2]}]
    print({'key': 99, 'd': 0, 'x': i2}.get('b', i2), set(), sep='')
    print([len(s) for s in ['a,b,c']])
    try:
        u6, u7 = (-1000, i2, i2) + (i2, i2, 7)
    except BaseException as e:
        print(type(e).__name__, e.args)
print([256, {10, 7, 257, 1_000_000}])
s20 = set(list({'key': (-2**63), 'x': 10}.values()))
s22 = {x % 5 for x in [2**31]}
def rc23(p, q=None):
    return loc
print(())
print(divmod(42, 100) + ((5, 1_000_000, 257) + ()))
if (True + 7) in (1_000_000, -5, 4):
    L32 = [1, 256, 42, 0o17][:] + [10, 257, 42, 1]
    if {'d': (-6), 'b': 1000} is not {}:
        s35 = set(range(1)) & set([0x1F, 10, -6])
        s35 = {2, 1_000_000, -7}
        print({'d': i36, 'c': i36, 'd': i36})
        assert 'd' in {'x': 2, 'b': 1, 'b': i36}, 'failed'
if bool(round((1/3), 3)):
    print(f1([-6, 12345678901234567890, 255, 10**18][-4::3]))
    v39 = (7, 0o17) + (-1, 0o17, 257)
    cy40 = [[] for _ in range(4)]
