# programFor(900, 104, 25): src/fuzz/differential.ts
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
def f0(p0):
    L0 = [(10**18, 0)]
    if 'd' in {k: v for k, v in zip([], [2, 1_000_000, -1, 12345678901234567890])}:
        cy1 = C0(6)
        cy2 = C0(5)
        cy1.other = cy2
        cy2.other = cy1
        print(sys.getrefcount(cy1), sys.getrefcount(cy2))
        cy1 = None
        print(gc.collect(), gc.collect())
        print(None)
        pass
    a3 = L0
    return p0.ljust(10, '-')
    return ''
L4 = [0]
print(sys.getrefcount(L4))
L4 = [5, -6]
try:
    assert C0(1000) is not C0(256), 'failed'
except Exception as e:
    print(type(e).__name__, e)
v5 = 'zz'[::-2].split(',')[0]
print(v5 is v5, id(v5) == id(v5))
for i6 in range(3, 6):
    try:
        a7 = L4
        a7.extend([sum(x * x for x in range(2)), sum(x * x for x in range(2))])
        pass
        print(255 // 1)
    except ArithmeticError as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    print({k: v for k, v in zip(["it's", 'a'], (L4 + L4))})
    w8 = 0
    while w8 < 4:
        try:
            print(sum(L4) == sum(x * x for x in range(2)) < {}['b'])
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
        s9 = set(L4) | set(L4)
        pass
        w8 += 1
    pass
    if i6 == 2:
        continue
v10 = sum(L4)
if 'b' in dict(c=99, key=v10):
    print(list(reversed([v10, v10])))
    try:
        raise Exception('a', 'b')
    except Exception as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    pass
elif 99 < v10 != (-5):
    print(sorted((v10,), key=lambda v: -v) + L4)
    pass
else:
    if all(x < 257 for x in L4[:]):
        try:
            print(L4.pop())
        except Exception as e:
            print(type(e).__name__, e)
        pass
    pass
try:
    v11 = (((1_000_000) ** 4)) // (256)
except Exception as e:
    print(type(e).__name__, e.args)
    v11 = 0
w12 = 0
while w12 < 1:
    print([])
    pass
    w12 += 1
try:
    assert ['é', 'ABC'] is not ['naïve', '  pad  ', 'naïve'], 'failed'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
try:
    raise ZeroDivisionError('a', 'b')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    print(f0(format(v11, '>4')))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
L4 += list({2**63, 257})
for i13 in list(L4):
    try:
        print(round(0.5), C0(i13), sep=', ', end='.\n')
    except Exception as e:
        print(type(e).__name__, e.args)
    print([[y] * 2 for y in list(reversed(L4))][:3])
    pass
a14 = L4
print(sys.getrefcount(a14))
try:
    a14.remove(True + v10)
except BaseException as e:
    print(type(e).__name__, e)
a14.clear()
L15 = [(v10 - v11), sum(x * x for x in range(4))]
if repr(set()).startswith('é'):
    try:
        v16 = '%s!' % ({'d': v11}.get('key', v10),)
    except Exception as e:
        print(repr(e))
        v16 = ''
    pass
elif True:
    try:
        print(round(((v11) / (0x1F))))
    except Exception as e:
        print(type(e).__name__, e)
    pass
else:
    print(L4 is L4, id(L4) == id(L4))
    w17 = 0
    while w17 < 1:
        print(C0(v11))
        pass
        w17 += 1
    pass
try:
    L18 = '42'[42].split(',')
except Exception as e:
    print(type(e).__name__, e)
    L18 = []
cy19 = {'x': 7}
cy19['self'] = cy19
cy20 = [cy19, [cy19]]
del cy19
print(len(cy20))
cy20.pop()
print(gc.collect())
if 'key' in dict(a=4, key=7):
    L4 = list(reversed(([1, 100, v10] + L15)))
    pass
print(list({'key': 1_000_000, 'c': v10, 'c': v11}.keys()))
