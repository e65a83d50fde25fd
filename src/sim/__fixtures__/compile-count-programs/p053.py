# programFor(900, 53, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
print(dict(c=min(4, (-1)), key=max((-1000), (-1))))
print(set([12345678901234567890, 12345678901234567890]))
o0 = C0(10)
print({7, 3})
print([])
o0.ref = o0
try:
    u1, u2 = (1_000_000 if True else 99), '42'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    u1, u2 = 0, ''
u1, u2 = u1, u2
try:
    print(float('inf'))
except Exception as e:
    print(type(e).__name__, e)
print(sum(y for y in [-1000, 0] if y > 0))
a3 = o0
print(a3 is o0, a3 == o0)
print(((u1) << 6) >= max((-2**63), u1) < ((256) ^ (u1)))
print(sys.getrefcount(o0))
print((u1,))
print(sys.getrefcount(o0))
try:
    u4, *u5 = [x - 2 for x in [] if x % 2]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    u4, u5 = 0, []
try:
    u6, u7 = tuple(u5)
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
    u6 = u7 = 0
v8 = u2.split(' ')[0][:-1:3]
print({s: len(s) for s in [str(x) for x in u5]})
a9 = a3
print(a9 is a3, a9 == a3)
L10 = [True, (u1,)]
try:
    print(L10.count((12345678901234567890) // (u6)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
for i11 in range(2):
    a3.ref = u5
    L10 = L10
    print(C0(0x1F))
    pass
try:
    u12, *u13 = list(reversed(u5))
except Exception as e:
    print(repr(e))
    u12, u13 = 0, []
s14 = set()
o0.x = (-6) + 7
