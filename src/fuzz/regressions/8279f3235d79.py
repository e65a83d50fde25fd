# fuzz:diff --seed 133 --statements 25 program 2977, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
def f0(p0, p1):
    try:
        raise ZeroDivisionError(f'{1 + 1}')
    except ZeroDivisionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
def f1(p0, p1={}):
    if True:
        try:
            print(f0(sorted(p0, key=lambda v: -v), dict(c=(2**63), key=1)))
        except Exception as e:
            print(type(e).__name__, e)
    def rc0(p, q=None):
        loc = [p]
w1 = 0
while w1 < 5:
    for i2 in range(2, 9, 3):
        o3 = C1((-5))
        o3.ref = o3
        print(f0(sorted({7}, reverse=True), {'b': (-7), 'key': (-5), 'x': (-2**63)}))
    print(f1([3, -1][::2], {}))
    w1 += 1
def rc4(p, q=None):
    return loc
print('a' in {'c': (-6), 'c': (2**63)})
d5 = dict(b=(7 - 5), key=abs(2))
L6 = [str(x) for x in list(range(4, 2))]
if not (not False):
    pass
try:
    u12, u13 = [][100], 'Hello World'.capitalize()
except BaseException as e:
    print(type(e).__name__, e)
    u12, u13 = 0, ''
if repr((1e-5)) >= repr(True):
    print([[y] * 2 for y in [-7, 1, u12, u12]][:3])
print(gc.collect())
try:
    u13 = f"{format(i22, 'x')!r}{int(7.0):^7}{u13.replace('', 'l')!s}"
except Exception as e:
    print(type(e).__name__, e)
