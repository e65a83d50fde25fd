# programFor(900, 88, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
def f0(p0, p1):
    print([None, ((7, p1) + (p1, p1, 99))])
    return f"{'zz':*^9}"
    return ''
def f1(p0):
    def rc0(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc0([], [])))
    try:
        return round(1e10)
    except Exception as e:
        print(repr(e))
    return 0
L1 = []
for i2 in '\x00':
    try:
        print(float('x'))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    print(sys.getrefcount(L1))
    pass
    if i2 == 'l':
        break
else:
    print('loop done')
try:
    L1 = ['tab\there', 'ABC']
except Exception as e:
    print(repr(e))
try:
    w3 = 0
    while w3 < 5:
        try:
            raise ZeroDivisionError('boom')
        except ZeroDivisionError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
        w3 += 1
    pass
    print(-1 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
print(None, ((10**18),) + ((-1000),), sep=', ', end='.\n')
print([1/3, {'x': 42, 'd': 12345678901234567890}, (1_000_000,)])
print({y % 3 for y in sorted([7, 100, 0x1F, 256], key=lambda v: -v)})
try:
    L1 = list({s: len(s) for s in ['  pad  ', '  pad  ']}.keys())
    pass
    print(((2**31)) >> 8)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    print(f1('{} and {}'.format(False, 'x y z')))
except Exception as e:
    print(repr(e))
d4 = {'x': 10, 'a': (-7), 'a': 1000}
d5 = {k: v for k, v in zip(L1, [10, 257, 255, 257])}
d5.update({'c': (42) & (4)})
try:
    def rc6(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc6(d4)
    L7 = list('42')
    pass
    print((10) ^ (4))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
L8 = sorted(dict(c=(-7), key=3))
L9 = [['ABC', ()], ({100, 0, 2**63, 12345678901234567890} | {10})]
print(round(0.0, 1) <= ((12345678901234567890) * (2)))
if sum([0o17, 2**31, 42]) in set([10, 0b1011, 0, -1]):
    print(d4 is d4, id(d4) == id(d4))
    def rc10(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc10(d5)
    print(sys.getrefcount(keep))
    pass
elif 'b' in {}:
    try:
        raise KeyError(f'{1 + 1}')
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
else:
    for i11 in list(L8):
        try:
            u12, u13 = tuple([0o17])
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
            u12 = u13 = 0
        pass
    cy14 = []
    cy14.append(cy14)
    print(cy14, sys.getrefcount(cy14))
    del cy14
    print('collected', gc.collect())
    pass
try:
    print(L9.pop())
except Exception as e:
    print(repr(e))
s16 = {255, -5, 0, 100}
s17 = s16
print(tuple([x * 1 for x in [12345678901234567890] if x % 2]))
print((2**31, -6) + (0,))
a18 = L8
print(a18 is L8, a18 == L8)
try:
    print('€uro'[(-5)].split(','))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
del s16
