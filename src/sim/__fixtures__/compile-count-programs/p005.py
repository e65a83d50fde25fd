# programFor(900, 5, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    print({s: len(s) for s in list('👍')})
    try:
        return 'ABC'[p0]
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    return ''
try:
    print(f0(0o17, sum([-5])))
except Exception as e:
    print(type(e).__name__, e.args)
try:
    if isinstance(set(range(4)), str):
        print([['€uro'], (), {'b': (2**31), 'key': (2**63)}])
        pass
    elif (True and True):
        print(set(list({1_000_000, -2**63, 2**63})))
        pass
    else:
        try:
            raise NameError()
        except NameError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
        finally:
            print('finally')
        pass
    pass
    print(((10**18)) >> 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
try:
    cy0 = []
    cy0.append(cy0)
    print(cy0, sys.getrefcount(cy0))
    del cy0
    print(gc.collect(), gc.collect())
    pass
    print(0 + 12345678901234567890)
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
try:
    try:
        raise NameError('boom')
    except NameError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
    if 100 in sorted({0, 1}, reverse=True):
        print(2.0)
        pass
    else:
        v2 = sum([-1, 0, 256]) > (1000 + 1) <= abs(1)
        v3 = v2
        pass
    pass
    print(42 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
except Exception:
    print('other')
L4 = ['hello']
cy5 = C1(8)
cy6 = C1(5)
cy5.other = cy6
cy6.other = cy5
print(sys.getrefcount(cy5), sys.getrefcount(cy6))
del cy5, cy6
print(gc.collect())
cy7 = {'x': 3}
cy7['self'] = cy7
cy8 = [cy7, [cy7]]
del cy7
print(len(cy8))
cy8.pop()
print(gc.collect())
v9 = 1.5
cy10 = {'b': 7}
cy10['self'] = cy10
cy11 = [cy10, [cy10]]
del cy10
print(len(cy11))
del cy11
print('collected', gc.collect())
L4 = ['x y z']
if False:
    try:
        print(L4.index({}))
    except Exception as e:
        print(type(e).__name__, e)
    L4.insert(-2, [99, 99, 99, 2**63] * 0)
    pass
print(sys.getrefcount(L4))
L12 = [None, 'Hello World', False]
try:
    print(f0(((2**63)) ** 3, ((-6)) ** 4))
except Exception as e:
    print(repr(e))
if 'c' in {**{'d': 2, 'x': (10**18)}, 'b': 100}:
    print(sys.getrefcount(L12))
    v13 = tuple([]) + (4, -1, 7)
    pass
elif all(x != 4 for x in [100, -6, 4]):
    print(['ABC', 'a', '3.5'])
    pass
else:
    v14 = -3.75
    pass
try:
    print(L12.pop())
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(repr(e))
a15 = L12
print(a15 is L12, a15 == L12)
try:
    print(f0((100) // (3), (1000) // ((2**31))))
except Exception as e:
    print(type(e).__name__, e.args)
L12[1:3] = [[str(x) for x in [0x1F]]]
print(list({s: len(s) for s in ['ab']}.items()))
try:
    print(L4.pop())
except Exception as e:
    print(type(e).__name__, e.args)
print(f"{v9 * 0o17:>8.2f}")
def rc16(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
rc16(a15)
print(sum(y for y in list(range(4, 2, 3)) if y > 0))
print([255])
