# programFor(900, 43, 25): src/fuzz/differential.ts
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
    p0 += p0
    print(12345678901234567890)
    try:
        u0, u1 = int((-0.0)), 'ABC'
    except Exception as e:
        print(type(e).__name__, e)
        u0, u1 = 0, ''
    u0, u1 = u0, u1
    try:
        return (u0) << 7
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    return 0
print([0x1F, (10**18)], {-6}, sep=', ', end='.\n')
print((7.0 * 3) + 1e300)
try:
    def rc2(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc2([], [])))
    s3 = {x % 3 for x in [-2**63][::2]}
    pass
    print({}.get('x', 2))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
v4 = sum([])
print(min([], default=None), max([], default=-1))
v5 = round(1e10, 1)
print(tuple([v4, 4, v4, v4]) + ())
v6 = (v4, v4)
try:
    raise AssertionError('a', 'b')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(v6 is v4, id(v6) == id(v4))
w7 = 0
while w7 < 4:
    try:
        print(round(((v5) ** -1), 1))
    except Exception as e:
        print(type(e).__name__, e)
    print(None)
    pass
    w7 += 1
s8 = set(range(3)) ^ {100, -6, v4, v4}
try:
    print(f0('line\nbreak', [v4, v4, v4, v4]))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
d9 = {k: v for k, v in zip(list({'c': v4, 'key': (-6)}.keys()), [v4, v4, 2**31][0:])}
try:
    s8.remove(int(v5))
except BaseException as e:
    print(repr(e))
try:
    v4 |= sum([v4, v4, v4])
    try:
        u10, *u11 = [len(s) for s in ['hello', 'ab']]
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
        u10, u11 = 0, []
    pass
    print(f0('ABC', []))
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
w12 = 0
while w12 < 1:
    try:
        print([3, 12345678901234567890, v4][0x1F] <= (v4 if True else 42))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    pass
    w12 += 1
try:
    v13 = divmod(hash(v4), ((1) & (4)))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
    v13 = ()
print(None)
if 'b' in dict(b=v4, key=v4):
    try:
        raise KeyError('x' * 3)
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    try:
        try:
            print(f0(f"{'x y z'!s}{123456789.125!r}{v5:10.2e}", list(range(1, 6))))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        pass
        print(v4)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    else:
        print('no error')
    pass
else:
    if ',' in 'mixed Case'.title():
        try:
            raise Exception(42)
        except Exception as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        print(set(([7] * 2)))
        pass
    elif 100 == 1 < v4:
        cy14 = {'key': 3}
        cy14['self'] = cy14
        cy15 = [cy14, [cy14]]
        del cy14
        print(len(cy15))
        del cy15
        print(gc.collect())
        pass
    pass
try:
    v16 = divmod(((v4) % (v4)), ((v4) ** 4))
except Exception as e:
    print(type(e).__name__, e.args)
    v16 = ()
d17 = {'b': 7, 'c': v4, 'a': v4}
try:
    raise AssertionError()
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print(d9.pop('a'))
except BaseException as e:
    print(type(e).__name__, e.args)
s18 = {v4, 2**63, v4, 255}
