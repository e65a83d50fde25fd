# programFor(900, 22, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
def f0(p0, p1):
    try:
        print(p1.index(round(2.0)))
    except Exception as e:
        print(repr(e))
    w0 = 0
    while w0 < 1:
        p0 = [-2**63, 10, 0]
        pass
        w0 += 1
    return 'line\nbreak' * 2
    return ''
def f1(p0):
    for i1 in 'mixed Case':
        print((-2**63, -7))
        pass
    print(set(list(reversed([100, -7, 1000]))))
    return str(['Hello World', '👍'])
    return ''
print([c for c in '{} and {}'.format({'d': 0o17, 'c': (2**31)}, (-5)) if c not in 'é'])
print([(i, y) for i, y in enumerate([2**63, -6, -1])])
if ((256) ** 0) != ((257) * (1)) <= sum([]):
    v2 = sum([256, 2**63]) < ((-2**63) - (-2**63)) <= 2
    try:
        raise AssertionError('')
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
elif (10**18) >= 0b1011 > (-1):
    cy3 = C0(2)
    cy3.me = cy3
    cy3.tail = [C0(2), {'k': [1, 2]}]
    cy3 = None
    print(gc.collect())
    pass
else:
    L5 = []
    pass
def rc6(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc6([], [])))
v7 = (5,)
L8 = [5]
print(sys.getrefcount(L8))
try:
    if not (False and False):
        try:
            print(f1({s: len(s) for s in ['\x00', 'Hello World', '42']}))
        except Exception as e:
            print(repr(e))
        try:
            print(divmod((-1000), 99), -1000)
        except BaseException as e:
            print(type(e).__name__, e.args)
        pass
    pass
    print((4) * (100))
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e)
print(isinstance((-6), float), '👍' * 1)
print([[y] * 2 for y in list(range(2, 6, -1))][:3])
L8 *= 0
print(None)
try:
    assert 'x' in {'d': 257, 'x': 1, 'x': 0}, 'x'
except Exception as e:
    print(repr(e))
L8.clear()
try:
    print(f1(dict(b=255, key=5)))
except Exception as e:
    print(type(e).__name__, e)
w9 = 0
while w9 < 2:
    try:
        assert {'x': 1} is {'a': 1000}, 'x'
    except Exception as e:
        print(type(e).__name__, e.args)
    print(None)
    pass
    w9 += 1
v10 = None
for i11 in range(2):
    print(sys.getrefcount(L8))
    try:
        raise ZeroDivisionError()
    except ZeroDivisionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
v12 = bool([(-5, 10), {}])
print(min(list(reversed(L8)), default=None), max(list(reversed(L8)), default=-1))
for i13 in range(2):
    print(L8 is L8, id(L8) == id(L8))
    try:
        v14 = divmod(sum(L8), L8[i13])
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        v14 = ()
    print(set(range(7)))
    pass
    if i13 == 2:
        continue
print(L8.count((100) << 6))
for i15, i15v in enumerate(['x', 'y']):
    if f"{{lit}}{{lit}}{12345678901234567890:e}" >= repr(2.25):
        L16 = list({k: v for k, v in zip(['ab', 'mixed Case'], L8)}.items())
        print(L16 is i15, id(L16) == id(i15))
        pass
    else:
        i15 ^= v12 + i15
        a17 = L8
        pass
    pass
L18 = L8[-4:-3:3]
try:
    assert not v12, 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    L8[-1] = len([])
except Exception as e:
    print(type(e).__name__ + ':', str(e))
