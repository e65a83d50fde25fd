# programFor(900, 90, 25): src/fuzz/differential.ts
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
u0, u1 = ((2**31) if True else 7), 'mixed Case'
u0, u1 = u0, u1
print(u0 is u1, id(u0) == id(u1))
try:
    assert (-3.75) <= 10, 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
print(u0 is u1, id(u0) == id(u1))
d2 = {'key': u0, 'b': u0, 'd': u0}
s3 = {1, u0, u0, 4} & {u0}
del s3
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc4(d2)
print(sys.getrefcount(d2))
print({0x1F, u0, u0})
print(sorted(['👍', '']))
u1 = format(sum([u0, 2, 1_000_000]), '>4')
del d2
try:
    assert (-2**63) in (u0, 4, 99), 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
try:
    print((1000, u0) + divmod(u0, u0))
except Exception as e:
    print(repr(e))
try:
    assert u1 != u1, 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
try:
    print(list({'c': u0, 'x': (2**31), 'a': 2}.copy().items()))
except Exception as e:
    print(type(e).__name__, e.args)
try:
    print('back\\slash' * 0)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
try:
    s5 = {7}
except Exception as e:
    print(type(e).__name__, e.args)
    s5 = set()
w6 = 0
while w6 < 2:
    try:
        s5.remove({'c': u0, 'x': (-5), 'd': u0}['d'])
    except BaseException as e:
        print(type(e).__name__, e)
    try:
        u7, u8 = ((-1000)) % (u0), str(u0)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
        u7, u8 = 0, ''
    u7, u8 = u7, u8
    pass
    w6 += 1
v9 = ()
w10 = 0
while w10 < 5:
    print(-0.0)
    pass
    w10 += 1
a11 = s5
try:
    print(int(1e16))
except Exception as e:
    print(repr(e))
for i12 in range(3, 0, -1):
    print((u0 in [i12, u0]) + (-1))
    pass
