# programFor(900, 50, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
print(tuple([len(s) for s in []]))
print(set(range(6)), {-1000} - {-1000, 0b1011, 4, -1}, sep=', ', end='.\n')
print(list(reversed([]))[:-1:2])
L0 = []
try:
    v1 = divmod(3, (-1)) + ((100,) + (99,))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    v1 = ()
print({s: len(s) for s in L0})
if ((C0(0x1F) == C0((-2**63))) or ((1/3) <= 1_000_000)):
    a2 = L0
    print(a2 is L0, a2 == L0)
    pass
elif bool(True):
    cy3 = C0(1)
    cy3.me = cy3
    cy3.tail = [C0(3), {'k': [1, 2]}]
    cy3 = None
    print(gc.collect())
    pass
else:
    print(-1, list(reversed([])))
    d5 = {k: v for k, v in zip(list({'a': 257}.keys()), list(reversed([100])))}
    pass
a6 = L0
cy7 = C0(6)
cy8 = C0(3)
cy7.other = cy8
cy8.other = cy7
print(sys.getrefcount(cy7), sys.getrefcount(cy8))
del cy7, cy8
print(gc.collect(), gc.collect())
cy9 = []
cy9.append(cy9)
print(cy9, sys.getrefcount(cy9))
del cy9
print('collected', gc.collect())
print({x % 3 for x in [0b1011, 12345678901234567890]} ^ set(range(8)))
if str(100.0).startswith('é'):
    cy11 = {'c': 5}
    cy11['self'] = cy11
    cy12 = [cy11, [cy11]]
    del cy11
    print(len(cy12))
    del cy12
    print('collected', gc.collect())
    pass
elif [] is [10, 1_000_000]:
    if not (257 < (2**31)):
        print(sorted([3, -7, -1000, 256], reverse=True))
        pass
    elif (-5) > (2**31) <= 4:
        s13 = {42, 10**18, 0b1011}
        pass
    else:
        v14 = not ('key' in {})
        u15, u16 = min(0x1F, 4), 'mixed Case' + 'ß'
        u15, u16 = u15, u16
        pass
    pass
else:
    for i17, i17v in enumerate('abc'):
        print('-'.join('line\nbreak'.split(',')))
        i17 = ((-6) != i17 > i17) + 0
        pass
    pass
try:
    a6.remove('日本')
except Exception as e:
    print(type(e).__name__ + ':', str(e))
def rc18(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc18(L0)
for i19, i19v in enumerate('é€'):
    try:
        raise NameError('x' * 3)
    except NameError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    L20 = [{'c': 0o17, 'd': i19}, v1]
    pass
print({s: len(s) for s in [str(x) for x in [1, 1_000_000]]})
a6.extend([str((-5)), str((-5))])
print(v1 is L0, id(v1) == id(L0))
for i21, i21v in enumerate(['x', 'y']):
    try:
        print(round(2.0))
    except Exception as e:
        print(type(e).__name__, e)
    pass
print(repr(0.2).rfind('l'))
try:
    print(a6.pop())
except BaseException as e:
    print(type(e).__name__, e.args)
print(list({'a': 4, 'key': 1000}.values())[1::-2])
a6 = list('zz')
print(None)
v22 = not all(x != (2**63) for x in [99, 3])
