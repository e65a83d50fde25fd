# programFor(900, 21, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0=[]):
    try:
        assert True, 'failed'
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    if bool(['zz', ['é', '€uro'], C0(7)]):
        print(None)
        pass
    elif 0x1F in p0:
        d0 = {}
        pass
    try:
        return (257) // (2)
    except BaseException as e:
        print(type(e).__name__, e.args)
    return 0
def f1(p0, p1):
    print(set(range(6)))
    return len({2**31, 2, 5, 100})
    return 0
print((((-1000)) >> 8) >= (((-2**63)) * (1000)) != len([]))
v1 = sum(sorted([255, 2, 0x1F], key=abs))
L2 = list('naïve')
print(L2)
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc3(L2)
print(sys.getrefcount(keep))
if bool((7, v1, 0o17)):
    try:
        u4, u5 = tuple([2**63])
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        u4 = u5 = 0
    pass
elif bool((v1, 10**18, -2**63)):
    print({k: v for k, v in zip(L2, [v1, v1])}.copy())
    pass
for i6 in list(L2):
    for i7, i7v in enumerate('é€'):
        print(sys.getrefcount(L2))
        try:
            print(f1({k: v for k, v in zip(L2, [i7, -1000])}, dict(a=v1, key=v1)))
        except BaseException as e:
            print(type(e).__name__, e.args)
        print(L2.count(f"x={i6:*^9}{'Hello World'!s}"))
        pass
    try:
        print(float('nan'))
    except BaseException as e:
        print(type(e).__name__, e.args)
    pass
L8 = [None, [7], False]
if max(v1, v1) <= (True + v1) != sum([v1, v1, v1]):
    w9 = 0
    while w9 < 5:
        L2.append('{} and {}'.format(v1, []))
        pass
        w9 += 1
    for i10 in 'line\nbreak':
        cy11 = {'b': 6}
        cy11['self'] = cy11
        cy12 = [cy11, [cy11]]
        del cy11
        print(len(cy12))
        cy12.clear()
        print(gc.collect(), gc.collect())
        pass
    pass
try:
    v13 = 'zz'[0o17].center(4, ' ')
except Exception as e:
    print(repr(e))
    v13 = ''
try:
    print([y * 2 for y in list({'c': v1, 'b': 0o17, 'x': (-1000)}.values()) if y != 3])
except Exception as e:
    print(type(e).__name__, e)
print(v13.count('ab'), {v1, v1, 0x1F, 7} ^ {v1, v1, 3}, sep='')
try:
    v14 = {**{'key': v1, 'x': v1}, 'd': v1}['d']
except Exception as e:
    print(type(e).__name__, e.args)
    v14 = 0
u15, u16 = (v1 if False else v14), v13
u15, u16 = u15, u16
a17 = L2
print(a17 is L2, a17 == L2)
try:
    print(f0(sorted([100, 5, v1, u15], key=abs)))
except Exception as e:
    print(type(e).__name__, e.args)
for i18, i18v in enumerate('abc'):
    def rc19(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    keep = rc19(a17)
    print(sys.getrefcount(keep))
    try:
        L8[1] = C0((2**31))
    except BaseException as e:
        print(repr(e))
    for i20 in list(a17):
        L2 = ['\x00', 'ß', 'tab\there']
        cy21 = {'d': 2}
        cy21['self'] = cy21
        cy22 = [cy21, [cy21]]
        del cy21
        print(len(cy22))
        cy22.clear()
        print(gc.collect())
        print({4, -6, -1, v1} is not {v14, 99, v14})
        pass
    pass
try:
    print(L8.count((v1) // (u15)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print([3.14159, C0(v1), ()])
print(7 + (u15 if False else v14))
L23 = sorted({**{'x': v1}, 'c': v14})
if isinstance(None, (int, float)):
    try:
        L2[0] = f"{v1:.2f}"
    except Exception as e:
        print(type(e).__name__, e.args)
    print(sys.getrefcount(L8))
    pass
elif u16 == v13:
    try:
        v24 = (0.2) % (0.1)
    except Exception as e:
        print(type(e).__name__, e.args)
        v24 = 0.0
    pass
a25 = L8
a26 = L23
try:
    assert ['42'] == a26, 'x'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
