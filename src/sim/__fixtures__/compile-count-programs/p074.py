# programFor(900, 74, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
def f0(p0=0):
    v0 = (max(p0, p0)) << 5
    print(sum(y for y in sorted([v0, 0], reverse=True) if y > 0))
    print(format(sum(x * x for x in range(0)), ','))
    return '3.5'
    return ''
def f1(p0=0):
    v1 = None
    return ''.zfill(5)
    return ''
print(C0((-1)))
v2 = any(x < 7 for x in list({10, -2**63, 0o17}))
print(sum(y for y in sorted([7, 1_000_000, -6, 12345678901234567890], key=lambda v: -v) if y > 0))
try:
    print(f0(0))
except Exception as e:
    print(repr(e))
cy3 = []
cy3.append(cy3)
print(cy3, sys.getrefcount(cy3))
del cy3
print(gc.collect())
v2 = ('mixed Case' + 'ab').startswith('é')
try:
    print(0.5, C0(0b1011), sep='')
    try:
        print(f1('ß'.rfind(' ')))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
    print(7 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
L5 = []
v6 = 100.0
try:
    u7, *u8 = [5] + [-6, 12345678901234567890]
except Exception as e:
    print(repr(e))
    u7, u8 = 0, []
try:
    u9, u10 = u7 - u7, '%05d' % (u7,)
except BaseException as e:
    print(type(e).__name__, e)
    u9, u10 = 0, ''
u9, u10 = u9, u10
try:
    print(((v6) % (2.25)) * max(1_000_000, u9))
except Exception as e:
    print(repr(e))
del L5
a11 = u8
print(a11 is u8, a11 == u8)
v12 = None
for i13 in '👍':
    v14 = ((v2 or v2) or (not v2))
    print(4)
    a15 = u8
    print(a15 is u8, a15 == u8)
    pass
u10 += u10 * 3
try:
    u16, *u17 = [u7]
except Exception as e:
    print(type(e).__name__, e)
    u16, u17 = 0, []
cy18 = C0(5)
cy18.me = cy18
cy18.tail = [C0(2), {'k': [1, 2]}]
cy18 = None
print(gc.collect())
cy20 = C0(4)
cy20.me = cy20
cy20.tail = [C0(1), {'k': [1, 2]}]
cy20 = None
print(gc.collect())
print(set())
print(C0(u9))
v22 = (1_000_000, 5) + tuple([u16])
u8.insert(-1, (u16) | (u9))
try:
    v23 = (((u7) / (u7))) / (((v6) // (v6)))
except Exception as e:
    print(type(e).__name__, e.args)
    v23 = 0.0
