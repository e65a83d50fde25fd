# programFor(900, 54, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C1', self.x)
L0 = list({'c': 256, 'key': 257}.copy().items())
if 'a,b,c' > 'tab\there'.swapcase():
    def rc1(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    rc1(L0)
    L0 = L0
    pass
else:
    v2 = None
    pass
L0 = list(dict(a=1_000_000, key=(-2**63)).items())
print(2.0)
print(None)
L3 = ([2**31, 100] + [-6, 5]) + [x - 3 for x in [] if x > 1]
print(str({k: v for k, v in zip(['Hello World'], [1, 255, 7, 10])}))
L4 = L3
try:
    try:
        u5, u6 = (1) & (7), 'é' + '\x00'
        u5, u6 = u5, u6
        pass
        print({'x': 1000}['key'])
    except (KeyError, IndexError) as e:
        print('caught', type(e).__name__, e)
    finally:
        print('finally')
    pass
    print(99 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
try:
    print(0.2)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
o7 = C1(4)
print(sorted({s: len(s) for s in ['tab\there', 'a,b,c', 'line\nbreak']}))
print(float((-((-1)))))
del o7
print([str(x) for x in list({'b': 1_000_000}.values())])
print({s: len(s) for s in sorted({'a': (-6), 'b': 3, 'a': 1})})
w8 = 0
while w8 < 2:
    try:
        raise NameError('boom')
    except NameError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
    w8 += 1
L3 = list(reversed((L4 + L4)))
print(tuple(list(range(4, 4))))
for i9 in list(L4):
    try:
        print({}.copy())
    except BaseException as e:
        print(type(e).__name__, e.args)
    print(list(zip(list({i9, i9}), ["it's", 'hello', 'zz'])))
    w10 = 0
    while w10 < 5:
        cy11 = {'c': 0}
        cy11['self'] = cy11
        cy12 = [cy11, [cy11]]
        del cy11
        print(len(cy12))
        cy12.clear()
        print(gc.collect(), gc.collect())
        pass
        w10 += 1
        if w10 == 2:
            break
    pass
w13 = 0
while w13 < 3:
    print(L3 is L4, id(L3) == id(L4))
    s14 = {-6, 4, 1_000_000}
    pass
    w13 += 1
    if w13 == 2:
        break
print(bool(({'d': 100, 'd': (-7), 'd': (2**31)} is not {'d': 0o17, 'x': 1_000_000, 'x': (2**31)})))
try:
    L4[-1] = (4) * ((10**18))
except Exception as e:
    print(repr(e))
print(L4 is L4, id(L4) == id(L4))
cy15 = C1(1)
cy16 = C1(8)
cy15.other = cy16
cy16.other = cy15
print(sys.getrefcount(cy15), sys.getrefcount(cy16))
del cy15
print(gc.collect(), gc.collect())
