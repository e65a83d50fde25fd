# programFor(900, 81, 25): src/fuzz/differential.ts
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
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
def f0(p0, p1):
    if bool(['a']):
        cy0 = []
        cy0.append(cy0)
        print(cy0, sys.getrefcount(cy0))
        del cy0
        print(gc.collect())
        pass
    return f"{'mixed Case':^5}{1e300:g}{12345678901234567890:^7}"
    return ''
o2 = C1((-7))
for i3 in range(0, 6):
    try:
        print(f0([7][i3], {'c': i3}))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    pass
v4 = (0.5 >= 0o17) + 4
try:
    assert False, 'failed'
except Exception as e:
    print(repr(e))
print(v4 is v4, id(v4) == id(v4))
print('👍'.lower().startswith('l'))
try:
    u5, *u6 = [0b1011, v4]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u5, u6 = 0, []
u6.sort(reverse=True)
print('naïve'.split()[0].swapcase())
try:
    assert 'a' in {'a': u5, 'b': u5, 'x': (-7)}, f"value {1 + 2}"
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc7(o2, o2)))
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc8(u6)
try:
    assert all(x > v4 for x in u6), 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
print({})
print('{} and {}'.format([['ab'], ['naïve'], '42'], []), [[v4, v4, 255], ['zz']], end='!\n')
cy9 = []
cy9.append(cy9)
print(cy9, sys.getrefcount(cy9))
del cy9
print(gc.collect())
u5 *= hash(u5)
cy11 = []
cy11.append(cy11)
print(cy11, sys.getrefcount(cy11))
del cy11
print('collected', gc.collect())
print(None, {v4, v4, v4}, end='!\n')
for i13 in 'ABC':
    print(set(range(7)))
    try:
        u6.remove('x y z'.find('z'))
    except Exception as e:
        print(type(e).__name__, e)
    print({y: y ** 2 for y in list(range(2, 0))})
    pass
else:
    print('loop done')
print(C1(v4))
del o2
def rc14(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc14(u6, u6)))
try:
    u6.sort()
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    d15 = dict(b=(-(v4)), key=[][u5])
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
    d15 = {}
raise ValueError('the end')
