# programFor(900, 26, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
L0 = [6]
print(sys.getrefcount(L0))
print([(i, y) for i, y in enumerate([255, 2])])
print(C0(1))
print([2, 0b1011, -6, -2**63] + [len(s) for s in []])
cy1 = {'c': 2}
cy1['self'] = cy1
cy2 = [cy1, [cy1]]
del cy1
print(len(cy2))
del cy2
print(gc.collect(), gc.collect())
print({x % 4 for x in [len(s) for s in ['mixed Case', 'a', 'x y z']]})
L0 = L0 * 0
a3 = L0
print(a3 is L0, a3 == L0)
try:
    print((2.25 + (-0.0)) + ((7.0) % (1e10)))
except BaseException as e:
    print(type(e).__name__, e.args)
print(None)
print(sys.getrefcount(L0))
if not (12345678901234567890 in a3):
    a3 *= 2
    try:
        assert 'key' in {'c': 100}, f"value {1 + 2}"
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
a3 *= 2
L0 *= 1
print({y: y ** 2 for y in L0})
w4 = 0
while w4 < 1:
    for i5, i5v in enumerate('é€'):
        cy6 = C0(1)
        cy6.me = cy6
        cy6.tail = [C0(3), {'k': [1, 2]}]
        cy6 = None
        print(gc.collect(), gc.collect())
        print(abs((-1)) in {i5})
        v8 = (i5, i5, i5)
        pass
        if i5 == 2:
            break
    else:
        print('loop done')
    pass
    w4 += 1
try:
    raise TypeError('')
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise NameError(42)
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
print(list(chr(75)))
cy9 = [[] for _ in range(3)]
for i in range(3):
    cy9[i].append(cy9[(i + 1) % 3])
cy10 = cy9[0]
del cy9
print(sys.getrefcount(cy10))
cy10 = 1
print(gc.collect())
print(sys.getrefcount(a3))
u11, u12 = '👍'.find('ab'), 'a,b,c'.capitalize()
u11, u12 = u11, u12
if isinstance({10, u11}, list):
    v13 = '\x00'.replace('z', 'a').capitalize()
    print(sys.getrefcount(a3))
    pass
try:
    print(tuple(L0) + divmod(u11, u11))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
u14, u15 = len({'x': u11, 'd': 0, 'key': u11}), "it's"
u14, u15 = u14, u15
