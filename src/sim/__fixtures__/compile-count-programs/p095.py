# programFor(900, 95, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
def f0(p0, p1):
    print(['', "it's", '日本'])
    return ((2**63)) ^ (0b1011)
    return 0
def f1(p0, p1):
    print({y % 3 for y in [0, 2**63, -1]})
    return repr(0.5)
    return ''
try:
    print(f0({s: len(s) for s in ['naïve', 'tab\there']}, 'ab'.split(' ')[0]))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
print([{'b': 0o17}, (0b1011, 4, 100)])
v0 = False
v1 = None
cy2 = {'a': 0}
cy2['self'] = cy2
cy3 = [cy2, [cy2]]
del cy2
print(len(cy3))
cy3.pop()
print(gc.collect())
L4 = [4]
print(sys.getrefcount(L4))
print(list({-1}) + sorted(()))
try:
    raise ZeroDivisionError('a', 'b')
except ZeroDivisionError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
try:
    print(f0({**{'x': 1000}, 'a': 7}, '{} and {}'.format(v0, [100])))
except Exception as e:
    print(repr(e))
try:
    raise RuntimeError('')
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
if v0:
    try:
        L4[2] = (0x1F) % ((10**18))
    except BaseException as e:
        print(type(e).__name__, e)
    cy5 = C1(4)
    cy5.me = cy5
    cy5.tail = [C1(4), {'k': [1, 2]}]
    cy5 = None
    print(gc.collect(), gc.collect())
    pass
else:
    try:
        print(list((99, 1_000_000)))
        pass
        print(-1000 // 0)
    except Exception as e:
        print('caught', type(e).__name__, e)
    else:
        print('no error')
    try:
        L7 = [(((-1)) // (255)), 'tab\there'.find('ab')]
    except BaseException as e:
        print(type(e).__name__, e.args)
        L7 = []
    pass
try:
    assert not v0, f"value {1 + 2}"
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
try:
    raise NameError('x' * 3)
except NameError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
finally:
    print('finally')
print(sum(y for y in [5, 3, 4, -2**63] if y > 0))
a8 = L4
print(a8 is L4, a8 == L4)
v0 = True
try:
    u9, u10 = ()
except BaseException as e:
    print(type(e).__name__, e.args)
    u9 = u10 = 0
print(set([1000, 0b1011, u9, u10][::-2]))
print("it's")
for i11 in range(0):
    if True:
        print(sys.getrefcount(a8))
        print(C1(0x1F))
        pass
    else:
        print(L4 is u10, id(L4) == id(u10))
        pass
    print((u9,))
    def rc12(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    rc12(L4)
    pass
print(None)
a13 = a8
print(u10 is u10, id(u10) == id(u10))
print([y * 2 for y in list({'a': u10, 'x': u10}.values()) if y != 3])
if bool(C0(u10)):
    u9 = (u9) ** 1
    v14 = tuple(L4) + ((1000, u9) + (u10, 0, -1))
    pass
else:
    try:
        print(f0({}, 'Hello World'))
    except Exception as e:
        print(repr(e))
    pass
print(undefined_name)
