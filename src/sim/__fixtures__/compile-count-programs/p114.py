# programFor(900, 114, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C0', self.x)
def f0(p0):
    v0 = (-1000, 100)
    try:
        return [][(-6)]
    except Exception as e:
        print(type(e).__name__, e)
    return 0
def f1(p0, p1):
    try:
        print(C0(p0))
        v1 = '{} and {}'.format(set(), None)
        pass
        print(sum([]))
    except Exception as e:
        print('caught', type(e).__name__, e)
    finally:
        print('finally')
    v2 = None
    try:
        print(-((((2**63)) >> 3)))
        print(None)
        pass
        print(round(1e16))
    except Exception as e:
        print('caught', type(e).__name__, e)
    return '€uro'.replace('', 'é')
    return ''
try:
    L3 = ['hello', None]
except BaseException as e:
    print(type(e).__name__, e)
    L3 = []
w4 = 0
while w4 < 2:
    for i5, i5v in enumerate('abc'):
        try:
            raise AssertionError(f'{1 + 1}')
        except AssertionError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
        if i5 == 2:
            continue
    pass
    w4 += 1
print((False or True), {s: len(s) for s in []}, sep=', ', end='.\n')
L3 = list({'x': 1}.copy().items())
if all(x <= 1_000_000 for x in ([4, 99, 0, 5] * 2)):
    try:
        v6 = isinstance(('%x' % ((-2**63),)), (int, float))
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        v6 = False
    pass
elif isinstance({}, list):
    try:
        raise KeyError('a', 'b')
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
else:
    def rc7(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc7(L3)
    print(sys.getrefcount(keep))
    pass
w8 = 0
while w8 < 5:
    print([(-(0b1011)), ((10) & (99))])
    try:
        print(L3.index(divmod((-5), (-6))))
    except Exception as e:
        print(repr(e))
    pass
    w8 += 1
print('é'.split(' ')[0])
try:
    assert (True or True), 'x'
except Exception as e:
    print(type(e).__name__, e)
L3 = [f1(255, []), ((4) | (12345678901234567890))]
print([[None, None]])
L9 = [len(s) for s in list({}.keys())]
try:
    raise RuntimeError(42)
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print({'b': 0o17, 'key': 4})
print(sys.getrefcount(L3))
L3 = list({}.items())
for i10, i10v in enumerate('abc'):
    cy11 = C0(0)
    cy12 = C0(2)
    cy11.other = cy12
    cy12.other = cy11
    print(sys.getrefcount(cy11), sys.getrefcount(cy12))
    del cy11, cy12
    print('collected', gc.collect())
    print(None, ['tab\there', 'é', '\x00'])
    print({y % 3 for y in L9})
    pass
try:
    print(divmod(sum(L9), hash(4)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    print({'b': 257}, abs(2.0), sep=', ', end='.\n')
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    print(L3.pop())
except BaseException as e:
    print(repr(e))
try:
    s13 = {x % 3 for x in list(range(4, 5, 2))}
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
    s13 = set()
print(sorted(['', '👍']))
w14 = 0
while w14 < 3:
    print(False)
    try:
        print(L3.index(0.5 * (-2**63)))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
    w14 += 1
cy15 = C0(1)
cy15.me = cy15
cy15.tail = [C0(7), {'k': [1, 2]}]
cy15 = None
print(gc.collect())
for i17 in range(3, 0, -1):
    print({y: y ** 2 for y in L9 * 1})
    pass
else:
    print('loop done')
try:
    print(len([]) + [0o17, 5, 1_000_000][(-6)])
except BaseException as e:
    print(type(e).__name__, e)
def boom(n):
    return f0(None) + n
boom(1)
