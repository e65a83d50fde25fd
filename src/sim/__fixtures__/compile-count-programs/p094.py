# programFor(900, 94, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
def f0(p0=0):
    try:
        raise IndexError('a', 'b')
    except IndexError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    try:
        p0 |= (p0) // (p0)
    except BaseException as e:
        print(type(e).__name__, e)
    return max(p0, p0)
    return 0
print(None, set(range(3)), sep=' | ')
try:
    raise NameError('')
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
print(tuple([-5, 4]))
print(False)
try:
    print((((1000) % ((-1)))) / (f0(99)))
except Exception as e:
    print(type(e).__name__, e.args)
if ((not True) and True):
    print(((12345678901234567890 + 99) if False else sum([1, 0b1011, -1000, 7])))
    pass
print(not (100.0 < 5))
print(list(range(0, 1, 3))[:4:-2])
for i0 in range(3, 6):
    print(C0(i0))
    print(() + (-6, 42, i0))
    pass
else:
    print('loop done')
try:
    print((100, 10) + (3, 1, 10**18), set(range(2)), sep=' | ')
    def rc1(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
        return loc
    print(len(rc1([], [])))
    pass
    print(int((-0.0)))
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
else:
    print('no error')
finally:
    print('finally')
print(set(range(4)))
v2 = 'a' in {'x': 0b1011, 'b': 1}
d3 = dict(b=((3) | (42)), key=(-(5)))
for i4, i4v in enumerate(['x', 'y']):
    for i5 in 'naïve':
        print(i5.replace(' ', ' ').split(' '))
        pass
    v6 = str((1e10 * i4))
    pass
print(v2 is v2, id(v2) == id(v2))
d3 = {'x': 5, 'key': (-7)}
a7 = d3
v8 = tuple([2, (-7)])
w9 = 0
while w9 < 1:
    v8 = v8
    for i10 in range(0):
        try:
            u11, u12 = ()
        except BaseException as e:
            print(type(e).__name__, e)
            u11 = u12 = 0
        s13 = {i10}
        pass
    pass
    w9 += 1
d3 = d3
del v8
try:
    raise NameError()
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
for i14 in range(2):
    print(list(a7.items()), ((-1000),), sep=' | ')
    print(sys.getrefcount(a7))
    print([])
    pass
try:
    print(['ß'.find('é'), [256, 4, 5, 5][(-2**63)]])
except Exception as e:
    print(repr(e))
cy15 = C0(7)
cy15.me = cy15
cy15.tail = [C0(6), {'k': [1, 2]}]
cy15 = None
print(gc.collect())
