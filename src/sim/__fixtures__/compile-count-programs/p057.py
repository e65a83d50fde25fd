# programFor(900, 57, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
def f0(p0):
    p0.update({'x': 3})
    for i0 in 'tab\there':
        try:
            u1, *u2 = list(p0.values())
        except BaseException as e:
            print(type(e).__name__, e)
            u1, u2 = 0, []
        try:
            raise NameError('')
        except NameError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        a3 = u2
        print(a3 is u2, a3 == u2)
        pass
    return 'ß'
    return ''
try:
    print(f0({k: v for k, v in zip(['ABC', '€uro', 'back\\slash'], [-6, 10**18, 0o17])}))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print(sorted(list({'x': 99, 'b': (10**18)}.keys())))
print(min([2, 0o17, 100, 4][-1::-2], default=None), max([2, 0o17, 100, 4][-1::-2], default=-1))
try:
    if abs(255) in [4, 0b1011]:
        s4 = {x % 3 for x in list(reversed([1, 12345678901234567890, 10, 1]))}
        cy5 = {'d': 8}
        cy5['self'] = cy5
        cy6 = [cy5, [cy5]]
        del cy5
        print(len(cy6))
        cy6.pop()
        print('collected', gc.collect())
        pass
    elif bool({'a': 1_000_000, 'b': 1000}):
        v7 = None
        pass
    else:
        print(all(x <= 1000 for x in sorted((99, -1000, 42), reverse=True)))
        print(7.0)
        pass
    def rc8(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    rc8([])
    pass
    print(4 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    v9 = (float(5)) ** 0.5
except BaseException as e:
    print(repr(e))
    v9 = 0.0
def rc10(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc10([])
print(sys.getrefcount(keep))
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc11([], [])))
try:
    assert any(x < 5 for x in [255]), f"value {1 + 2}"
except Exception as e:
    print(repr(e))
L12 = [abs((-0.0)), [{}]]
print('mixed Case'.split())
v13 = (12345678901234567890, -7, 1)
print(((100) << 6) - 255)
L14 = [257, -6, 5, 10]
print(', '.join(['hello', 'back\\slash']) * 1)
try:
    v13 = v13 + divmod((-6), (-7))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
print(v9 is v9, id(v9) == id(v9))
print(C0(0b1011))
print(v13 is L14, id(v13) == id(L14))
w15 = 0
while w15 < 1:
    try:
        v16 = str((10**18))[-3:-3:-1]
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
        v16 = ''
    pass
    w15 += 1
L14 += L14 + []
print('key' in {'b': (2**31)})
if bool((True and True)):
    print(v13)
    print(L12.count(4 in {-5}))
    pass
def rc17(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc17(L12, L12)))
cy18 = C0(5)
cy18.me = cy18
cy18.tail = [C0(8), {'k': [1, 2]}]
cy18 = None
print(gc.collect(), gc.collect())
del L12
