# programFor(900, 113, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
def f0(p0=[]):
    d0 = {k: v for k, v in zip(['mixed Case'], [2, 2])}
    return chr(123)
    return ''
def f1(p0):
    print(1)
    print([{'a': 5, 'key': 100, 'x': 2}])
    print(p0.count(10))
    return format(0, 'x')
    return ''
try:
    try:
        raise AssertionError()
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    print([abs(5), len((0, 1))])
    pass
    print(0b1011)
except Exception as e:
    print('caught', type(e).__name__, e)
w1 = 0
while w1 < 3:
    for i2 in range(0, 9, 3):
        print(list({'b': i2, 'key': 1000, 'c': 7}.copy().items()))
        v3 = 4 + (False + 12345678901234567890)
        pass
    try:
        assert 'x' in {'a': 99, 'x': 3, 'key': 0x1F}, f"value {1 + 2}"
    except Exception as e:
        print(repr(e))
    pass
    w1 += 1
print(C0((10**18)), C0(0x1F), sep=' | ')
def rc4(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc4([], [])))
try:
    v5 = divmod((False + 1), (5 if True else 0x1F))
except BaseException as e:
    print(repr(e))
    v5 = ()
s6 = {100, 1000, 100, 100}
try:
    if 'ab' in ('é' * 2):
        v7 = tuple([256])
        pass
    else:
        print(sys.getrefcount(s6))
        print(C0(0o17))
        pass
    pass
    print((256) ** 2)
except Exception as e:
    print('caught', type(e).__name__, e)
print(True)
s6 = set(list(s6))
s6 = s6
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc8(s6)
print(sys.getrefcount(keep))
for i9, i9v in enumerate('abc'):
    print(None)
    cy10 = C0(2)
    cy10.me = cy10
    cy10.tail = [C0(2), {'k': [1, 2]}]
    cy10 = None
    print(gc.collect(), gc.collect())
    pass
try:
    s6.update([10, 257])
except BaseException as e:
    print(repr(e))
try:
    s6.remove(0 + (-1))
except BaseException as e:
    print(type(e).__name__, e)
try:
    print(f0([1, 1_000_000]))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    raise NameError('a', 'b')
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
v12 = (7, 10**18)
a13 = s6
print(a13 is s6, a13 == s6)
a14 = s6
print(a14 is s6, a14 == s6)
print(C0((2**63)))
L15 = []
print(list({'a': 1_000_000}.keys()), 3.14159 * 1_000_000, sep=', ', end='.\n')
try:
    print({}.get('b', 1) - int(2.25))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
try:
    print([[y] * 2 for y in [] + [0, 99]][:3])
except BaseException as e:
    print(type(e).__name__, e)
for i16 in range(0, 0, -1):
    try:
        a13.remove(i16 - 12345678901234567890)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    print(', '.join(['hello', '日本', 'a']).split(' '))
    pass
