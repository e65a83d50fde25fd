# fuzz:diff --seed 139 --statements 25 program 2112, minimized: stdout differ
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
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    try:
        print(p0.count(-7))
    except Exception as e:
        print('caught', type(e).__name__, e)
    p1.sort(reverse=True)
    return format(99, 'x')
w0 = 0
while w0 < 4:
    cy1 = C0(6)
    cy1.me = cy1
    cy1.tail = [C0(3), {'k': [1, 2]}]
    w0 += 1
L3 = [None, [False, (10, 0, 42)]]
L3 = [100.0, -2**63, {2, -6}]
if True:
    print([{'a': 1_000_000}, 256], {5, 0x1F, -1000, 10**18} ^ set(), sep=' | ')
    print("it's".split(), '%s!' % (10,))
print({x % 6 for x in sorted(set(), key=lambda v: -v)})
print(divmod({'key': (-2**63), 'd': 256}['key'], (1000 - 1_000_000)))
u5, *u6 = [1_000_000, 1]
print({k: v for k, v in zip(''.split(','), ([u5, u5, u5] * 2))})
print([[y] * 2 for y in [x % 1 for x in u6 if x % 2]][:3])
def rc7(p, q=None):
    loc = [p]
print(list(zip([len(s) for s in ['ABC', 'zz']], list('mixed Case'))))
print(())
try:
    print({y % 3 for y in [u5, u5, u5, u5]})
except Exception as e:
    print(repr(e))
def rc13(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
