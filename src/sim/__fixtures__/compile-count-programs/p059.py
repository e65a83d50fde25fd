# programFor(900, 59, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0):
    try:
        u0, u1 = () + ()
    except Exception as e:
        print(type(e).__name__, e.args)
        u0 = u1 = 0
    if 'é' in repr(100.0):
        o2 = C0(7)
        cy3 = [[] for _ in range(3)]
        for i in range(3):
            cy3[i].append(cy3[(i + 1) % 3])
        cy4 = cy3[0]
        del cy3
        print(sys.getrefcount(cy4))
        del cy4
        print('collected', gc.collect())
        pass
    L5 = [len(s) for s in ['3.5', 'hello', 'line\nbreak']]
    return {'d': p0, 'x': (2**31)}.get('key', u0)
    return 0
cy6 = {'b': 5}
cy6['self'] = cy6
cy7 = [cy6, [cy6]]
del cy6
print(len(cy7))
del cy7
print('collected', gc.collect())
u8, u9 = True + 42, 'Hello World'.zfill(5)
u8, u9 = u8, u9
try:
    def rc10(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    rc10([])
    pass
    print((u8) // (u8))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
cy11 = []
cy11.append(cy11)
print(cy11, sys.getrefcount(cy11))
del cy11
print(gc.collect())
L13 = list({'d': u8, 'key': u8, 'x': u8}.values())
print(sys.getrefcount(L13))
u14, u15 = {'a': u8, 'd': u8}.get('b', u8), u9
u14, u15 = u14, u15
try:
    u14 = abs(int(0.5))
except Exception as e:
    print(repr(e))
try:
    assert u8 == 5, 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
w16 = 0
while w16 < 5:
    o17 = C0(5)
    print(None)
    pass
    w16 += 1
print(sorted(list(u15)))
u18, u19 = 12345678901234567890, '3.5'
u18, u19 = u18, u19
if L13 is not L13:
    for i20 in list(L13):
        L13.clear()
        u14 = -(u15.rfind('a'))
        cy21 = []
        cy21.append(cy21)
        print(cy21, sys.getrefcount(cy21))
        del cy21
        print(gc.collect())
        pass
    try:
        print({'c': (-2**63), 'b': u18, 'x': u18}.copy())
    except BaseException as e:
        print(repr(e))
    pass
try:
    assert (-1000) in L13, 'failed'
except BaseException as e:
    print(type(e).__name__, e.args)
if all(x > u18 for x in list({'key': (-5), 'x': 1000, 'key': u18}.values())):
    try:
        print(divmod(round(0.5), {'b': u18, 'd': u8, 'a': u14}.get('key', u18)))
    except BaseException as e:
        print(repr(e))
    s23 = {x % 6 for x in L13} | {5, u14, u18, 5}
    pass
else:
    print(sys.getrefcount(L13))
    cy24 = {'key': 2}
    cy24['self'] = cy24
    cy25 = [cy24, [cy24]]
    del cy24
    print(len(cy25))
    cy25.pop()
    print('collected', gc.collect())
    pass
if u9.zfill(7).startswith('o'):
    print(C0(u18))
    pass
elif not False:
    print(None)
    pass
for i26 in list(L13):
    for i27 in range(0, 0, -1):
        print([u18, set(), 7.0])
        pass
    pass
    if i26 == 2:
        break
for i28 in range(2, 6):
    try:
        L13.append((i28) % (4))
    except Exception as e:
        print(repr(e))
    print('{} and {}'.format(u14, []) <= u19)
    pass
else:
    print('loop done')
print({y: y ** 2 for y in L13})
try:
    u19 = f"{((-5) if True else u18):,}{(1e10) ** -1:>8.2f}{(0.5) // (2.25):.3f}"
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
print({x % 4 for x in [u14, (-1)]})
for i29, i29v in enumerate('abc'):
    if str(256).startswith('ab'):
        try:
            print(f0(L13[i29]))
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
        pass
    pass
def rc30(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc30(L13)
print(sys.getrefcount(keep))
u9 += ''.ljust(7, '*')
print(u15 is u14, id(u15) == id(u14))
