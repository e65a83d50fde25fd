# programFor(900, 11, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print('del C0', self.x)
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 1
def f0(p0):
    if ('' * 2) == 'ABC':
        try:
            u0, u1 = round(0.5), 'back\\slash'
        except Exception as e:
            print(type(e).__name__, e)
            u0, u1 = 0, ''
        u0, u1 = u0, u1
        pass
    elif bool([7, -5]):
        print(p0)
        pass
    else:
        print(set())
        pass
    return (10) * ((10**18))
    return 0
def f1(p0):
    print(C0(255))
    print({s: len(s) for s in p0.split(',')})
    for i2 in range(2, 9, 3):
        u3, u4 = len('a'), 'mixed Case'.zfill(7)
        u3, u4 = u3, u4
        pass
    else:
        print('loop done')
    return (-5) - (-2**63)
    return 0
v5 = f"{'x y z' * 3:^5}{0.0:,.2f}{2.25 * 0:>8.2f}"
v6 = 0b1011 < (1000 if False else 1)
try:
    v7 = f"{(1000) % (99):#x}{float('x'):>8.2f}"
except Exception as e:
    print(type(e).__name__, e)
    v7 = ''
try:
    v8 = 2.25 * int(1e300)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
    v8 = 0.0
if ((255 == 1) and (v7 > 'ß')):
    L9 = [6]
    print(sys.getrefcount(L9))
    w10 = 0
    while w10 < 3:
        print([str(x) for x in L9], list(reversed(L9)))
        cy11 = C0(8)
        cy12 = C0(3)
        cy11.other = cy12
        cy12.other = cy11
        print(sys.getrefcount(cy11), sys.getrefcount(cy12))
        cy12 = cy11 = 0
        print('collected', gc.collect())
        pass
        w10 += 1
    pass
else:
    try:
        u13, *u14 = []
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(repr(e))
        u13, u14 = 0, []
    pass
v15 = sum([5, 0b1011, 0]) >= sum([10**18])
print({4, 3, 10, 10})
print(v15 is v7, id(v15) == id(v7))
def rc16(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
keep = rc16([])
print(sys.getrefcount(keep))
try:
    u17, u18 = tuple([3, 42, 0o17])
except BaseException as e:
    print(repr(e))
    u17 = u18 = 0
print([(i, y) for i, y in enumerate(list(range(0, 4, -1)))])
w19 = 0
while w19 < 1:
    cy20 = C1(8)
    cy20.me = cy20
    cy20.tail = [C1(6), {'k': [1, 2]}]
    cy20 = None
    print('collected', gc.collect())
    pass
    w19 += 1
    if w19 == 2:
        break
v22 = isinstance({u18, u18}, tuple)
v23 = abs(0.0)
try:
    u24, u25 = ((-1000),)
except Exception as e:
    print(type(e).__name__, e)
    u24 = u25 = 0
if isinstance(list(v7), float):
    try:
        raise ValueError(42)
    except ValueError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
else:
    print(())
    pass
for i26 in range(3, 9, 3):
    def rc27(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    print(len(rc27([], [])))
    pass
    if i26 == 2:
        break
try:
    print(f1(chr(106)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
v28 = chr(82).rjust(8, '-')
o29 = C0(u24)
try:
    print(tuple([5, u24, u17, u25]) + divmod(u18, u17))
except BaseException as e:
    print(type(e).__name__, e)
o30 = C0(u24)
print(sys.getrefcount(o29))
if format(100, '05').startswith(','):
    print('ab' in v5)
    print(v7 is u18, id(v7) == id(u18))
    pass
print(sys.getrefcount(o30))
