# programFor(900, 2, 25): src/fuzz/differential.ts
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
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
def f0(p0, p1):
    print([(-5), (p1 + p1)])
    return 'ß'
    return ''
def f1(p0, p1=''):
    try:
        u0, *u1 = [2, -2**63, 12345678901234567890, 256]
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
        u0, u1 = 0, []
    try:
        return int(1e16)
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    return 0
print(list(zip([2**63] + [2**31, 10**18, 0o17], '日本'.split())))
v2 = (7,) + (0, 42, 1000)
if any(x < (-6) for x in list(reversed([42]))):
    if {}.get('c', 256) in [3, 10]:
        d3 = {'key': (10**18), 'a': 255, 'key': 0b1011}
        try:
            print((3) % (7), int(123456789.125), sep='')
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
    else:
        print(None)
        pass
    pass
else:
    L4 = list(reversed([12345678901234567890, 10]))
    a5 = L4
    pass
try:
    print(f0(list({}.values()), 5 + (-1)))
except Exception as e:
    print(repr(e))
def rc6(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc6([])
for i7, i7v in enumerate('é€'):
    L8 = list({'a': i7}.items())
    for i9 in range(1, 9, 3):
        L10 = [sum([i9, 10, 0b1011]), sum(x * x for x in range(0))]
        a11 = L10
        pass
    pass
if 'a' in {s: len(s) for s in ['line\nbreak', 'mixed Case']}:
    print([c for c in str((-6)) if c not in ' '])
    if ('zz' + '\x00').startswith(','):
        print(None)
        pass
    elif any(x < 42 for x in [-5]):
        try:
            v12 = ((1 if True else (-7))) / (((0b1011) & (255)))
        except Exception as e:
            print(repr(e))
            v12 = 0.0
        pass
    pass
else:
    v2 = v2
    v13 = 1e10 * (-(0))
    pass
print(None)
try:
    assert 'z' in 'a', 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
w14 = 0
while w14 < 1:
    print(v2 is w14, id(v2) == id(w14))
    v15 = abs(1e16)
    pass
    w14 += 1
print([str(x) for x in [2, -2**63]])
print(list(range(0, 1)))
L16 = list({'d': (-2**63)}.items())
for i17 in 'a':
    print(None)
    print(set([len(s) for s in ['3.5', 'x y z']]))
    pass
try:
    print(f1({}, 'a'))
except Exception as e:
    print(type(e).__name__, e)
v18 = sum(x * x for x in range(3)) != (((-2**63)) * (1_000_000))
for i19, i19v in enumerate(['x', 'y']):
    try:
        print(f0(list({i19, 2**63, i19, i19}), '\x00'.rfind('o')))
    except BaseException as e:
        print(type(e).__name__, e.args)
    for i20 in range(1):
        try:
            print(f1(dict(c=i19, key=i19), chr(112)))
        except BaseException as e:
            print(repr(e))
        pass
    pass
print(v2 is L16, id(v2) == id(L16))
for i21, i21v in enumerate(['x', 'y']):
    print({y: y ** 2 for y in [i21, i21] + []})
    pass
try:
    v22 = float('inf') * (0b1011 + (2**63))
except BaseException as e:
    print(type(e).__name__, e.args)
    v22 = 0.0
if format(12345678901234567890, '05').endswith('ab'):
    try:
        print(f0(list(reversed([-2**63, -1])), (100) >> 2))
    except BaseException as e:
        print(type(e).__name__, e)
    pass
elif any(x == (-1) for x in [7]):
    try:
        print(divmod(sum(x * x for x in range(1)), (256 + 255)))
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    pass
else:
    print([x % 2 for x in [5] if x > 1][-3:-4:2])
    for i23 in range(2, 6):
        print(v2 is L16, id(v2) == id(L16))
        s24 = {i23, i23}
        print(())
        pass
    pass
L25 = sorted([][4:2:-2], key=lambda v: -v)
d26 = {'a': 0, 'c': (-1)}.copy()
v2 = (0,) + (-1000, 257, 5)
del v22
print(1 // 0)
