# programFor(900, 118, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
def f0(p0, p1):
    if '€uro' >= 'mixed Case':
        try:
            raise TypeError('')
        except TypeError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        try:
            assert '\x00' > "it's", 'x'
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
    print([None, p0])
    return 0o17
    return 0
def f1(p0):
    try:
        v0 = (float(256)) ** 0.5
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
        v0 = 0.0
    try:
        v1 = divmod((42 if True else p0), p0)
    except Exception as e:
        print(type(e).__name__, e)
        v1 = ()
    return False + p0
    return 0
print(min(sorted(set(), key=abs), default=None), max(sorted(set(), key=abs), default=-1))
def rc2(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc2([])
L3 = ([1000, 99, -1000, -1] * 2) * 2
try:
    v4 = ((0b1011) / (0x1F)) >= 'a,b,c'.count(',')
except BaseException as e:
    print(type(e).__name__, e.args)
    v4 = False
L3 += [255, (-1)]
def rc5(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc5(L3)
v6 = abs((v4 + (2**31)))
try:
    L3[2] = ((-1)) >> 4
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
print(set())
del v4
print(sys.getrefcount(L3))
try:
    print([[{}], divmod(7, v6)])
except Exception as e:
    print(type(e).__name__, e)
if '3.5'.replace(',', 'é') > '日本'.split()[0]:
    try:
        v6 //= '€uro'.rfind('')
    except BaseException as e:
        print(type(e).__name__, e)
    pass
else:
    print(list(dict(b=v6, key=256).values()))
    a7 = L3
    print(a7 is L3, a7 == L3)
    pass
try:
    v8 = float(((0x1F) % (v6)))
except BaseException as e:
    print(repr(e))
    v8 = 0.0
L9 = ['a', 'back\\slash']
L10 = [str(x) for x in [x - 4 for x in L3]]
L3 += list(reversed(L3))
def rc11(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc11(L10)
print(sys.getrefcount(keep))
w12 = 0
while w12 < 2:
    L10.sort(reverse=True)
    pass
    w12 += 1
print(v8 is v6, id(v8) == id(v6))
try:
    for i13 in range(3, 9, 3):
        v14 = (i13, v6)
        pass
        if i13 == 2:
            continue
    try:
        try:
            L15 = 'ab'[0x1F].split(' ')
        except Exception as e:
            print(repr(e))
            L15 = []
        try:
            print(f0(f1(v6), {'b': 2, 'a': v6}))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        pass
        print(round(v8))
    except ZeroDivisionError as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    else:
        print('no error')
    pass
    print(v6 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
L3[1:3] = [False + v6]
print(C1(v6))
try:
    print(True, divmod(v6, 4), sep='')
except Exception as e:
    print(type(e).__name__, e.args)
a16 = L3
print(a16 is L3, a16 == L3)
