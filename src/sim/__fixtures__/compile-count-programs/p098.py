# programFor(900, 98, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0):
    try:
        assert isinstance({10, 0x1F, 2, 99}, list), 'failed'
    except BaseException as e:
        print(type(e).__name__, e)
    for i0 in 'é':
        print('hello', {x % 3 for x in []}, sep='')
        try:
            raise RuntimeError('x' * 3)
        except RuntimeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
    p0 += '日本'
    try:
        return '%d items' % (42,)
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    return ''
def f1(p0, p1):
    try:
        try:
            assert 10 in (12345678901234567890, 99), 'failed'
        except BaseException as e:
            print(repr(e))
        cy1 = []
        cy1.append(cy1)
        print(cy1, sys.getrefcount(cy1))
        del cy1
        print(gc.collect(), gc.collect())
        pass
        print(3 // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    return (1000 if True else 10)
    return 0
L3 = [2]
print(sys.getrefcount(L3))
a4 = L3
print(a4 is L3, a4 == L3)
v5 = False
print([len(s) for s in list({}.keys())])
for i6 in list(L3):
    print(sys.getrefcount(a4))
    i6 ^= {'b': 42, 'd': i6}.get('key', i6)
    pass
if not ((-2**63) <= 1):
    if ('ß' + 'ß') > ('3.5' + 'back\\slash'):
        v7 = sum(x * x for x in range(5))
        cy8 = []
        cy8.append(cy8)
        print(cy8, sys.getrefcount(cy8))
        del cy8
        print(gc.collect(), gc.collect())
        pass
    elif 'a' in {'x': 1000}:
        print(sys.getrefcount(L3))
        pass
    print(tuple(a4))
    pass
else:
    a4.reverse()
    L3 = sorted(L3 * 2, reverse=True)
    pass
try:
    L3[0] = (257) << 8
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
print({y % 3 for y in [100, 3, -1000, -7][-1:0:-2]})
print(L3 is L3, id(L3) == id(L3))
try:
    v10 = '{} and {}'.format({'c': 0, 'c': 12345678901234567890, 'd': 0b1011}, divmod(0b1011, 1))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    v10 = ''
print((True and v5), a4, sep=' | ')
cy11 = {'key': 7}
cy11['self'] = cy11
cy12 = [cy11, [cy11]]
del cy11
print(len(cy12))
cy12.pop()
print('collected', gc.collect())
L3 = L3
try:
    assert (v5 and False), 'failed'
except Exception as e:
    print(type(e).__name__, e)
del L3
del v10
L13 = [5, 0b1011, -2**63]
a4 = []
def rc14(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc14(L13)
o15 = C0(12345678901234567890)
o16 = C0(0x1F)
try:
    v17 = (2.0) ** -1
except Exception as e:
    print(type(e).__name__, e)
    v17 = 0.0
del o16
cy18 = [[] for _ in range(3)]
for i in range(3):
    cy18[i].append(cy18[(i + 1) % 3])
cy19 = cy18[0]
del cy18
print(sys.getrefcount(cy19))
cy19 = 1
print(gc.collect())
del a4
