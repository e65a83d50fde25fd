# programFor(900, 75, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C0', self.x)
w0 = 0
while w0 < 5:
    print(isinstance(tuple([0x1F, 2**31, 1000, 10**18]), tuple))
    v1 = None
    pass
    w0 += 1
s2 = set(range(11))
try:
    s2.update([257, -1, 10][::-1])
except BaseException as e:
    print(type(e).__name__, e)
print(set(range(10)))
try:
    assert (False or True), f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc3(s2)
L4 = list({'b': 1000, 'b': 1000, 'x': 4}.items())
print({s: len(s) for s in sorted(['\x00', '👍', '👍'])})
a5 = L4
print(a5 is L4, a5 == L4)
print(sys.getrefcount(s2))
a6 = s2
print({'key': 2, 'd': 0x1F, 'c': 42})
try:
    raise Exception(f'{1 + 1}')
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    v7 = f"{{lit}}{float('-0')}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    v7 = ''
a5.reverse()
w8 = 0
while w8 < 3:
    def rc9(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    print(len(rc9(s2, s2)))
    pass
    w8 += 1
v7 += '{} and {}'.format(s2, C0(42))
try:
    u10, u11 = {'x': 7, 'c': 5, 'd': 99}['d'], '👍'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u10, u11 = 0, ''
u10, u11 = u10, u11
try:
    print(isinstance(((1e300) // (3.14159)), int))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(None)
a12 = a6
v13 = True
try:
    s2.discard((u10) % (u10))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    L4[2] = () + (-2**63, u10)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
if [u10, 42] == [u10, u10, u10]:
    if (u11 + 'ab') == '':
        try:
            assert bool((256, u10, u10)), 'failed'
        except BaseException as e:
            print(type(e).__name__, e)
        pass
    else:
        print({u10, u10, 1, u10} & {2**31, u10}, [u10, L4], sep=', ', end='.\n')
        d14 = {'key': u10, 'd': u10, 'c': (10**18)}.copy().copy()
        pass
    pass
elif 'a' in {'x': 255, 'b': u10}:
    u11 += ''.join(['👍', 'x y z', ''])
    pass
