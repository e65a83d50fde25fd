# fuzz:diff --seed 134 --statements 25 program 6304, minimized: stdout differ
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
    def __del__(self):
        print('del C0', self.x)
def f0(p0, p1):
    try:
        del p1[2]
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
def f1(p0, p1):
    print({k: v for k, v in zip(['ABC', '\x00'], [42, p1, p1, 10**18])})
print((4,), 1e300, sep=' | ')
print({y: y ** 2 for y in [x % 1 for x in [42] if x % 2]})
L2 = sorted([0x1F, -1000, 257])
for i3 in range(3, 0, -1):
        cy4 = C0(6)
        cy5 = C0(2)
        cy5.other = cy4
        del cy4
print([c for c in '{} and {}'.format((-3.75), (255,)) if c not in 'ab'])
print([str(x) for x in list(reversed(L2))])
L2 = [len(s) for s in list('  pad  ')]
v8 = 'ab' in '{} and {}'.format(set(), [False])
print(min([len(s) for s in []], default=None), max([len(s) for s in []], default=-1))
print(f0(255, [len(s) for s in ['  pad  ']]))
print(0 in {42, -5, 1}, 2 + (-7))
o11 = C0(7)
