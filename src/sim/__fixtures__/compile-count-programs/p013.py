# programFor(900, 13, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
L0 = [4]
print(sys.getrefcount(L0))
for i1, i1v in enumerate('abc'):
    v2 = '3.5'.zfill(1).endswith('z')
    pass
print(list(range(2, 0, 3)) + ([1000, 12345678901234567890, 12345678901234567890] + L0))
print([[y] * 2 for y in [x + 3 for x in [12345678901234567890, 1, -7] if x % 2]][:3])
try:
    raise ValueError('boom')
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
v3 = ()
w4 = 0
while w4 < 5:
    if 'x' in {**{'c': (-1), 'key': (-7)}, 'key': 257}:
        print((256, 0o17))
        pass
    else:
        v5 = ((-(7))) * (len(L0))
        pass
    pass
    w4 += 1
    if w4 == 2:
        break
if all(x == 1_000_000 for x in [42, 10, 0b1011, 99][1:0:-2]):
    print({7, -1000, 0, 42})
    pass
else:
    print({x % 2 for x in list(reversed(L0))})
    pass
v6 = False
o7 = C0(5)
print({y % 3 for y in [len(s) for s in ['ß', 'ß']]})
v8 = None
print(set(range(9)))
L9 = sorted(sorted(['zz', 'a,b,c']))
try:
    v10 = ((0.2 * 12345678901234567890)) // (1e16)
except Exception as e:
    print(repr(e))
    v10 = 0.0
try:
    assert 'hello'.endswith('ab'), f"value {1 + 2}"
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc11(L9, L9)))
L0 += L0[0:-4:2]
v12 = (v10 + v10) <= 1_000_000
L13 = list({s: len(s) for s in ['\x00']}.values())
print(L9 is L13, id(L9) == id(L13))
try:
    assert (v6 and v12), 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
try:
    d14 = dict(c=((10) // (1)), key=sum(L13))
except Exception as e:
    print(repr(e))
    d14 = {}
d14.clear()
print(v6 is o7, id(v6) == id(o7))
