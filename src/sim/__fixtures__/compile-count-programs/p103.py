# programFor(900, 103, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1):
    p0 = list(reversed(p0))
    p0 = sorted(tuple([p1, p1]))
    return -1
    return 0
o0 = C0(256)
o0.x = ((2**31)) >> 6
print(list(zip([42, -5] * 0, sorted({}))))
v1 = '{} and {}'.format(sorted([100, 255, 255]), ([7] + [2**31, 255, 1000, 7]))
print(o0.x, o0.get(), o0.kind, type(o0).__name__)
s2 = {x % 3 for x in list(())}
print(s2 is o0, id(s2) == id(o0))
try:
    v3 = ({'c': 2}['x']) * (abs(99))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
    v3 = 0
print([v3])
print(v3 is v1, id(v3) == id(v1))
try:
    try:
        print(None)
        pass
        print(v1.find('ab'))
    except Exception as e:
        print('caught', type(e).__name__, e)
    pass
    print((v3) % (v3))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
finally:
    print('finally')
try:
    raise AssertionError('boom')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(())
L4 = [v3, 42][1::3]
print(sys.getrefcount(s2))
try:
    print(max(v3, 257), C0(v3), sep=', ', end='.\n')
except Exception as e:
    print(type(e).__name__, e.args)
try:
    v3 ^= (v3) % (12345678901234567890)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
w5 = 0
while w5 < 4:
    print(sys.getrefcount(L4))
    pass
    w5 += 1
try:
    raise TypeError('')
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
print('ß'.split(','), [1.5, ['mixed Case'], ['naïve']], end='!\n')
v1 = v1
s6 = set([256])
try:
    raise AssertionError(42)
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(sys.getrefcount(s2))
v7 = None
