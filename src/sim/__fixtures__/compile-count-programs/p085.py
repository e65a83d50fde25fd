# programFor(900, 85, 25): src/fuzz/differential.ts
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
    try:
        del p0[-2]
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    return 'é' + '42'
    return ''
def f1(p0=0):
    p0 = {s: len(s) for s in ['a', '', '👍']}.get('a', p0)
    try:
        assert ['back\\slash'] is ['é', 'line\nbreak', ''], 'failed'
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
    try:
        return '\x00'[p0]
    except Exception as e:
        print(repr(e))
    return ''
try:
    assert 'ab'.startswith(','), 'x'
except Exception as e:
    print(type(e).__name__, e.args)
try:
    print(list({'a': 255}.copy().items()))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
v0 = None
def rc1(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc1([], [])))
w2 = 0
while w2 < 4:
    L3 = sorted({'c': 1000}.copy())
    print(sys.getrefcount(L3))
    pass
    w2 += 1
v4 = 'Hello World'.split(' ')[0].split(',')[0]
cy5 = {'x': 5}
cy5['self'] = cy5
cy6 = [cy5, [cy5]]
del cy5
print(len(cy6))
cy6.pop()
print(gc.collect(), gc.collect())
print(v4 is v4, id(v4) == id(v4))
v7 = None
w8 = 0
while w8 < 2:
    v9 = 2.25
    pass
    w8 += 1
del v0
try:
    print(C0(100), ((-2**63)) / ((-6)), sep='')
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
print(['3.5', '\x00', 'ß'])
print(set([len(s) for s in []]))
L10 = [4]
print(sys.getrefcount(L10))
try:
    print(f0(L10 + [2**31, 10, 0b1011]))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
v11 = f"|{float(255)!r}n: "
v12 = None
try:
    print(int(1e10), False, sep='')
except BaseException as e:
    print(type(e).__name__, e)
L13 = [12345678901234567890, -1000, 2**31, 7]
v14 = None
cy15 = {'c': 0}
cy15['self'] = cy15
cy16 = [cy15, [cy15]]
del cy15
print(len(cy16))
cy16.clear()
print(gc.collect())
for i17, i17v in enumerate(['x', 'y']):
    print(None, v11.zfill(4), end='!\n')
    print(i17, {i17, i17, 0, i17}, sep='')
    pass
cy18 = C0(3)
cy19 = C0(1)
cy18.other = cy19
cy19.other = cy18
print(sys.getrefcount(cy18), sys.getrefcount(cy19))
cy18 = None
print('collected', gc.collect())
v20 = chr(119)
raise ValueError('the end')
