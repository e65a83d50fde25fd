# fuzz:diff --seed 135 --statements 25 program 4599, minimized: stdout differ
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
    def __init__(self, x):
        self.x = x
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
def f0(p0):
    try:
        del p0['a']
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
try:
    L1 = '日本'[(2**31)].split(' ')
except BaseException as e:
    pass
print([[10**18, 256, 1000, 0]])
L3 = list({s: len(s) for s in ['a', 'tab\there']}.keys())
v6 = (7, 5, -1) + ((2, 0b1011) + ())
for i7 in range(0, 6):
        L8 = [x % 1 for x in list(range(3, 7, 2)) if x % 2]
cy12 = C0(4)
cy13 = C0(4)
cy13.other = cy12
cy12 = None
o14 = C0(3)
L15 = [x - 2 for x in [(-6), (2**31)]]
L15 += [len(s) for s in []]
def rc17(p, q=None):
    return loc
print(int(0.1), {42, 0x1F, 100}, sep='')
print([y * 2 for y in [x + 3 for x in []] if y != 3])
v6 = (7, 2, 10**18)
