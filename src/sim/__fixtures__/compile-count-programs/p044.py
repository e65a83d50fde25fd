# programFor(900, 44, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1=0):
    for i0 in range(1, 9, 3):
        d1 = {**dict(b=(-1), key=p1), 'c': sum(p0)}
        pass
    try:
        return '%x' % (4,)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    return ''
def f1(p0):
    o2 = C0((-7))
    return {'key': 4, 'key': 5}.get('c', 0o17)
    return 0
for i3 in range(2):
    try:
        raise AssertionError(f'{1 + 1}')
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    i3 *= 'hello'.rfind('z')
    i3 = (((i3) * (i3)) if (i3 < i3 > i3) else ((12345678901234567890) >> 4))
    pass
L4 = sorted(['a,b,c'])
try:
    v5 = float('-0')
except Exception as e:
    print(type(e).__name__, e.args)
    v5 = 0.0
cy6 = {'c': 2}
cy6['self'] = cy6
cy7 = [cy6, [cy6]]
del cy6
print(len(cy7))
del cy7
print(gc.collect(), gc.collect())
try:
    d8 = {**{'x': (2**31), 'x': 1, 'x': 2}.copy(), 'x': ((7) // ((2**63)))}
except Exception as e:
    print(repr(e))
    d8 = {}
v9 = '{} and {}'.format({3, 1, 0}, 4).split(' ')[0]
if sum(x * x for x in range(3)) != min((2**31), (-1)):
    v9 += 'zz'
    print(d8)
    pass
try:
    print(d8.pop('a', None))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
v10 = v9[:].split(' ')[0]
print('{} and {}'.format((1_000_000, 1, 256), ()) == 'back\\slash'.ljust(6, '*'))
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc11(L4)
def rc12(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc12(d8)
print(sys.getrefcount(keep))
v13 = tuple(list(range(4, 3, 3)))
L4.extend([repr(1.5), repr(1.5)])
o14 = C0(7)
print(chr(120).split(','))
if (isinstance({3, 10**18}, bool) and (2 <= 0b1011 == 7)):
    L15 = [((-5) - 7), {-1000}]
    if v10.endswith(','):
        try:
            print(f1(list(reversed([]))))
        except BaseException as e:
            print(type(e).__name__, e.args)
        pass
    pass
else:
    a16 = d8
    pass
for i17 in list(L4):
    u18, u19 = o14.get(), str(True)
    u18, u19 = u18, u19
    pass
    if i17 == 2:
        break
print(None)
try:
    print(f0([12345678901234567890, 257], ((-2**63) if False else 10)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print(o14)
d20 = {'b': 2}
print(L4 is v5, id(L4) == id(v5))
v21 = '-'.join([str(x) for x in []])
try:
    print({99, 1, 1_000_000})
except BaseException as e:
    print(type(e).__name__, e.args)
raise ValueError('the end')
