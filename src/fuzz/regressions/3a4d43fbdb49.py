# fuzz:diff --seed 134 --statements 25 program 9232, minimized: stdout differ
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
class C1(C0):
    kind = 'c1'
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __del__(self):
        print('del C1', self.x)
print({y % 3 for y in [][::-2]})
o0 = C0(255)
for i2 in range(2, 6):
    try:
        u3, *u4 = list({'c': i2, 'b': i2}.values())
        del u4[1]
    except Exception as e:
        print(type(e).__name__, e)
    print(list(reversed(u4)) * 2)
for i5 in range(2):
    cy6 = C1(8)
    cy6.me = cy6
    cy6.tail = [C1(6), {'k': [1, 2]}]
    print(set(range(9)) & {x % 4 for x in [3, 0b1011, i5]})
    try:
        print(o0.ref)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print((1/3) >= i5, [257][(-7)], sep='')
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
print(min(list({'c': 99, 'x': 0b1011}.values()), default=None), max(list({'c': 99, 'x': 0b1011}.values()), default=-1))
try:
    u10, u11 = tuple([0, 5, 10**18, 1])
except BaseException as e:
    u10 = u11 = 0
print([[y] * 2 for y in [u11]][:3])
print([str(x) for x in ([u10, u10] + [u10])])
print({k: v for k, v in zip(['42', '  pad  ', 'mixed Case'], [u11, u10, 2])}, isinstance({'key': u11, 'b': (-1), 'c': u10}, C0), sep=', ', end='.\n')
print([x + 2 for x in [u10] if x % 2])
print(True)
try:
    assert not True, 'x'
except Exception as e:
    print(type(e).__name__ + ':', str(e))
if all(x < u11 for x in list(range(4, 7, 3))):
    print({'b': 99, 'd': u10}, {'b': u11, 'd': u11, 'b': 256}, sep=' | ')
try:
    print('tab\there', all(x > u11 for x in []), sep='')
except BaseException as e:
        print((2,))
