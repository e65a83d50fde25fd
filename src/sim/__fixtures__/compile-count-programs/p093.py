# programFor(900, 93, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
v0 = None
print([[y] * 2 for y in list(reversed([1000, 1000, 12345678901234567890, 7]))][:3])
L1 = [8]
print(sys.getrefcount(L1))
del L1
print(100)
for i2 in range(2, 6):
    w3 = 0
    while w3 < 3:
        try:
            assert 100 != 1_000_000 >= i2, 'x'
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(repr(e))
        try:
            i2 |= (i2) // (1_000_000)
        except Exception as e:
            print(repr(e))
        pass
        w3 += 1
        if w3 == 2:
            break
    w4 = 0
    while w4 < 1:
        print(((-5)) ** 3, C0(i2), end='!\n')
        try:
            raise KeyError(42)
        except KeyError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        pass
        w4 += 1
    pass
    if i2 == 2:
        break
v5 = None
try:
    u6, u7 = (0, -6, 1000)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    u6 = u7 = 0
print({k: v for k, v in zip(sorted({'b': u6, 'b': 7}), sorted((12345678901234567890, u6)))})
try:
    raise AssertionError('a', 'b')
except AssertionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    v8 = abs(int(1e10))
except Exception as e:
    print(repr(e))
    v8 = 0
s9 = {x % 1 for x in [2**63, v8, v8]}
a10 = s9
print(a10 is s9, a10 == s9)
for i11 in '日本':
    a12 = a10
    print(a12 is a10, a12 == a10)
    try:
        a13 = s9
        print(a13 is s9, a13 == s9)
        try:
            a13.update(sorted(a13))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__, e.args)
        pass
        print(round((1/3)))
    except LookupError as e:
        print('caught', type(e).__name__, e)
    except Exception:
        print('other')
    finally:
        print('finally')
    pass
else:
    print('loop done')
v14 = None
try:
    print((1.5) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
print(None)
w15 = 0
while w15 < 5:
    print(a10)
    pass
    w15 += 1
    if w15 == 2:
        break
try:
    s9.remove(sum([256]))
except Exception as e:
    print(repr(e))
try:
    print(s9.pop())
except Exception as e:
    print(type(e).__name__, e.args)
print((u7) >> 1)
print(sys.getrefcount(s9))
print({s: len(s) for s in ['ABC', 'x y z', 'x y z']})
try:
    raise RuntimeError(f'{1 + 1}')
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    print([str(x) for x in sorted((v8,))])
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
