# programFor(900, 70, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
def f0(p0):
    if False:
        print(sys.getrefcount(p0))
        try:
            u0, u1 = tuple([10])
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__ + ':', str(e))
            u0 = u1 = 0
        pass
    if False:
        try:
            print(int(abs((-0.0))))
        except BaseException as e:
            print(repr(e))
        pass
    else:
        try:
            p0 = {s: len(s) for s in ['é']}
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
        pass
    return str((-1000))
    return ''
def f1(p0, p1):
    print({y: y ** 2 for y in p0})
    return p1
    return ''
try:
    raise TypeError(42)
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
print(round(2.0, 3) * (12345678901234567890 + 7))
o2 = C0(5)
o3 = C0(42)
try:
    print(((2) % ((-7))) < 0b1011 <= (2**63))
except Exception as e:
    print(repr(e))
for i4 in 'line\nbreak':
    print(o3.x, o3.get(), o3.kind, type(o3).__name__)
    pass
print({'x': (2**63)})
L5 = []
print(sys.getrefcount(o3))
L5 += sorted(L5, key=abs)
print([len(s) for s in ['ab', 'line\nbreak']], [2.25])
try:
    try:
        print({y % 3 for y in sorted({1000}, key=lambda v: -v)})
    except Exception as e:
        print(type(e).__name__, e)
    if sum(L5) in set([-5]):
        try:
            raise AssertionError('')
        except AssertionError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        L5 *= 0
        pass
    pass
    print({}.get('a', 10))
except Exception as e:
    print('caught', type(e).__name__, e)
print(sorted(['a,b,c', 'mixed Case', 'line\nbreak']), C0(0o17))
try:
    u6, u7 = () + (5, -1000)
except Exception as e:
    print(type(e).__name__, e)
    u6 = u7 = 0
a8 = o2
print(set([u6, u6]), 0.0 * 1.5, sep=' | ')
try:
    u6 %= {}['d']
except Exception as e:
    print(type(e).__name__, e)
if False:
    print(None)
    pass
elif not False:
    print(a8 is o3, id(a8) == id(o3))
    pass
if ((u7) | ((-2**63))) in set():
    o2.ref = L5
    pass
else:
    L9 = [(-6), (-1)] + [u6, u7]
    try:
        u10, *u11 = list(reversed(L9))
    except Exception as e:
        print(repr(e))
        u10, u11 = 0, []
    pass
v12 = None
v13 = 2
try:
    u14, u15 = {'b': 42}.get('d', u6), '42'.center(0, '*')
    u14, u15 = u14, u15
    print([c for c in f"{1.5:.0f}{u7:^7}" if c not in 'ab'])
    pass
    print(u7 // 0)
except LookupError as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
print(min([0], default=None), max([0], default=-1))
for i16, i16v in enumerate('abc'):
    print(list(''), len((u6, u6)), end='!\n')
    pass
print(v12 is u7, id(v12) == id(u7))
