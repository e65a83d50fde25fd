# programFor(900, 12, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0, p1):
    w0 = 0
    while w0 < 5:
        cy1 = {'b': 2}
        cy1['self'] = cy1
        cy2 = [cy1, [cy1]]
        del cy1
        print(len(cy2))
        cy2.clear()
        print(gc.collect(), gc.collect())
        o3 = C0(0x1F)
        pass
        w0 += 1
        if w0 == 2:
            break
    p1 += [0b1011] * 0
    return '42'.split()[0]
    return ''
print(sorted(tuple([-7]), reverse=True))
try:
    try:
        d4 = {s: len(s) for s in 'naïve'.split()}
    except Exception as e:
        print(type(e).__name__, e.args)
        d4 = {}
    pass
    print(12345678901234567890 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
try:
    u5, *u6 = [len(s) for s in []]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u5, u6 = 0, []
cy7 = C0(6)
cy8 = C0(7)
cy7.other = cy8
cy8.other = cy7
print(sys.getrefcount(cy7), sys.getrefcount(cy8))
del cy7, cy8
print(gc.collect())
v9 = str((-(99)))
u6.reverse()
v10 = len(set())
s11 = set([len(s) for s in []])
for i12 in range(0, 0, -1):
    v9 += ', '.join(['日本', 'x y z', 'mixed Case'])
    L13 = []
    try:
        print(format(((10) // ((-1000))), '>4'))
    except BaseException as e:
        print(type(e).__name__, e.args)
    pass
def rc14(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc14(u6)
print({v10, u5, u5, -6})
print({k: v for k, v in zip(['x y z'], u6)}, None, sep='')
try:
    w15 = 0
    while w15 < 1:
        a16 = u6
        print(a16 is u6, a16 == u6)
        try:
            assert True, f"value {1 + 2}"
        except Exception as e:
            print(type(e).__name__, e.args)
        pass
        w15 += 1
    s11 = set(range(11))
    pass
    print(1_000_000 - v10)
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e)
try:
    print(s11.pop())
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    raise Exception(42)
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
if bool(sorted(['line\nbreak', 'mixed Case', 'x y z'])):
    for i17 in range(3, 6):
        try:
            assert any(x > 12345678901234567890 for x in [i17, i17, v10]), 'x'
        except BaseException as e:
            print(type(e).__name__, e)
        s18 = set(range(3))
        pass
    try:
        print(any(x <= u5 for x in u6), 1/3, sep=', ', end='.\n')
        pass
        print(int(0.1))
    except (KeyError, IndexError) as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    pass
try:
    print(f0(dict(b=u5, key=u5), list(range(0, 3, -1))))
except Exception as e:
    print(type(e).__name__, e.args)
for i19, i19v in enumerate('é€'):
    try:
        raise TypeError('a', 'b')
    except TypeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    print(min([x + 4 for x in u6 if x > 1], default=None), max([x + 4 for x in u6 if x > 1], default=-1))
    print((u5) ** 4)
    pass
    if i19 == 2:
        continue
s11 = {0x1F}
print(sys.getrefcount(u6))
print(2.0 * len({'key': 255, 'c': 1}))
s11.discard(len([u5, u5, v10]))
cy20 = C0(2)
cy20.me = cy20
cy20.tail = [C0(5), {'k': [1, 2]}]
cy20 = None
print('collected', gc.collect())
for i22 in list(u6):
    try:
        print([])
        pass
        print(v10 // 1)
    except Exception as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    pass
v23 = None
