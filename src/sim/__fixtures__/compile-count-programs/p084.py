# programFor(900, 84, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __del__(self):
        print('del C0', self.x)
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
try:
    raise IndexError('')
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
s0 = {7}
s0.discard(0o17)
print([str(x) for x in list(s0)])
v1 = 0.0
w2 = 0
while w2 < 1:
    v3 = True
    print(None)
    pass
    w2 += 1
cy4 = [[] for _ in range(5)]
for i in range(5):
    cy4[i].append(cy4[(i + 1) % 5])
cy5 = cy4[0]
del cy4
print(sys.getrefcount(cy5))
del cy5
print(gc.collect())
print(sys.getrefcount(s0))
print(None)
L6 = [str(x) for x in [len(s) for s in ['naïve', 'mixed Case']]]
print(sys.getrefcount(L6))
w7 = 0
while w7 < 1:
    try:
        raise NameError('a', 'b')
    except NameError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
    w7 += 1
if any(x > 256 for x in [len(s) for s in L6]):
    L6 = ['3.5']
    try:
        assert 'o' in 'zz', 'x'
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    pass
elif True:
    try:
        s0.add(round(1.5))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    pass
print([])
print(None)
cy8 = C1(4)
cy9 = C1(5)
cy8.other = cy9
cy9.other = cy8
print(sys.getrefcount(cy8), sys.getrefcount(cy9))
del cy8, cy9
print(gc.collect(), gc.collect())
for i10 in range(0, 6):
    print({s: len(s) for s in [str(x) for x in [i10, i10, 1_000_000, i10]]})
    cy11 = C0(6)
    cy12 = C0(0)
    cy11.other = cy12
    cy12.other = cy11
    print(sys.getrefcount(cy11), sys.getrefcount(cy12))
    cy12 = cy11 = 0
    print(gc.collect())
    pass
print(sys.getrefcount(s0))
L13 = list({'a': 1000, 'c': 1_000_000, 'c': 3}.copy().items())
w14 = 0
while w14 < 3:
    try:
        try:
            print((int(0.0)) * (((0) * (7))))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__ + ':', str(e))
        u15, u16 = {}.get('x', 4), 'mixed Case'.split(',')[0]
        u15, u16 = u15, u16
        pass
        print(2 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    else:
        print('no error')
    finally:
        print('finally')
    pass
    w14 += 1
del s0
v17 = v1
v17 = v17
try:
    print(list({'key': 0x1F}.values())[10])
except Exception as e:
    print(type(e).__name__ + ':', str(e))
def rc18(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc18(L13)
