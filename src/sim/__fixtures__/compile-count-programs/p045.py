# programFor(900, 45, 25): src/fuzz/differential.ts
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
def f0(p0, p1=[]):
    if '' in str(100.0):
        print('42'[-4:-3:-1], (7,) + (12345678901234567890,), end='!\n')
        print(tuple(p1))
        pass
    elif True:
        print(p0 is p0, id(p0) == id(p0))
        pass
    for i0 in range(0, 6):
        print('{} and {}'.format('', ''), C0(p0), sep='')
        try:
            assert ['tab\there'] is not ['\x00'], 'x'
        except BaseException as e:
            print(type(e).__name__, e)
        print({i0, p0, i0})
        pass
        if i0 == 2:
            continue
    try:
        u1, *u2 = [p0]
    except BaseException as e:
        print(type(e).__name__, e.args)
        u1, u2 = 0, []
    return ((-2**63)) >> 3
    return 0
def f1(p0, p1):
    v3 = 1000 - p1.get('d', 99)
    try:
        v4 = ('%s!' % (v3,)) != f"{3.14159:.3f}{p0!s}"
    except Exception as e:
        print(type(e).__name__, e)
        v4 = False
    try:
        v3 = p1['c']
    except BaseException as e:
        print(type(e).__name__, e.args)
    return p0 * 0
    return ''
print(''.join('42'.split(',')))
L5 = [False, {'d': 1000}]
L5.extend([{99, 0o17, 2, 2**31}, {99, 0o17, 2, 2**31}])
cy6 = [[] for _ in range(3)]
for i in range(3):
    cy6[i].append(cy6[(i + 1) % 3])
cy7 = cy6[0]
del cy6
print(sys.getrefcount(cy7))
cy7 = 1
print(gc.collect())
try:
    print(f1('%05d' % (0o17,), {**{}, 'b': 3}))
except BaseException as e:
    print(type(e).__name__, e)
print(C0(0o17), None, sep=' | ')
print({y % 3 for y in list({'b': (-1000)}.values())})
for i8, i8v in enumerate('é€'):
    try:
        print(f1('Hello World'[i8], {'key': i8}.copy()))
    except Exception as e:
        print(type(e).__name__, e.args)
    if str(1.5).endswith('z'):
        L5.extend([(0,), (0,)])
        pass
    elif [i8, 4, 2, i8] is not [1_000_000, i8, i8, 2**63]:
        a9 = L5
        print(a9 is L5, a9 == L5)
        pass
    else:
        cy10 = C0(1)
        cy10.me = cy10
        cy10.tail = [C0(5), {'k': [1, 2]}]
        cy10 = None
        print(gc.collect(), gc.collect())
        cy12 = {'a': 8}
        cy12['self'] = cy12
        cy13 = [cy12, [cy12]]
        del cy12
        print(len(cy13))
        cy13.pop()
        print(gc.collect(), gc.collect())
        pass
    pass
try:
    u14, *u15 = []
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
    u14, u15 = 0, []
v16 = None
d17 = dict(c=((0) * (1)), key=max(99, u14))
for i18 in list(u15):
    try:
        print(d17.pop('c', None))
    except Exception as e:
        print(type(e).__name__, e.args)
    pass
print(set())
for i19, i19v in enumerate('abc'):
    w20 = 0
    while w20 < 4:
        a21 = u15
        print(a21 is u15, a21 == u15)
        pass
        w20 += 1
    pass
print(float(sum(u15)))
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    assert 'é' in 'Hello World', 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
w22 = 0
while w22 < 1:
    L23 = [0.2]
    pass
    w22 += 1
    if w22 == 2:
        break
u14 = (u14) ** 0
o24 = C0(u14)
d17.clear()
for i25 in range(3, 6):
    print(bool(o24))
    pass
    if i25 == 2:
        break
try:
    print([y * 2 for y in [u14] + u15 if y != 3])
except BaseException as e:
    print(repr(e))
try:
    try:
        u15 *= 2
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    try:
        u26, u27 = int(0.5), 'line\nbreak'
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
        u26, u27 = 0, ''
    u26, u27 = u26, u27
    pass
    print(round(2.0))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
finally:
    print('finally')
print('naïve')
