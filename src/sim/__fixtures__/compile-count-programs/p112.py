# programFor(900, 112, 25): src/fuzz/differential.ts
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
        v0 = [p1, p1, p1, 10][4]
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
        v0 = 0
    a1 = p0
    print(a1 is p0, a1 == p0)
    try:
        assert [] == ['mixed Case', '€uro'], 'failed'
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    return 'é'
    return ''
def f1(p0, p1=''):
    def rc2(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc2([])
    return ((-1000)) >> 4
    return 0
try:
    v3 = (((5) / (1))) // (((3) / (0b1011)))
except Exception as e:
    print(type(e).__name__, e.args)
    v3 = 0.0
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc4([], [])))
try:
    u5, *u6 = list(range(0, 3, 3))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
    u5, u6 = 0, []
print([False, {}, set()])
print(u5 is u5, id(u5) == id(u5))
print(v3 is u5, id(v3) == id(u5))
print(sys.getrefcount(u6))
L7 = list({'b': u5, 'x': u5, 'c': u5}.items())
del u6
if 'ß'.ljust(8, '*') > f"{''}{u5:,}":
    print([v3, []], 1e-5, sep=', ', end='.\n')
    for i8 in range(2):
        try:
            raise RuntimeError('')
        except RuntimeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        print(u5 is v3, id(u5) == id(v3))
        pass
    pass
else:
    print({x % 5 for x in [u5, u5]}, [u5, u5, u5] * 2)
    print(L7 is u5, id(L7) == id(u5))
    pass
a9 = L7
if C0(u5) is not C0(u5):
    s10 = {x % 1 for x in list(range(0, 8))}
    pass
if ('a,b,c' + "it's") != 'a'.ljust(11, '*'):
    a11 = a9
    pass
elif 'b' in {}:
    print(all(x > u5 for x in [u5, u5]))
    pass
v12 = abs(0.2) > ((u5) | (u5))
try:
    a9[-2] = '日本'.zfill(7)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
o13 = C0(u5)
w14 = 0
while w14 < 3:
    print(u5 is o13, id(u5) == id(o13))
    try:
        o13.x = {'c': u5}['b']
    except Exception as e:
        print(repr(e))
    pass
    w14 += 1
w15 = 0
while w15 < 2:
    for i16 in range(0):
        print(o13 is i16, id(o13) == id(i16))
        pass
    pass
    w15 += 1
    if w15 == 2:
        break
v12 = ((u5) >> 3) in tuple([10**18])
print(v12)
print(['mixed Case', 'ab'])
for i17 in range(3, 6):
    try:
        u5 //= f1(i17, '日本')
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    try:
        print({**{'a': i17, 'c': u5}, 'd': o13.get()})
        print(v12 is u5, id(v12) == id(u5))
        pass
        print(hash(u5))
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    pass
if str((2**63)).endswith('o'):
    try:
        print('👍'[u5])
    except Exception as e:
        print(type(e).__name__, e)
    pass
else:
    u5 ^= (12345678901234567890 if v12 else u5)
    pass
try:
    u18, u19 = {'c': (2**63)}.get('b', u5), 'tab\there'.zfill(7)
    u18, u19 = u18, u19
    pass
    print(-(u5))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
try:
    u20, *u21 = [u5, u5, u5, u5]
except BaseException as e:
    print(type(e).__name__, e.args)
    u20, u21 = 0, []
