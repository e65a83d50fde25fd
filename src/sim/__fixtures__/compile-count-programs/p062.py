# programFor(900, 62, 25): src/fuzz/differential.ts
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
def f0(p0, p1=0):
    o0 = C0(p1)
    for i1 in range(0, 9, 3):
        try:
            v2 = (round(1.5)) // ((False + (-7)))
        except BaseException as e:
            print(repr(e))
            v2 = 0
        try:
            u3, u4 = () + (p1, p1)
        except Exception as e:
            print(repr(e))
            u3 = u4 = 0
        try:
            assert 'naïve'.endswith('ab'), 'failed'
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
    v5 = f"{abs(p1):X}{' '.join(['a']):.2} "
    return v5.zfill(4)
    return ''
def f1(p0):
    try:
        raise RuntimeError('a', 'b')
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    v6 = ('\x00' + '\x00') + ''
    return format(257, '>4')
    return ''
d7 = {s: len(s) for s in ['日本']}.copy()
for i8 in range(3, 9, 3):
    print(d7.pop('x', None))
    pass
print(d7)
L9 = [1000] * 1
try:
    try:
        raise RuntimeError('x' * 3)
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    a10 = d7
    print(a10 is d7, a10 == d7)
    pass
    print(((-6)) ^ (0))
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
for i11, i11v in enumerate('é€'):
    print(not (1e10 < 4))
    pass
L12 = format(1_000_000, 'b').split(' ')
v13 = tuple([x - 4 for x in L9 if x > 1])
for i14 in list(L9):
    print({y: y ** 2 for y in list(range(4, 7, 2))})
    try:
        print({**d7, 'c': d7['d']})
    except BaseException as e:
        print(type(e).__name__, e)
    L15 = list(tuple(L9))
    pass
try:
    print([(i, y) for i, y in enumerate(list(reversed(L9)))])
except Exception as e:
    print(type(e).__name__, e.args)
try:
    u16, *u17 = [len(s) for s in L12]
except Exception as e:
    print(type(e).__name__, e)
    u16, u17 = 0, []
try:
    print([[y] * 2 for y in list(reversed(L9))][:3])
except Exception as e:
    print(repr(e))
try:
    assert {'b': u16} is {'b': u16, 'key': u16, 'a': 1000}, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__, e.args)
L18 = [{0b1011, u16}, u16]
print(sys.getrefcount(d7))
try:
    raise IndexError('a', 'b')
except IndexError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
o19 = C0(3)
try:
    print(divmod(sum(u17), ((u16) * (u16))))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(L18, (1e16) ** 3, sep='')
except Exception as e:
    print(type(e).__name__, e)
try:
    u20, *u21 = [7, u16, u16, u16]
except BaseException as e:
    print(repr(e))
    u20, u21 = 0, []
del L9
print([[y] * 2 for y in u17 * 1][:3])
cy22 = [[] for _ in range(4)]
for i in range(4):
    cy22[i].append(cy22[(i + 1) % 4])
cy23 = cy22[0]
del cy22
print(sys.getrefcount(cy23))
pass
print(gc.collect())
print(C0(u20), d7, end='!\n')
print(list({k: v for k, v in zip(['👍', '  pad  '], u21)}.values()))
