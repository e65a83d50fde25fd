# programFor(900, 56, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0, p1):
    cy0 = C0(6)
    cy0.me = cy0
    cy0.tail = [C0(5), {'k': [1, 2]}]
    cy0 = None
    print('collected', gc.collect())
    try:
        return '日本'[1_000_000]
    except Exception as e:
        print(repr(e))
    return ''
v2 = (len('👍')) * (3)
try:
    v2 //= (v2) * (v2)
except BaseException as e:
    print(type(e).__name__, e)
try:
    print('3.5'[v2].replace('z', 'z'))
except Exception as e:
    print(type(e).__name__, e)
L3 = list(range(2, 6, -1))
try:
    u4, *u5 = L3
except Exception as e:
    print(type(e).__name__, e)
    u4, u5 = 0, []
print(sys.getrefcount(L3))
try:
    print(divmod(((0) << 2), (-(255))))
except Exception as e:
    print(type(e).__name__, e)
print(C0(u4))
L6 = [list(()), bool(False)]
a7 = u5
try:
    print(f0(len({'a': 257}), [v2][:4:2]))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
cy8 = C0(5)
cy8.me = cy8
cy8.tail = [C0(0), {'k': [1, 2]}]
cy8 = None
print(gc.collect())
print([x % 3 for x in [100] if x % 2])
print([[y] * 2 for y in [x % 4 for x in a7]][:3])
print({y % 3 for y in sorted({12345678901234567890})})
print([{'d': v2, 'b': u4, 'd': u4}])
cy10 = []
cy10.append(cy10)
print(cy10, sys.getrefcount(cy10))
del cy10
print(gc.collect())
print(((-((2**63)))) >> 6)
try:
    L3 *= 0
except Exception as e:
    print(type(e).__name__, e.args)
try:
    u12, u13 = int(100.0), chr(101)
except Exception as e:
    print(repr(e))
    u12, u13 = 0, ''
u12, u13 = u12, u13
try:
    v14 = float('x')
except Exception as e:
    print(type(e).__name__, e)
    v14 = 0.0
for i15, i15v in enumerate('é€'):
    print('3.5')
    try:
        u5.clear()
    except Exception as e:
        print(type(e).__name__, e)
    u16, u17 = min(v2, i15), f"{v14:g}{u13:<6}"
    u16, u17 = u16, u17
    pass
L6.append((u12, u12))
print(tuple(sorted({v2, 255, u4, u4})))
print(tuple([u12, -2**63, u4, v2]))
