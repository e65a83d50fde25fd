# programFor(900, 80, 25): src/fuzz/differential.ts
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
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
def f0(p0, p1=0):
    print(sorted(set(p0), reverse=True))
    print(C1(p1))
    return (p1) ** 4
    return 0
L0 = list(range(0, 4, -1)) * 2
try:
    u1, u2 = (1, 255, 2) + (257, -2**63, 1000)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    u1 = u2 = 0
for i3 in range(0):
    print(u2 is u2, id(u2) == id(u2))
    try:
        L0 = [len(s) for s in ['  pad  ']]
    except Exception as e:
        print(repr(e))
    pass
else:
    print('loop done')
a4 = L0
print(a4 is L0, a4 == L0)
print(sum([x % 2 for x in a4]))
try:
    L0.insert(1, 12345678901234567890)
    try:
        raise AssertionError('boom')
    except AssertionError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
    print(1 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
try:
    print(f0(list(range(0, 8, 3)), f0([u1, -6, -7], u1)))
except BaseException as e:
    print(type(e).__name__, e)
print({y % 3 for y in L0})
print({x % 4 for x in a4}, {x % 2 for x in [u2, u1, u2, -5]}, sep=', ', end='.\n')
for i5 in 'ß':
    w6 = 0
    while w6 < 3:
        try:
            assert u2 in {256, u2}, 'x'
        except BaseException as e:
            print(type(e).__name__, e.args)
        pass
        w6 += 1
        if w6 == 2:
            break
    pass
try:
    o7 = C0((-5))
except Exception as e:
    print(type(e).__name__, e.args)
    o7 = None
cy8 = [[] for _ in range(4)]
for i in range(4):
    cy8[i].append(cy8[(i + 1) % 4])
cy9 = cy8[0]
del cy8
print(sys.getrefcount(cy9))
pass
print(gc.collect(), gc.collect())
try:
    print(f0(list({}.values()), 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bool(["it's"]), (100, u2, u2) + (), sep=' | ')
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
print(all(x != 256 for x in [u1, u1]))
w10 = 0
while w10 < 4:
    v11 = None
    pass
    w10 += 1
    if w10 == 2:
        break
L0 += [x + 2 for x in [u2, u1] if x % 2]
print([[y] * 2 for y in a4 * 0][:3])
print((u2, u2))
try:
    print(o7.missing)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
a12 = o7
print(a12 is o7, a12 == o7)
for i13 in 'mixed Case':
    print(['naïve'])
    print(set([len(s) for s in []]))
    L14 = list(i13)
    pass
def rc15(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc15(a12)
print(sys.getrefcount(keep))
v16 = tuple([])
print([None, set()])
raise ValueError('the end')
