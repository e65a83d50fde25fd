# programFor(900, 49, 25): src/fuzz/differential.ts
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
def f0(p0=''):
    try:
        assert all(x < 99 for x in []), 'failed'
    except Exception as e:
        print(type(e).__name__, e)
    try:
        return ((2**31)) // (1_000_000)
    except Exception as e:
        print(repr(e))
    return 0
d0 = {}
try:
    u1, u2 = (-2**63, 2**63) + (99,)
except Exception as e:
    print(repr(e))
    u1 = u2 = 0
try:
    L3 = [(((10**18)) // (1000)), (True + u1)]
except Exception as e:
    print(repr(e))
    L3 = []
for i4 in range(2, 6):
    print(None)
    def rc5(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc5(L3, L3)))
    pass
print(sys.getrefcount(L3))
try:
    if '€uro'.rfind('') == (-(u1)):
        L6 = (L3 + L3)[::2]
        try:
            print((123456789.125) ** 3)
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        pass
    else:
        try:
            v7 = (0.0) % ((1e-5))
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
            v7 = 0.0
        print((1000, 10**18))
        pass
    print([len(s) for s in ['👍', 'ß']])
    pass
    print((u2) % (u2))
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
finally:
    print('finally')
for i8 in 'tab\there':
    def rc9(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    keep = rc9(L3)
    print(sys.getrefcount(keep))
    print(str(()))
    pass
    if i8 == 'l':
        continue
w10 = 0
while w10 < 5:
    o11 = C0((2**63))
    pass
    w10 += 1
if ' ' in 'back\\slash'.replace('ab', 'o'):
    if 'Hello World' != 'back\\slash'[:2:-1]:
        try:
            v12 = round(((1_000_000) / (u2)), 1)
        except Exception as e:
            print(type(e).__name__ + ':', str(e))
            v12 = 0.0
        pass
    elif False:
        L3.insert(1, f0('€uro'))
        pass
    s13 = set()
    pass
try:
    print(set(L3), round(0.2), end='!\n')
except BaseException as e:
    print(type(e).__name__, e)
del L3
print(u1 is u1, id(u1) == id(u1))
for i14, i14v in enumerate('é€'):
    try:
        u15, u16 = {'key': u2}.get('x', 256), 'a'.replace(',', '')
        u15, u16 = u15, u16
        try:
            print({}, [][(-7)], sep=', ', end='.\n')
        except Exception as e:
            print(repr(e))
        pass
        print((u2) | (u1))
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    cy17 = {'c': 6}
    cy17['self'] = cy17
    cy18 = [cy17, [cy17]]
    del cy17
    print(len(cy18))
    cy18.pop()
    print(gc.collect())
    pass
try:
    v19 = float('1e5')
except Exception as e:
    print(type(e).__name__, e.args)
    v19 = 0.0
try:
    try:
        u20, u21 = (u2, u1, 3)
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
        u20 = u21 = 0
    cy22 = {'c': 5}
    cy22['self'] = cy22
    cy23 = [cy22, [cy22]]
    del cy22
    print(len(cy23))
    cy23.clear()
    print(gc.collect())
    pass
    print(u1 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
finally:
    print('finally')
for i24 in range(3, 9, 3):
    for i25 in range(0, 6):
        v26 = 3.14159
        pass
    else:
        print('loop done')
    try:
        u27, *u28 = [u1, i24, -2**63] + [42, 1_000_000]
    except Exception as e:
        print(type(e).__name__, e.args)
        u27, u28 = 0, []
    pass
cy29 = [[] for _ in range(5)]
for i in range(5):
    cy29[i].append(cy29[(i + 1) % 5])
cy30 = cy29[0]
del cy29
print(sys.getrefcount(cy30))
pass
print(gc.collect())
try:
    assert not True, f"value {1 + 2}"
except Exception as e:
    print(repr(e))
print(())
v31 = 2**63
u2 -= (12345678901234567890) ^ (u1)
if all(x != 4 for x in list(d0.values())):
    try:
        u2 %= [][u1]
    except Exception as e:
        print(repr(e))
    for i32, i32v in enumerate('é€'):
        try:
            print(d0.popitem())
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
        pass
    pass
w33 = 0
while w33 < 2:
    try:
        print(f0('👍'))
    except Exception as e:
        print(type(e).__name__, e)
    pass
    w33 += 1
    if w33 == 2:
        break
try:
    raise NameError(f'{1 + 1}')
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise IndexError(42)
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
