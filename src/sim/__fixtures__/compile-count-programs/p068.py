# programFor(900, 68, 25): src/fuzz/differential.ts
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
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
def f0(p0):
    v0 = (12345678901234567890, 3)
    return abs(4)
    return 0
def f1(p0, p1):
    try:
        u1, u2 = tuple([0])
    except Exception as e:
        print(type(e).__name__, e.args)
        u1 = u2 = 0
    try:
        raise KeyError()
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    try:
        print(p1.pop('a'))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    try:
        return ((-7)) % (u1)
    except BaseException as e:
        print(type(e).__name__, e.args)
    return 0
try:
    u3, u4 = ((2**63)) % (257), str(256)
except Exception as e:
    print(type(e).__name__, e.args)
    u3, u4 = 0, ''
u3, u4 = u3, u4
try:
    print({y: y ** 2 for y in []})
except BaseException as e:
    print(repr(e))
try:
    print(str(((100) % (1000))))
except Exception as e:
    print(repr(e))
try:
    print({42}, (1e300) % ((1e-5)))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(bool([u3]))
w5 = 0
while w5 < 4:
    print(set([x - 3 for x in []]))
    L6 = [len(s) for s in [str(x) for x in [u3, u3, -6, u3]]]
    pass
    w5 += 1
for i7 in range(3, 6):
    for i8 in range(3, 9, 3):
        try:
            v9 = f0(sorted([-2**63, i7, i8, -1000], key=abs))
        except BaseException as e:
            print(repr(e))
            v9 = 0
        print(u4.replace('', ' ') == u4.zfill(6))
        pass
    else:
        print('loop done')
    if 'a' in {**{'a': i7, 'x': i7}, 'x': 0x1F}:
        v10 = 7.0
        pass
    else:
        try:
            u4 += repr(100.0)
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e)
        o11 = C0(2)
        pass
    pass
print(str(u3).endswith(' '))
try:
    print(f0([len(s) for s in ['3.5', '€uro', 'ABC']]))
except Exception as e:
    print(repr(e))
try:
    u12, *u13 = [u3, u3, u3, u3]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    u12, u13 = 0, []
print(None)
print(sorted(set(u13), reverse=True))
L14 = list(range(1, 4))
v15 = ', '.join(['a,b,c', 'Hello World', 'tab\there']) * 3
s16 = set(range(7))
L17 = list('42')
for i18 in 'line\nbreak':
    print(tuple(L14))
    try:
        print(f0([len(s) for s in []]))
    except Exception as e:
        print(type(e).__name__, e)
    pass
else:
    print('loop done')
try:
    assert True, 'failed'
except Exception as e:
    print(repr(e))
try:
    print(sum(y for y in [u12, u12] if y > 0))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    assert u4.endswith('é'), 'x'
except Exception as e:
    print(repr(e))
u13 = list(reversed(sorted((), key=abs)))
for i19 in range(2, 0, -1):
    def rc20(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc20(s16)
    print(None)
    pass
    if i19 == 2:
        break
try:
    u21, *u22 = [x % 4 for x in [] if x % 2]
except BaseException as e:
    print(type(e).__name__, e.args)
    u21, u22 = 0, []
try:
    print(f0(list(range(2, 4, 2))))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(set())
