# programFor(900, 79, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1):
    print(p1 is p1, id(p1) == id(p1))
    return 'ABC'.lower()
    return ''
v0 = format(((0o17) * (99)), 'b')
for i1 in range(1, 9, 3):
    o2 = C0(i1)
    print(sys.getrefcount(o2))
    pass
try:
    raise NameError('boom')
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    v3 = float('inf')
except Exception as e:
    print(type(e).__name__, e)
    v3 = 0.0
try:
    print(f0([100, 1_000_000], sorted((), reverse=True)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
v0 = f0([][:-3], [0o17] * 2)
del v0
print(set())
w4 = 0
while w4 < 4:
    try:
        v5 = (abs(v3)) / (v3)
    except Exception as e:
        print(repr(e))
        v5 = 0.0
    pass
    w4 += 1
print((5, 257))
d6 = {'a': 1_000_000, 'b': 2, 'b': 0x1F}
if 'l' in str({5, 42, 1_000_000}):
    print([(256,)])
    pass
else:
    print(d6 is d6, id(d6) == id(d6))
    print(v3, [{100, 0o17, 12345678901234567890}, [12345678901234567890, 100, 256]], sep='')
    pass
try:
    assert False, 'failed'
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print(d6 is v3, id(d6) == id(v3))
o7 = C0(5)
if chr(109).startswith(','):
    w8 = 0
    while w8 < 2:
        print(o7)
        print(d6)
        pass
        w8 += 1
        if w8 == 2:
            break
    pass
else:
    try:
        u9, u10 = tuple([])
    except Exception as e:
        print(type(e).__name__, e.args)
        u9 = u10 = 0
    try:
        u11, u12 = (u10, u10)
    except BaseException as e:
        print(type(e).__name__, e.args)
        u11 = u12 = 0
    pass
print(list({x % 6 for x in [12345678901234567890, 0x1F, 256, 0]}))
try:
    print(isinstance(None, C0), (3) / ((-1000)), sep=', ', end='.\n')
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
L13 = [str(x) for x in [len(s) for s in ['€uro', 'naïve', 'ABC']]]
cy14 = [[] for _ in range(2)]
for i in range(2):
    cy14[i].append(cy14[(i + 1) % 2])
cy15 = cy14[0]
del cy14
print(sys.getrefcount(cy15))
del cy15
print(gc.collect())
for i16, i16v in enumerate('abc'):
    print([c for c in '日本'.title() if c not in 'l'])
    pass
if chr(97).endswith('l'):
    print(L13)
    pass
else:
    if not 'a,b,c'.startswith('é'):
        v17 = None
        pass
    print(list(d6.items()))
    pass
if max(4, 4) >= min(5, (-1000)):
    o7.ref = d6
    print(['mixed Case', (2**63, 0o17), d6])
    pass
elif (10**18) in [2**63, 99, 1, -7]:
    for i18 in range(0, 6):
        try:
            assert 'ab' in 'a', 'failed'
        except Exception as e:
            print(type(e).__name__, e.args)
        L13.sort()
        pass
    else:
        print('loop done')
    pass
w19 = 0
while w19 < 1:
    try:
        v20 = None
    except Exception as e:
        print(type(e).__name__, e.args)
        v20 = None
    pass
    w19 += 1
def rc21(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc21(o7, o7)))
