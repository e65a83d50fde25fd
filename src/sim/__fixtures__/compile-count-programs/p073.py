# programFor(900, 73, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 1
class C1(C0):
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
print({s: len(s) for s in ['ab', '\x00']})
v0 = None
try:
    print([((7.0) // (1e10)), ('b' in {'key': 1, 'x': (2**63), 'd': (-1000)})])
except Exception as e:
    print(type(e).__name__, e.args)
try:
    print(divmod(0, 0), {'a': 1, 'c': 99, 'key': 1_000_000}['x'])
except Exception as e:
    print(type(e).__name__, e)
try:
    v1 = (100) / (((3) ** 3))
except Exception as e:
    print(type(e).__name__, e)
    v1 = 0.0
print(list(reversed([2**63, -7, 2])) * 2)
w2 = 0
while w2 < 2:
    v3 = True
    pass
    w2 += 1
L4 = [6]
print(sys.getrefcount(L4))
print([[0]])
L4.extend([{'x': 0b1011}.get('d', (-6)), {'x': 0b1011}.get('d', (-6))])
L5 = ['a,b,c']
o6 = C0(7)
cy7 = {'c': 8}
cy7['self'] = cy7
cy8 = [cy7, [cy7]]
del cy7
print(len(cy8))
cy8.pop()
print('collected', gc.collect())
print(sys.getrefcount(L4))
L4 = sorted(set(), reverse=True)
try:
    L4.remove('hello'.find('z'))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    print(o6.ref)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
u9, u10 = 100, str(255)
u9, u10 = u9, u10
print(set(range(8)))
try:
    print(o6.ref)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
try:
    v11 = None
except BaseException as e:
    print(type(e).__name__, e.args)
    v11 = None
del v1
print(u10 is o6, id(u10) == id(o6))
try:
    L4[1:3] = [(u9 if False else u9)]
    print(u9 is L4, id(u9) == id(L4))
    pass
    print(u9 // 0)
except Exception as e:
    print('caught', type(e).__name__, e)
finally:
    print('finally')
print(dict(b=u10.count('l'), key=((u9) * (u9))))
