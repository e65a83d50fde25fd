# fuzz:diff --seed 135 --statements 25 program 6971, minimized: stdout differ
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C0', self.x)
def f0(p0, p1=0):
    try:
        p0[1:3] = [((-6)) // ((10**18))]
    except Exception as e:
        print(repr(e))
def f1(p0):
    if ((p0) ** 0) == (p0 + p0):
        try:
            p0 |= {'c': (-7), 'key': 2}['key']
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        v0 = 'c' in {**{'a': (-5), 'b': p0, 'a': p0}, 'key': 0b1011}
    print(f0(list(range(3, 7, -1)), (p0) // (p0)))
try:
    u1, u2 = divmod(10, 10)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print([None, {'x': 255, 'd': u1, 'c': 1}, None])
    v4 = not False
for i5 in range(2, 0, -1):
    s7 = {u1, u1, -2**63, u1}
    v8 = dict(b=i5, key=255).get('x', 2)
print(list(dict(a=257, key=u1).items()))
try:
    print(f1(3 + u1))
except Exception as e:
    print({'key': (-6), 'b': 42})
    print(['mixed Case', 'naïve', '42'])
def rc10(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
L11 = list({**{'d': 5, 'b': 0b1011, 'key': 257}, 'key': 0}.items())
print((5, -5))
def rc12(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
a13 = L11
def rc14(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print([c for c in 'mixed Case' * 2 if c not in 'a'])
a13[0] = {'a': 3, 'c': 0}
for i15 in range(1, 6):
    cy16 = C0(4)
    cy16.me = cy16
    cy16.tail = [C0(5), {'k': [1, 2]}]
    def rc18(p, q=None):
        loc = [p]
L11 = [(), ((100.0) / ((-3.75)))]
def rc19(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(f0([0, 1_000_000, 3] + [99, 3, 0], (2) ** 4))
print([[], [['日本', '  pad  ']], False], sorted([2, 1000, 3]), sep='')
if 'o' in 'back\\slash'[-3:-4:-1]:
    u21, u22 = (12345678901234567890, 42, 257)
elif isinstance([{'b': (-5), 'x': 0}, None], float):
    print({y % 3 for y in [][::2]})
