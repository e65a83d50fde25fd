# programFor(900, 47, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __del__(self):
        print('del C1', self.x)
print(min(list((255,)), default=None), max(list((255,)), default=-1))
try:
    print(f"{0.5:10.2e}{(4) // (0o17):o}")
except BaseException as e:
    print(repr(e))
for i0 in range(2):
    print({x % 6 for x in [x % 2 for x in []]})
    try:
        raise RuntimeError('')
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    try:
        i0 = ((1 if True else (10**18))) // ({}['b'])
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
v1 = not ((-1) != 7)
v2 = False
print(sum(y for y in [-1, 0o17, 4] * 2 if y > 0))
w3 = 0
while w3 < 4:
    def rc4(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    keep = rc4([])
    print(sys.getrefcount(keep))
    pass
    w3 += 1
print(v2 is v1, id(v2) == id(v1))
def rc5(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc5([])
print(round(float(4), 0))
try:
    print('3.5')
except Exception as e:
    print(repr(e))
print((100, 255, 0))
s6 = {x % 2 for x in [1_000_000, 0b1011]} - {x % 4 for x in [0, 0x1F, -2**63, 2]}
v7 = 'Hello World'.replace('a', ',').title()
print(sorted([]))
a8 = s6
v9 = None
try:
    try:
        v10 = (float(100)) % (round(1e16, 3))
    except Exception as e:
        print(repr(e))
        v10 = 0.0
    pass
    print(100 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
for i11 in v7:
    def rc12(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc12(s6)
    print(sys.getrefcount(keep))
    w13 = 0
    while w13 < 3:
        print(C1((2**63)))
        pass
        w13 += 1
        if w13 == 2:
            break
    print((10**18) - 5, [str(x) for x in [0o17]], sep=', ', end='.\n')
    pass
print({y: y ** 2 for y in [2**31, -7, -1000]})
try:
    print(list(zip(list(reversed([-2**63, -7, 100])), list({}.keys()))))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    v14 = (256) % (v7.rfind('é'))
except Exception as e:
    print(type(e).__name__, e.args)
    v14 = 0
print(sys.getrefcount(a8))
print({**{'key': v14, 'a': v14}, 'x': (True + v14)})
print({'a': v14})
print(int('abc'))
