# programFor(900, 38, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
print(list(repr((1e-5))))
try:
    v0 = bool({k: v for k, v in zip(['3.5'], [0b1011, 0])})
    pass
    print(255 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
try:
    assert (False or True), 'x'
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
print(C0((-7)))
try:
    print({x % 2 for x in ([42, 2**63] + [256, 7])})
except BaseException as e:
    print(type(e).__name__, e.args)
print([('hello' + 'naïve'), 'mixed Case'])
v1 = (0, 257)
v1 = (99, 0b1011, 100)
for i2 in range(2):
    try:
        i2 %= True + i2
    except Exception as e:
        print(repr(e))
    pass
print(C0(99))
o3 = C0((-1000))
print(format(1, '05').split(',')[0])
for i4, i4v in enumerate('abc'):
    print(sys.getrefcount(o3))
    try:
        o3.ref = o3
        pass
        print(-6 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('finally')
    pass
print(['日本', '€uro', 'back\\slash'])
try:
    raise ZeroDivisionError()
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(o3 is o3, id(o3) == id(o3))
w5 = 0
while w5 < 4:
    try:
        raise KeyError('a', 'b')
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    for i6 in range(3, 9, 3):
        try:
            print((round(100.0, 1)) ** 3)
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__ + ':', str(e))
        v7 = v1
        pass
    pass
    w5 += 1
    if w5 == 2:
        break
v8 = isinstance(min(99, (-5)), int)
try:
    assert 1000 < 10 <= 1_000_000, 'failed'
except BaseException as e:
    print(repr(e))
v9 = repr(o3) < f"é"
print(None)
print(None)
try:
    print(v9 is v8, id(v9) == id(v8))
    o3.ref = o3
    pass
    print(int((1e-5)))
except ArithmeticError as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
if any(x != 0o17 for x in ([100, 42] * 1)):
    print(sorted([]))
    print([[y] * 2 for y in [10**18, -7]][:3])
    pass
try:
    raise Exception(42)
except Exception as e:
    print(type(e).__name__, str(e), repr(e), e.args)
