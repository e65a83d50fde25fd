# fuzz:diff --seed 121 --statements 25 program 4648, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
class C1:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    return ''
def rc2(p, q=None):
    loc = [p]
print({y: y ** 2 for y in [4, 3, -1, 0]})
print([x - 4 for x in [1000, -6, 4] if x % 2][4:])
print([255, 0, 10**18, 0b1011] * 2)
assert bool(["it's", 'zz', 'line\nbreak']), f"value {1 + 2}"
v4 = tuple(([1, 99, 7] + [0, 256, 255, 4]))
v5 = sum(x * x for x in range(1))
def rc8(p, q=None):
    loc = [p]
L9 = ['mixed Case', 'ab', '']
try:
    u10, u11 = {'x': v5, 'x': 0o17, 'b': (-5)}['b'], 'ABC'.replace('', 'o')
except Exception as e:
    u10, u11 = 0, ''
cy12 = C1(1)
cy12.me = cy12
cy12.tail = [C1(5), {'k': [1, 2]}]
cy12 = None
print([y * 2 for y in [len(s) for s in L9] if y != 3])
