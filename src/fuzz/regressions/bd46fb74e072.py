# fuzz:diff --seed 109 --statements 25 program 1546, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C0', self.x)
def f0(p0):
    for i0 in range(0, 6):
        print(list(range(4, 5)) + [i0, i0, 255])
        try:
            v1 = ({'a': i0, 'x': i0}['b']) / (((i0) * ((-1000))))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
def f1(p0=[]):
    for i4 in 'ab':
        print(f0(repr(None)))
        try:
            print(f0(i4)[256])
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
    print(f0(f"{4:e}"))
print((all(x >= 12345678901234567890 for x in [257, 5, 3, 5]) or ('d' in {'c': 12345678901234567890, 'x': 1})))
for i5, i5v in enumerate('é€'):
    print(int((3.14159 * i5)))
L9 = [C0(99), 'ß'[:-2:3]]
try:
    raise ValueError('x' * 3)
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print([False, False], list(()), end='!\n')
print([x % 3 for x in [4, 257]])
u11, u12 = -(256), '-'.join(['zz'])
cy13 = [[] for _ in range(2)]
w17 = 0
while w17 < 3:
    if True:
        print(f0(u12[-4:3:3]))
        d18 = {s: len(s) for s in ['ab']}
        print({x % 2 for x in [len(s) for s in ["it's", 'zz', 'ab']]})
    w17 += 1
print(f1(list(((-1),))))
o19 = C0(u11)
