# programFor(900, 25, 25): src/fuzz/differential.ts
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
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __del__(self):
        print('del C1', self.x)
print(tuple(list(reversed([]))))
for i0 in range(3, 6):
    print({s: len(s) for s in 'ABC'.split(' ')})
    pass
o1 = C1(5)
try:
    try:
        print(list({}.keys()))
        pass
        print(10)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    print([str(x) for x in ([2, 10**18, 257, 0o17] * 0)])
    pass
    print(0 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
for i2, i2v in enumerate('abc'):
    a3 = o1
    o1.ref = a3
    try:
        assert i2 <= 100 == i2, 'x'
    except Exception as e:
        print(type(e).__name__, e)
    pass
s4 = {100, 1000, 10}
try:
    a5 = o1
    print(a5 is o1, a5 == o1)
    pass
    print(99 // 0)
except LookupError as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
def rc6(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc6(o1)
a7 = o1
print(a7 is o1, a7 == o1)
for i8, i8v in enumerate('abc'):
    print(o1 is o1, id(o1) == id(o1))
    try:
        v9 = ((i8) * (i8)) + {'a': i8, 'c': i8}['b']
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        v9 = 0
    v10 = 'hello'
    pass
try:
    print(a7.y)
except BaseException as e:
    print(type(e).__name__, e)
print(sys.getrefcount(a7))
print({7, 5, 2, 0x1F})
v11 = None
if isinstance(([] * 1), int):
    v12 = '42'.split(',')[0].split(' ')[0]
    print(list(zip([], [str(x) for x in [1, 1]])))
    pass
elif (2**31) == 3 == 0o17:
    if not (s4 == s4):
        a13 = s4
        print(a13 is s4, a13 == s4)
        pass
    elif 'Hello World' < 'tab\there':
        cy14 = {'b': 7}
        cy14['self'] = cy14
        cy15 = [cy14, [cy14]]
        del cy14
        print(len(cy15))
        cy15.clear()
        print(gc.collect())
        pass
    else:
        print(round(abs((-3.75)), 0))
        try:
            v16 = round((((-0.0)) ** 10), 0)
        except BaseException as e:
            print(repr(e))
            v16 = 0.0
        pass
    pass
v17 = 'tab\there'.replace(',', 'o')
w18 = 0
while w18 < 2:
    try:
        print([y * 2 for y in [x + 4 for x in [2**31, 0b1011, 2**63] if x % 2] if y != 3])
    except BaseException as e:
        print(type(e).__name__, e.args)
    pass
    w18 += 1
s19 = set([1_000_000, 1000, 0x1F, 1]) | ({5, 2, -5, 2} | s4)
try:
    print(float('-0'))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    s4.add(1_000_000)
    pass
    print(round(1e16))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
if (0.5 * 255) >= v17.count('z'):
    o1.ref = s4
    print(list({}.values()))
    pass
for i20 in range(0):
    print('{} and {}'.format((1e-5), a7).upper())
    if False:
        print(round(1e300, 2) >= ((i20) ** 1))
        L21 = list(range(1, 7, -1))
        pass
    elif any(x == i20 for x in [i20, i20, 10]):
        print(s4)
        pass
    try:
        assert not True, 'x'
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    pass
try:
    raise KeyError('')
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
if 'mixed Case'.endswith(' '):
    try:
        print(o1.missing)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
    pass
elif not True:
    try:
        raise TypeError(42)
    except TypeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
w22 = 0
while w22 < 2:
    print({s: len(s) for s in [str(x) for x in [3, 10, -7]]})
    pass
    w22 += 1
