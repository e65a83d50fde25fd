# programFor(900, 15, 25): src/fuzz/differential.ts
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
    print(() + (5, 0b1011))
    for i0 in range(1, 0, -1):
        try:
            assert 'ß' != 'Hello World', 'failed'
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        pass
    else:
        print('loop done')
    def rc1(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    rc1(p0)
    return str((1/3))
    return ''
def f1(p0, p1):
    v2 = None
    try:
        print(f0({'a': 0, 'x': 42}))
    except BaseException as e:
        print(type(e).__name__, e)
    a3 = p1
    return p1.get('c', 1_000_000)
    return 0
L4 = 'x y z'.split(' ')
for i5 in range(2, 6):
    try:
        v6 = None
        pass
        print(False + i5)
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    pass
    if i5 == 2:
        continue
try:
    L4.insert(1, '%5.2f' % (1,))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
a7 = L4
print(a7 is L4, a7 == L4)
a7 = format(0b1011, '>4').split(',')
try:
    raise ZeroDivisionError(42)
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc8(L4)
print({y: y ** 2 for y in [-2**63, 2, -1]})
cy9 = C0(4)
cy10 = C0(0)
cy9.other = cy10
cy10.other = cy9
print(sys.getrefcount(cy9), sys.getrefcount(cy10))
del cy9, cy10
print(gc.collect(), gc.collect())
print(C0((2**63)))
for i11 in 'a,b,c':
    d12 = {'key': 1_000_000}
    pass
else:
    print('loop done')
L13 = [len(s) for s in '42'.split()]
s14 = set() - {-7}
L13 *= 1
w15 = 0
while w15 < 1:
    try:
        try:
            raise ZeroDivisionError('a', 'b')
        except ZeroDivisionError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        L4.sort()
        pass
        print(0x1F // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    print({y % 3 for y in [1000, -7] * 1})
    pass
    w15 += 1
    if w15 == 2:
        break
L13 *= 1
print(min([len(s) for s in []], default=None), max([len(s) for s in []], default=-1))
try:
    print(sum(y for y in list({'b': 1_000_000}.values()) if y > 0))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
L13 *= 0
a16 = L4
print(a16 is L4, a16 == L4)
v17 = f1(list({256}), {s: len(s) for s in L4})
a7 = list(dict(c=v17, key=v17).keys())
print({s: len(s) for s in list({'d': (2**63), 'd': v17, 'x': 42}.keys())})
del s14
try:
    v18 = ({'x': v17, 'x': 255}.get('b', v17)) // (((42) ^ (v17)))
except Exception as e:
    print(type(e).__name__, e.args)
    v18 = 0
