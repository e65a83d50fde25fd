# programFor(900, 63, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C0', self.x)
o0 = C0(2)
try:
    raise IndexError('')
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print(o0.kind)
except BaseException as e:
    print(repr(e))
v1 = round((0.5 * (-5)), 0)
try:
    print({y % 3 for y in list({-2**63, 0, 2**63})})
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
for i2, i2v in enumerate('é€'):
    try:
        print(o0.ref)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    for i3, i3v in enumerate('abc'):
        try:
            o0.x = len({'b': 99})
        except BaseException as e:
            print(type(e).__name__, e.args)
        pass
    pass
for i4 in '\x00':
    print(o0)
    w5 = 0
    while w5 < 1:
        cy6 = C0(5)
        cy6.me = cy6
        cy6.tail = [C0(5), {'k': [1, 2]}]
        cy6 = None
        print(gc.collect(), gc.collect())
        pass
        w5 += 1
    try:
        assert True, 'x'
    except Exception as e:
        print(type(e).__name__, e)
    pass
    if i4 == 'l':
        break
print({**{'d': 255, 'c': 1000, 'key': 4}, 'd': 255}, 'ABC' * 2)
v1 = abs((2.0 - v1))
v1 = (v1 * (2**63)) + float(12345678901234567890)
print(list('line\nbreak'), 'x y z'.split(), sep=' | ')
print(C0(257))
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print(o0.ref)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print(['日本', 'naïve', '  pad  '])
try:
    raise ValueError('a', 'b')
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(['👍'])
try:
    assert bool(None), f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(sys.getrefcount(o0))
print(min([], default=None), max([], default=-1))
for i8 in range(2):
    try:
        raise NameError('a', 'b')
    except NameError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
o0.ref = o0
print([len(s) for s in list({'key': 42, 'b': 1000}.keys())])
print({'x': 255, 'a': (2**63), 'd': 0b1011})
print([y * 2 for y in [2, 2] + [-6] if y != 3])
