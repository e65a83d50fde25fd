# programFor(900, 29, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
print([[y] * 2 for y in list(range(1, 0))][:3])
v0 = '42' * 3
print([[y] * 2 for y in [-7]][:3])
w1 = 0
while w1 < 4:
    u2, u3 = (12345678901234567890) << 8, v0.split(' ')[0]
    u2, u3 = u2, u3
    try:
        raise RuntimeError('x' * 3)
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    finally:
        print('finally')
    pass
    w1 += 1
w4 = 0
while w4 < 2:
    s5 = {2, 3}
    pass
    w4 += 1
print({y: y ** 2 for y in sorted({1000, 2, -1}, key=lambda v: -v)})
try:
    s6 = {0x1F, 4, 4, 12345678901234567890}
    pass
    print(2**63 // 1)
except Exception as e:
    print('caught', type(e).__name__, e)
try:
    print([x - 4 for x in [100, 1, -6]][(-1000)])
except Exception as e:
    print(type(e).__name__, e.args)
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
rc7([])
del v0
print({1_000_000, 10, 2**63, 255})
print(C1(2))
print([42, 10, 2][-3:-2:-2], (7, 1000), end='!\n')
try:
    print([y * 2 for y in [10, (-5)] if y != 3])
except Exception as e:
    print(type(e).__name__ + ':', str(e))
try:
    print(() + (2**31, 12345678901234567890))
except BaseException as e:
    print(repr(e))
print(C1((-1)))
v8 = abs(len({}))
if [0o17, 1000, v8] is []:
    try:
        d9 = {**{s: len(s) for s in ['mixed Case']}, 'b': [][v8]}
    except Exception as e:
        print(type(e).__name__, e)
        d9 = {}
    v10 = float(1000) == abs(v8)
    pass
else:
    print(None)
    try:
        print(None)
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    pass
try:
    L11 = [max(v8, v8), {s: len(s) for s in ['x y z', '€uro']}]
except Exception as e:
    print(repr(e))
    L11 = []
v8 = -(100)
try:
    print({'a': v8, 'd': v8})
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    print(((2.0) ** 3) * len((v8, 0, v8)))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    L11.extend([divmod(v8, v8), divmod(v8, v8)])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
if {4} is not set():
    s12 = set(range(10))
    print((v8, v8, 12345678901234567890) + (), [0.1, 'a,b,c'], sep=', ', end='.\n')
    pass
try:
    raise ZeroDivisionError('a', 'b')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
