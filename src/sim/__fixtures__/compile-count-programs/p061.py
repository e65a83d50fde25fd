# programFor(900, 61, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
s0 = {4, -5, 1_000_000}
cy1 = []
cy1.append(cy1)
print(cy1, sys.getrefcount(cy1))
del cy1
print(gc.collect())
print(C0(0x1F))
if ['tab\there', '€uro'] is not []:
    try:
        u3, u4 = divmod(3, (-2**63))
    except BaseException as e:
        print(repr(e))
        u3 = u4 = 0
    try:
        u4 -= ((-2**63)) % (u4)
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    pass
else:
    print(s0)
    try:
        try:
            v5 = ((0o17) // (1)) - 0b1011
        except Exception as e:
            print(repr(e))
            v5 = 0
        print(len({}) < 'Hello World'.find(''))
        pass
        print(257 // 1)
    except ZeroDivisionError as e:
        print('caught', type(e).__name__, e)
    pass
try:
    u6, *u7 = [1000, -1, 5, -1]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    u6, u7 = 0, []
print(sys.getrefcount(u7))
s8 = {x % 1 for x in u7}
if True:
    if 'a' in dict(b=u6, key=0x1F):
        u7.append(sum([u6, 257, u6]))
        pass
    pass
cy9 = []
cy9.append(cy9)
print(cy9, sys.getrefcount(cy9))
del cy9
print(gc.collect())
print((1/3) + 123456789.125)
print(C0(1_000_000))
d11 = {'x': 0o17}
try:
    s8.update(u7 + [u6, u6])
except Exception as e:
    print(type(e).__name__ + ':', str(e))
del s0
d12 = {}
L13 = [s8, C0(u6)]
print(sys.getrefcount(d11))
w14 = 0
while w14 < 4:
    print("it's".center(9, '*') >= ('👍' * 3))
    pass
    w14 += 1
for i15 in list(u7):
    s8 = set([u6, i15])
    pass
    if i15 == 2:
        continue
del d12
try:
    assert False, 'x'
except Exception as e:
    print(repr(e))
L13 = list({**d11, 'key': 0b1011}.items())
L13[1:3] = ['42'.split(',')[0]]
print('{} and {}'.format(d11, (not False)))
try:
    print(min(u7 * 2, default=None), max(u7 * 2, default=-1))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
