# programFor(900, 87, 25): src/fuzz/differential.ts
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
def f0(p0, p1):
    print((7, -7), {}.get('b', 5), sep=' | ')
    w0 = 0
    while w0 < 1:
        p0.insert(-2, min(1, 256))
        v1 = ((-6),)
        pass
        w0 += 1
    print(())
    return abs((-6))
    return 0
def f1(p0, p1=[]):
    try:
        raise Exception(f'{1 + 1}')
    except Exception as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    return -7
    return 0
v2 = None
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
print((((1) | (4))) << 8)
try:
    try:
        print((((2) % ((-6)))) / (abs(2)))
    except Exception as e:
        print(type(e).__name__, e)
    pass
    print(1 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
print(C0(1_000_000), -((-5)), sep='')
try:
    assert (-7) < 5 <= 0o17, 'x'
except Exception as e:
    print(repr(e))
try:
    print((256) ** 1, divmod((-1), (-1000)), sep=', ', end='.\n')
except BaseException as e:
    print(type(e).__name__, e.args)
o3 = C0(0x1F)
for i4, i4v in enumerate('é€'):
    try:
        i4 //= {'b': i4, 'b': 0o17, 'a': i4}.get('x', (-5))
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
o3.x = ((10**18)) >> 7
try:
    v5 = ((False + 7)) // ((257 if False else 256))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
    v5 = 0
w6 = 0
while w6 < 3:
    print([(i, y) for i, y in enumerate([v5, v5, v5, v5][3:0])])
    pass
    w6 += 1
v5 = -(len('tab\there'))
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc7(o3)
print(sys.getrefcount(keep))
print(v5 is v2, id(v5) == id(v2))
try:
    print({k: v for k, v in zip([], [10**18, -2**63, -7])}['x'])
except BaseException as e:
    print(type(e).__name__, e)
L8 = [o3]
if isinstance(o3, str):
    print([])
    pass
elif bool(3.14159):
    print(v5 + v5, {})
    pass
else:
    print([])
    pass
for i9 in '  pad  ':
    try:
        s10 = {v5, v5, v5, 1}
        pass
        print((v5) ^ (v5))
    except Exception as e:
        print('caught', type(e).__name__, e)
    pass
v11 = v5 <= (-(v5))
print(v5 is v2, id(v5) == id(v2))
a12 = L8
try:
    s13 = {x % 6 for x in list({'x': v5, 'c': v5, 'x': v5}.values())}
except Exception as e:
    print(type(e).__name__, e.args)
    s13 = set()
print([(i, y) for i, y in enumerate(list(s13))])
v14 = C0(v5) is o3
