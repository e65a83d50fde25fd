# programFor(900, 35, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0, p1):
    v0 = 99
    return sum(x * x for x in range(5))
    return 0
print(None)
print(() + (2, 0b1011, 4), None, sep=', ', end='.\n')
try:
    L1 = list(dict(b=12345678901234567890, key=(-1000)).keys())
    pass
    print(2**63 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    u2, u3 = {'key': 1, 'c': 3, 'a': (2**31)}['x'], 'tab\there'
except BaseException as e:
    print(type(e).__name__, e.args)
    u2, u3 = 0, ''
u2, u3 = u2, u3
del u3
try:
    print([x * 4 for x in ([] * 0) if x % 2])
except BaseException as e:
    print(type(e).__name__, e)
try:
    v4 = ((u2 in {u2}) or isinstance([[u2, u2, 10, u2]], dict))
except Exception as e:
    print(repr(e))
    v4 = False
try:
    print(f0(-2**63, '\x00' + 'zz'))
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    u2 = (round(0.1)) >> 5
except BaseException as e:
    print(type(e).__name__, e.args)
for i5 in range(2):
    u6, u7 = (i5) & (i5), repr({'x': i5, 'b': 255, 'b': u2})
    u6, u7 = u6, u7
    print(u6 is u6, id(u6) == id(u6))
    try:
        print(f0(((2**63) if True else 256), u7.split(' ')[0]))
    except BaseException as e:
        print(repr(e))
    pass
try:
    print((123456789.125 - 0.2) + ((1e10) // ((1e-5))))
except Exception as e:
    print(type(e).__name__, e.args)
try:
    assert (v4 or False), 'failed'
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
try:
    print('hello'[u2][u2])
except Exception as e:
    print(repr(e))
d8 = {k: v for k, v in zip([str(x) for x in [u2]], [u2, (10**18)])}
try:
    assert 100.0 != u2, 'x'
except Exception as e:
    print(repr(e))
print(None)
print(sys.getrefcount(d8))
try:
    L9 = sorted(divmod((-7), 1000), reverse=True)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    L9 = []
a10 = L9
print(a10 is L9, a10 == L9)
try:
    L9 += sorted((u2,), key=lambda v: -v)
    print(None)
    pass
    print(int(123456789.125))
except Exception as e:
    print('caught', type(e).__name__, e)
if ((v4 and v4) and ('back\\slash' != '')):
    v11 = format(0o17, ',').replace('z', ',')
    try:
        assert 'a' in d8, f"value {1 + 2}"
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    pass
else:
    w12 = 0
    while w12 < 3:
        d13 = {'b': u2}
        pass
        w12 += 1
        if w12 == 2:
            break
    pass
print(d8.copy(), list(d8.values()), sep=' | ')
try:
    assert v4, 'failed'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
for i14, i14v in enumerate('abc'):
    try:
        u15, u16 = [2, 12345678901234567890, i14, 0b1011][i14], '42'
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
        u15, u16 = 0, ''
    u15, u16 = u15, u16
    pass
v17 = True
print(u2 // 0)
