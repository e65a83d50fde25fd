# programFor(900, 40, 25): src/fuzz/differential.ts
import gc, sys
class C0:
    kind = 'c0'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 2
    def __eq__(self, other):
        return isinstance(other, C0) and self.x == other.x
class C1:
    kind = 'c1'
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 2
def f0(p0):
    try:
        u0, u1 = ((-1000),)
    except BaseException as e:
        print(repr(e))
        u0 = u1 = 0
    del u1
    return p0[::3]
    return ''
L2 = sorted({s: len(s) for s in ['tab\there', '\x00', 'ABC']})
L2.extend([f"{99:_}", f"{99:_}"])
print('c' in {s: len(s) for s in ['ab', 'Hello World', '\x00']})
w3 = 0
while w3 < 2:
    print(list(zip([] + [2**31, 0, 256], list({'b': 256}.keys()))))
    v4 = sum(list({'b': 1, 'a': 100, 'a': 10}.values()))
    pass
    w3 += 1
print(sys.getrefcount(L2))
try:
    assert 5 <= 256, f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__, e)
del L2
if (((2**63)) >> 3) == ((10) | (0o17)):
    cy5 = []
    cy5.append(cy5)
    print(cy5, sys.getrefcount(cy5))
    del cy5
    print(gc.collect())
    if ('42' * 1) < 'hello':
        o7 = C1(42)
        cy8 = [[] for _ in range(5)]
        for i in range(5):
            cy8[i].append(cy8[(i + 1) % 5])
        cy9 = cy8[0]
        del cy8
        print(sys.getrefcount(cy9))
        del cy9
        print('collected', gc.collect())
        pass
    pass
try:
    raise RuntimeError(42)
except RuntimeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
v10 = sum(x * x for x in range(1))
try:
    print(repr((v10, v10, v10)) * 0)
    try:
        u11, u12 = (v10, v10, v10)
    except Exception as e:
        print(repr(e))
        u11 = u12 = 0
    pass
    print((v10) ** 3)
except Exception as e:
    print('caught', type(e).__name__, e)
else:
    print('no error')
print(sorted(dict(c=(2**63), key=(2**63))))
try:
    print(f0('back\\slash'))
except Exception as e:
    print(repr(e))
print([v10, v10] + list((7, v10)))
print([2.0, C0(v10), 100.0])
v13 = 'line\nbreak'
try:
    assert ['x y z'] == ['zz', 'mixed Case'], f"value {1 + 2}"
except Exception as e:
    print(type(e).__name__, e)
print([[y] * 2 for y in list((v10, v10))][:3])
del v13
for i14 in range(2, 0, -1):
    try:
        u15, u16 = {'b': 0, 'a': 0, 'key': i14}['x'], '42'
    except Exception as e:
        print(type(e).__name__, e.args)
        u15, u16 = 0, ''
    u15, u16 = u15, u16
    try:
        print(f0(str(i14)))
    except Exception as e:
        print(repr(e))
    pass
print(format((3 - v10), '>4'))
v17 = {'d': v10, 'x': v10}.get('c', v10) + sum(x * x for x in range(5))
try:
    v17 //= (v17 if False else 42)
except Exception as e:
    print(repr(e))
if '{} and {}'.format({v10}, '  pad  ').endswith(''):
    try:
        print(dict(b=v17, key=2)['b'])
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
    pass
v18 = chr(101)[:-2:-2]
print(undefined_name)
