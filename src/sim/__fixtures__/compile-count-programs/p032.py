# programFor(900, 32, 25): src/fuzz/differential.ts
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
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
def f0(p0=''):
    for i0, i0v in enumerate('é€'):
        v1 = round((7.0 * (-7)), 3)
        v2 = None
        L3 = list(range(0, 1, 3))
        pass
    p0 = repr(0.2).ljust(9, ' ')
    p0 = 'a'
    return str((-2**63))
    return ''
def f1(p0):
    try:
        print(f0('ab' * 0))
    except BaseException as e:
        print(type(e).__name__, e.args)
    try:
        assert True, 'failed'
    except BaseException as e:
        print(type(e).__name__, e.args)
    return 'naïve' * 3
    return ''
try:
    d4 = dict(b={'b': 4, 'key': 0}['b'], key=(-1000))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    d4 = {}
print(format(1, 'x'))
del d4
cy5 = {'a': 8}
cy5['self'] = cy5
cy6 = [cy5, [cy5]]
del cy5
print(len(cy6))
del cy6
print(gc.collect(), gc.collect())
if C1((-1)) is C1((10**18)):
    d7 = {'d': (2**63), 'a': (2**31)}.copy()
    pass
print({y: y ** 2 for y in [-5, 1_000_000, 7][::-2]})
for i8, i8v in enumerate(['x', 'y']):
    print(i8)
    pass
print(set(([-7, 255] * 0)))
if bool(sum([2**63])):
    print(None)
    for i9 in range(2):
        print(C0(i9))
        pass
    pass
print([y * 2 for y in sorted({7, 42}, reverse=True) if y != 3])
print(None)
print([{k: v for k, v in zip(['ab', 'mixed Case', 'Hello World'], [])}, list(range(1, 5, 2))])
print({k: v for k, v in zip([], [])}, (), end='!\n')
if bool(C0(2)):
    L10 = ('Hello World' + '  pad  ').split()
    L10.insert(2, 'tab\there' * 1)
    pass
elif any(x == 0b1011 for x in [10**18, -6]):
    try:
        print((123456789.125) ** -1)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
    pass
else:
    L11 = [0]
    print(sys.getrefcount(L11))
    pass
L12 = [7]
print(sys.getrefcount(L12))
try:
    assert L12 == L12, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__, e.args)
del L12
s13 = {-7, 0x1F, 3}
print(list(zip(list(range(1, 3, 2)), list('👍'))))
if f0('ab').startswith(''):
    print(bool(('Hello World' >= '€uro')))
    print(f0(f"n: {'a'}"))
    pass
print(C1((-6)))
o14 = C1(100)
try:
    print(o14.missing)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
a15 = s13
print(a15 is s13, a15 == s13)
d16 = {'d': 1_000_000, 'b': (-1000), 'd': 0}
