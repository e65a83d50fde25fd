# fuzz:diff --seed 135 --statements 25 program 1730, minimized: stdout differ
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
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C0', self.x)
def f0(p0, p1):
    for i0 in 'ß':
        raise ZeroDivisionError(f'{1 + 1}')
    try:
        assert 'a' in {'a': p1, 'x': p1}, 'x'
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    w1 = 0
    print({x % 1 for x in [-5]} & set([p1, 10]))
    w1 += 1
    return str((1e-5))
def f1(p0):
    def rc2(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc2(p0, p0)))
    try:
        return [5, 0o17][(2**31)]
    except Exception as e:
        print(type(e).__name__, e.args)
    return 0
try:
    assert 'x' in {'b': 1000, 'b': 1, 'key': 4}, 'x'
except Exception as e:
    print(type(e).__name__, e.args)
v3 = isinstance(sum([0b1011, -1000, 42]), tuple)
L4 = list({s: len(s) for s in ['ß', '3.5', '3.5']}.items())
for i5 in 'back\\slash':
    print(bool([x - 4 for x in [-1, 3]]))
    cy6 = C0(5)
    cy7 = C0(5)
    cy7.other = cy6
    print(sys.getrefcount(cy6), sys.getrefcount(cy7))
    cy6 = None
    print(gc.collect(), gc.collect())
o9 = C0(7)
a10 = o9
a10.x = (-1) - 12345678901234567890
L13 = sorted(['3.5', 'a,b,c', 'zz'])
print([y * 2 for y in list(reversed([])) if y != 3])
if ('naïve' * 3) < chr(78):
    pass
elif 'b' in {'c': 3, 'c': (-6), 'd': 3}:
    print([(i, y) for i, y in enumerate([] + [-1, 10**18])])
    cy17 = [[] for _ in range(3)]
def rc19(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
if True:
    for i20, i20v in enumerate('é€'):
        print(max(1000, i20) >= int(2.25) >= max(i20, i20))
        print(f"{-0.0:10.2e}{i20:.2f}", C0(256))
        try:
            raise IndexError(42)
        except IndexError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
def rc22(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
