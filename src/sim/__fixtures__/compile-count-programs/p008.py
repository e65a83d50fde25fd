# programFor(900, 8, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
def f0(p0, p1):
    try:
        print(list({p1})[p1])
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    return len('  pad  ')
    return 0
d0 = {'x': 4, 'x': (10**18), 'x': (-1000)}
try:
    print(list('naïve'[(10**18)]))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    assert 0.0 >= (-2**63), 'x'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    print((12345678901234567890,))
    pass
    print(False + 4)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
def rc1(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc1(d0)
v2 = 0.2
print(list(d0.items()))
s3 = {0x1F, 0}
print(True)
try:
    v4 = (v2) ** -1
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
    v4 = 0.0
try:
    print(f0([2**63, -1000, 1000, 0][-1::2], d0.get('c', 5)))
except Exception as e:
    print(repr(e))
print('b' in {})
print([256, 100, 10**18, 42] == [100, 0x1F])
print(v4 is v4, id(v4) == id(v4))
cy5 = {'d': 2}
cy5['self'] = cy5
cy6 = [cy5, [cy5]]
del cy5
print(len(cy6))
cy6.pop()
print(gc.collect())
try:
    raise ZeroDivisionError('a', 'b')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
L7 = sorted((), key=lambda v: -v)
print(set(range(5)))
print([(7,)])
if 'a,b,c'.rjust(7, '-') < '  pad  '[:3:3]:
    print(C1(0o17), C0(12345678901234567890), sep=', ', end='.\n')
    print(['naïve', '日本'])
    pass
else:
    d0 = dict(a=(257 - (-6)), key=sum(x * x for x in range(2)))
    print(((2**63)) & ((-6)), list('3.5'), end='!\n')
    pass
print(d0)
try:
    u8, u9 = divmod(1_000_000, 257)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u8 = u9 = 0
print(v4 is u9, id(v4) == id(u9))
if (u9 if True else (10**18)) in s3:
    print([False], [str(x) for x in L7])
    a10 = s3
    pass
else:
    try:
        L7[2] = 100
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    w11 = 0
    while w11 < 1:
        print(v4 is v4, id(v4) == id(v4))
        pass
        w11 += 1
    pass
try:
    print(f0(L7 * 2, sum([u8, u8, 2])))
except BaseException as e:
    print(type(e).__name__, e.args)
