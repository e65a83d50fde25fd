# programFor(900, 18, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
def f0(p0, p1):
    s0 = set() | set([2**31])
    s1 = set([len(s) for s in []])
    return False + 256
    return 0
L2 = [[4], [[[{'a': 256, 'b': (-1), 'c': 4}, -1000, {-7}]], None, {}], ((-6),)]
print(list(str((-1))))
print(C1(10))
try:
    assert bool([3]), f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print(sum(x * x for x in range(2)), C0(257), sep='')
if abs((-2**63)) < abs(1) > 'x y z'.rfind('a'):
    v3 = True
    pass
elif 'ab'.startswith('l'):
    print([c for c in chr(88) if c not in 'o'])
    pass
s4 = set(range(3))
if ['\x00', 'naïve'] is ['tab\there', 'é', 'zz']:
    print({**{s: len(s) for s in ['  pad  ', 'ß', '  pad  ']}, 'b': {'key': 1000}.get('c', 10)})
    pass
else:
    print('zz')
    pass
print({y % 3 for y in [len(s) for s in ['tab\there']]})
w5 = 0
while w5 < 4:
    for i6 in range(2, 6):
        cy7 = [[] for _ in range(3)]
        for i in range(3):
            cy7[i].append(cy7[(i + 1) % 3])
        cy8 = cy7[0]
        del cy7
        print(sys.getrefcount(cy8))
        del cy8
        print(gc.collect())
        pass
    else:
        print('loop done')
    pass
    w5 += 1
try:
    raise KeyError('')
except KeyError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    s4.discard([7][0])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    u9, *u10 = [1, 2**31] + []
except BaseException as e:
    print(type(e).__name__, e.args)
    u9, u10 = 0, []
try:
    v11 = divmod(u9, 99) + (u9, 3)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
    v11 = ()
cy12 = C1(3)
cy12.me = cy12
cy12.tail = [C1(4), {'k': [1, 2]}]
cy12 = None
print('collected', gc.collect())
if True:
    u10.reverse()
    pass
v14 = None
a15 = u10
for i16 in list(a15):
    L17 = chr(86).split(' ')
    try:
        L18 = list(dict(b=257, key=i16).items())
        pass
        print(i16 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    def rc19(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc19(s4, s4)))
    pass
    if i16 == 2:
        break
L20 = ['x y z', str(None)]
v21 = "it's" < f"{'👍'!s}{0.2:,.2f}"
print(L2 is u10, id(L2) == id(u10))
print(C0(257))
if isinstance((u9, u9), bool):
    o22 = C1(3)
    pass
elif '👍' != '👍':
    try:
        print(list({s: len(s) for s in ['line\nbreak', 'back\\slash']}.items()))
    except Exception as e:
        print(repr(e))
    pass
a23 = s4
