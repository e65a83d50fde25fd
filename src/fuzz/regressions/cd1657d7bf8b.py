# fuzz:diff --seed 134 --statements 25 program 8420, minimized: stdout differ
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
def f0(p0):
    try:
        print(list(p0.items()))
        assert False, 'x'
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    def rc0(p, q=None):
        print(sys.getrefcount(p), sys.getrefcount(loc))
def f1(p0, p1=''):
    p0 += 'mixed Case'.replace('é', ' ')
v4 = 'z' in ('%d items' % (3,))
v4 = False
d5 = {**{s: len(s) for s in ['👍', 'a']}, 'key': ((-6) - (-2**63))}
print({y % 3 for y in [1_000_000] * 2})
d6 = {s: len(s) for s in [str(x) for x in [1000, 0b1011, 7]]}
try:
    v8 = divmod(round(1e16), ((3) ** 4))
except Exception as e:
    v8 = ()
cy10 = C0(4)
cy11 = C0(4)
cy11.other = cy10
del cy10
print([[y] * 2 for y in [4, 10, 256, 4]][:3])
print(min(list(range(3, 5, 3)), default=None), max(list(range(3, 5, 3)), default=-1))
print(f0({k: v for k, v in zip(['', '\x00'], [])}))
print([y * 2 for y in [len(s) for s in ['back\\slash']] if y != 3])
print(sum(y for y in [-7, 3, 7] + [] if y > 0))
print(((0.2) ** -1) + 1e10)
print({0o17, 10, 2**63})
cy15 = C0(0)
print([y * 2 for y in list(v8) if y != 3])
print([[y] * 2 for y in list(reversed([10, 100, 0b1011]))][:3])
