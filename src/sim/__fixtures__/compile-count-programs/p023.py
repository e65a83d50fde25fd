# programFor(900, 23, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C1', self.x)
def f0(p0):
    def rc0(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc0([])
    print('  pad  ')
    return 100
    return 0
try:
    print('%x' % (0,), sum(x * x for x in range(1)))
except Exception as e:
    print(type(e).__name__, e.args)
if ((C1((-1000)) is not C0(4)) or (not False)):
    s1 = {255, 10, 5, 3}
    s1 = {x % 4 for x in [len(s) for s in []]}
    pass
elif 5 > 0o17 <= 3:
    print({y: y ** 2 for y in []})
    pass
else:
    print(None)
    try:
        try:
            L2 = list(' '.join(['x y z', 'ab']))
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
            L2 = []
        pass
        print(0x1F // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    pass
print((True or (True or True)))
try:
    v3 = divmod(sum([]), ((-7) if True else 3))
except Exception as e:
    print(type(e).__name__, e.args)
    v3 = ()
for i4 in '':
    try:
        assert 2.0 < 100, f"value {1 + 2}"
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
try:
    raise RuntimeError('x' * 3)
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(set([len(s) for s in ['日本']]))
L5 = [12345678901234567890, '3.5', {'a': (-7)}]
w6 = 0
while w6 < 4:
    print({y: y ** 2 for y in [1, 2**63, 1_000_000] * 1})
    pass
    w6 += 1
del L5
try:
    v7 = (abs((-0.0))) // (abs((-0.0)))
except BaseException as e:
    print(type(e).__name__, e.args)
    v7 = 0.0
w8 = 0
while w8 < 5:
    L9 = [('ABC' * 2), list('  pad  ')]
    def rc10(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc10(L9)
    pass
    w8 += 1
if {'b': 1_000_000, 'b': 10} is not {'x': 0x1F, 'a': (-1000)}:
    u11, u12 = 'ß'.find('é'), repr(v7)
    u11, u12 = u11, u12
    if (('x' in {'c': 256, 'd': u11}) and (False or False)):
        L13 = [[], u11, [u11, u11]]
        print({x % 4 for x in [2**63, u11, 3]})
        pass
    pass
elif '3.5'.endswith('a'):
    print('a' in str(v7))
    pass
o14 = C0(4)
o14.ref = o14
for i15 in '42':
    a16 = o14
    print(a16 is o14, a16 == o14)
    print([y * 2 for y in [0x1F, -5, -6, -1000] * 0 if y != 3])
    L17 = [[o14, {12345678901234567890, 12345678901234567890, 7, 2}], ()]
    pass
else:
    print('loop done')
a18 = o14
v3 = v3
cy19 = C0(0)
cy20 = C0(3)
cy19.other = cy20
cy20.other = cy19
print(sys.getrefcount(cy19), sys.getrefcount(cy20))
del cy19, cy20
print(gc.collect())
print([len(s) for s in list('日本')])
print([0][-4::2])
try:
    print([y * 2 for y in [2**63, 0x1F, -7] if y != 3])
    try:
        u21, u22 = ()
    except Exception as e:
        print(repr(e))
        u21 = u22 = 0
    pass
    print(int(0.1))
except LookupError as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
finally:
    print('finally')
del o14
try:
    print(v7 is v7, id(v7) == id(v7))
    try:
        raise NameError('x' * 3)
    except NameError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
    print(7 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
print(None)
