# programFor(900, 28, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
try:
    print((((-7)) // (0)) + len({'x': (-1000)}))
except Exception as e:
    print(type(e).__name__, e)
L0 = sorted(['👍', 'x y z'])
print(sum(y for y in [-7] + [-2**63, 256, -6, 1_000_000] if y > 0))
s1 = {x % 6 for x in [256, (-1000)]}
try:
    v2 = bool([257])
except Exception as e:
    print(repr(e))
    v2 = False
del v2
try:
    print((((5) % ((-1000)))) * (round(123456789.125)))
except BaseException as e:
    print(type(e).__name__, e.args)
s1.discard(10**18)
v3 = None
try:
    u4, u5 = (2, 0, 257)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u4 = u5 = 0
cy6 = []
cy6.append(cy6)
print(cy6, sys.getrefcount(cy6))
del cy6
print(gc.collect())
if [u5, u5] is not []:
    try:
        print(sorted(tuple([u4, u4])))
    except BaseException as e:
        print(type(e).__name__, e)
    pass
elif 'a' in {'key': u5, 'b': u5}:
    w8 = 0
    while w8 < 3:
        cy9 = C0(5)
        cy9.me = cy9
        cy9.tail = [C0(7), {'k': [1, 2]}]
        cy9 = None
        print('collected', gc.collect())
        L0 = [str(x) for x in [u5, u4, u5, u5][:2:-2]]
        pass
        w8 += 1
    pass
print([{'x': u5}, s1, set()])
for i11 in range(3):
    print(dict(b=((u5) | (257)), key=(3 if False else 0o17)))
    pass
else:
    print('loop done')
s1.add(sum([u5]))
for i12 in '':
    L13 = [[]]
    L13.insert(-2, 0.1)
    pass
def rc14(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
keep = rc14(s1)
print(sys.getrefcount(keep))
v15 = all(x <= u5 for x in sorted(s1))
try:
    assert 'naïve'.endswith('l'), 'x'
except Exception as e:
    print(repr(e))
try:
    print(None, divmod((2**31), (-1000)), sep=' | ')
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
if (True or v15):
    v16 = (u4, 0o17, u5)
    pass
else:
    try:
        assert u4 > 2 >= u5, f"value {1 + 2}"
    except Exception as e:
        print(repr(e))
    if (3 if v15 else 0o17) == 'hello'.find('o') == ((4) | (12345678901234567890)):
        L17 = [[u4], [3, 0, u4]]
        pass
    else:
        try:
            print(C0(u5))
        except BaseException as e:
            print(type(e).__name__, e)
        pass
    pass
print({})
L18 = list({'key': u5, 'key': 99}.values())
try:
    raise ValueError('a', 'b')
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
w19 = 0
while w19 < 5:
    print('\x00')
    pass
    w19 += 1
