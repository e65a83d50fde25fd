# programFor(900, 30, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __del__(self):
        print('del C0', self.x)
def f0(p0):
    print(() + ((5, 1_000_000, 5) + (257, -1)))
    try:
        u0, *u1 = [x + 4 for x in [] if x % 2]
    except BaseException as e:
        print(repr(e))
        u0, u1 = 0, []
    try:
        return p0
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    return ''
def f1(p0):
    print('\x00'.replace('o', 'é')[:-4:3])
    return p0 * 1
    return ''
v2 = not ("it's" > '\x00')
print(tuple([][:4:2]))
L3 = sorted(''.split(','))
try:
    L3[1] = str((2**63))
except BaseException as e:
    print(repr(e))
del L3
L4 = str(10).split(',')
L5 = ['ABC']
for i6 in range(1, 0, -1):
    print({x % 6 for x in list({'x': i6, 'a': 0}.values())})
    print(None)
    L7 = L5
    pass
a8 = L4
print(a8 is L4, a8 == L4)
try:
    print('x y z'.rjust(5, '-').endswith(' '))
except Exception as e:
    print(type(e).__name__, e)
L5.clear()
print((100, -1000))
print({'x': 0x1F, 'key': 7, 'a': (-1000)})
del a8
print(L4 is v2, id(L4) == id(v2))
try:
    assert 42 <= 1_000_000 >= 1_000_000, 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
a9 = L4
print(a9 is L4, a9 == L4)
for i10, i10v in enumerate('é€'):
    print(C0(i10))
    a11 = L4
    try:
        print(((((-2**63)) / ((-7)))) ** 3)
    except Exception as e:
        print(repr(e))
    pass
    if i10 == 2:
        break
for i12 in range(3, 6):
    s13 = {-7, 7, i12, 257}
    try:
        raise RuntimeError(f'{1 + 1}')
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
L14 = [['€uro', 'ab', 'zz'], [[(0b1011, 1, -7)], a9, (100,)], -3.75]
if {-7, 1} is not {256, 2**63, 0, -7}:
    w15 = 0
    while w15 < 3:
        try:
            u16, *u17 = list({-6, 256})
        except Exception as e:
            print(repr(e))
            u16, u17 = 0, []
        try:
            print(f0('tab\there'.title()))
        except Exception as e:
            print(repr(e))
        pass
        w15 += 1
    v18 = None
    pass
o19 = C0(1_000_000)
o20 = C0(0b1011)
print(sys.getrefcount(L5))
if abs(255) >= hash(5) != (((2**31)) << 7):
    for i21 in '\x00':
        try:
            i21 += 'a,b,c'[100]
        except Exception as e:
            print(repr(e))
        pass
        if i21 == 'l':
            continue
    v22 = f"{(0) << 2!r}{2.25:.0f}"
    pass
elif 'd' in {'d': 1_000_000, 'c': 42, 'key': (-7)}:
    print(o20.x, o20.get(), o20.kind, type(o20).__name__)
    pass
else:
    print((((42) * (255))) << 7)
    print(o19.x, o19.get(), o19.kind, type(o19).__name__)
    pass
