# programFor(900, 72, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0):
    print(['back\\slash'])
    p0['x'] = (12345678901234567890) ** 0
    try:
        u0, *u1 = [4, 255, 2**63] + [1000, 0]
    except Exception as e:
        print(repr(e))
        u0, u1 = 0, []
    return "it's"
    return ''
def f1(p0, p1):
    try:
        raise KeyError()
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    p0['a'] = p1
    return '👍'.zfill(3)
    return ''
print(None)
if {-1000} is {100, 1_000_000, 3, 4}:
    L2 = list('tab\there')
    pass
elif bool(None):
    try:
        u3, *u4 = list((42, -5))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
        u3, u4 = 0, []
    pass
else:
    print(None)
    pass
if repr(100.0).endswith('é'):
    try:
        print({x % 3 for x in list(range(0, 7))})
        print([1, 1, 100, 2])
        pass
        print(1000 + 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    cy5 = C0(8)
    cy6 = C0(6)
    cy5.other = cy6
    cy6.other = cy5
    print(sys.getrefcount(cy5), sys.getrefcount(cy6))
    cy5 = None
    print('collected', gc.collect())
    pass
else:
    try:
        print({}.copy())
        L7 = list(dict(a=(-1000), key=1000).items())
        pass
        print(min(256, 0))
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    else:
        print('no error')
    pass
try:
    print(f1({s: len(s) for s in ["it's", '']}, sum([2, 42])))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc8([])
if not (True or True):
    for i9 in range(0, 9, 3):
        v10 = None
        pass
        if i9 == 2:
            continue
    else:
        print('loop done')
    print([len(s) for s in 'naïve'.split()])
    pass
else:
    for i11 in range(3, 6):
        u12, u13 = True + i11, repr({i11, i11, 0, 257})
        u12, u13 = u12, u13
        v14 = None
        s15 = {-5, -7}
        pass
    print({0b1011})
    pass
v16 = format('ABC'.rfind('ab'), '>4')
def rc17(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc17([])
print(sys.getrefcount(keep))
L18 = [0]
print(sys.getrefcount(L18))
print({y: y ** 2 for y in list((4, 2**31, 0))})
for i19 in 'back\\slash':
    for i20 in range(2, 0, -1):
        L21 = [sum([i20, i20, -6, i20]), '42'.find(' ')]
        pass
    pass
    if i19 == 'l':
        continue
else:
    print('loop done')
cy22 = C0(0)
cy22.me = cy22
cy22.tail = [C0(6), {'k': [1, 2]}]
cy22 = None
print(gc.collect())
try:
    assert 0o17 in {2**31, -5, 0o17}, 'x'
except BaseException as e:
    print(type(e).__name__, e)
for i24 in v16:
    L18.sort()
    cy25 = C0(1)
    cy25.me = cy25
    cy25.tail = [C0(3), {'k': [1, 2]}]
    cy25 = None
    print(gc.collect())
    pass
v27 = ()
print(sys.getrefcount(L18))
try:
    try:
        assert (False or False), 'failed'
    except BaseException as e:
        print(type(e).__name__, e)
    print(sum(y for y in [len(s) for s in ['Hello World']] if y > 0))
    pass
    print(2**31 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
o28 = C1(1)
print(format((-5), '05'), 'Hello World'.casefold())
v16 += v16.split(' ')[0]
try:
    u29, u30 = divmod(1000, (-2**63))
except Exception as e:
    print(repr(e))
    u29 = u30 = 0
cy31 = C1(6)
cy31.me = cy31
cy31.tail = [C1(3), {'k': [1, 2]}]
cy31 = None
print('collected', gc.collect())
print((v16 + v16).replace('a', ''))
try:
    u33, u34 = round(1e300), '42' * 1
except Exception as e:
    print(type(e).__name__, e)
    u33, u34 = 0, ''
u33, u34 = u33, u34
try:
    raise TypeError('a', 'b')
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
