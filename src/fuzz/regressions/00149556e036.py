# fuzz:diff --seed 108 --statements 25 program 53, minimized: stdout differ
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
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
    def __del__(self):
        print('del C1', self.x)
def f0(p0=''):
    print((257, 0o17) + tuple([1, 4]))
    print([y * 2 for y in [] if y != 3])
    return ''
if sum([-5, 0o17]) in [1000, 2**31]:
    raise NameError('boom')
elif any(x <= 100 for x in [-5, 100]):
    def rc3(p, q=None):
        loc = [p]
    v4 = abs((0.0 - 3.14159))
print([[y] * 2 for y in [x + 2 for x in [0b1011, 7] if x > 1]][:3])
if not False:
    w5 = 0
    while w5 < 3:
        cy6 = C1(1)
        cy7 = C1(8)
        cy6.other = cy7
        cy7.other = cy6
        w5 += 1
    try:
        v8 = ((256) % (0o17)) == 257 == 5
    except BaseException as e:
        v8 = False
    L9 = list(dict(c=0, key=(-7)).keys())
elif any(x < (-1) for x in []):
        v11 = (((4) // (i10))) >> 7
def rc13(p, q=None):
    return loc
for i26 in range(3, 0, -1):
    cy28 = C0(6)
