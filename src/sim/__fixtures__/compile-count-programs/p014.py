# programFor(900, 14, 25): src/fuzz/differential.ts
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
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return super().get() + 1
print([None, None])
print(C0((2**63)))
print(isinstance(dict(a=2, key=99), C0))
w0 = 0
while w0 < 4:
    print((-7) + (-5), None)
    v1 = '{} and {}'.format([10, 12345678901234567890, 0o17, 100], [{'a': (-2**63)}, True]).find(' ')
    pass
    w0 += 1
v2 = {'d': (2**31), 'a': 255, 'a': 1_000_000}.get('c', 5) in []
print((99, 4), str(1e10), end='!\n')
try:
    assert False, 'x'
except Exception as e:
    print(repr(e))
print(None)
print(abs(2))
v2 = float(100) < ((0x1F) << 8)
try:
    raise TypeError('')
except TypeError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
cy3 = C1(2)
cy4 = C1(2)
cy3.other = cy4
cy4.other = cy3
print(sys.getrefcount(cy3), sys.getrefcount(cy4))
cy4 = cy3 = 0
print('collected', gc.collect())
print('日本'.count('') - {'a': 0b1011, 'x': (2**31), 'b': 0o17}.get('c', 257))
if v2:
    v5 = None
    pass
else:
    print(C0((2**63)))
    for i6 in range(1, 0, -1):
        v7 = None
        try:
            v8 = chr(72)[4]
        except BaseException as e:
            print(type(e).__name__ + ':', str(e))
            v8 = ''
        pass
        if i6 == 2:
            continue
    else:
        print('loop done')
    pass
print([str(x) for x in list({}.values())])
try:
    v9 = tuple(([12345678901234567890, 7, 1000] * 0))
except Exception as e:
    print(repr(e))
    v9 = ()
for i10 in range(0):
    print(C1(i10))
    print({s: len(s) for s in list({'c': i10, 'b': 1_000_000}.keys())})
    if 2.25 == len([]):
        v9 = (i10, i10, i10) + tuple([i10, i10, 2**63, 0b1011])
        i10 = 0x1F
        pass
    elif isinstance(C1(i10), C0):
        print(chr(120) * 3)
        pass
    else:
        i10 -= {}.get('key', i10)
        pass
    pass
else:
    print('loop done')
L11 = sorted(list({'b': (10**18)}.keys()))
try:
    u12, *u13 = list({'x': 12345678901234567890, 'd': (-1000), 'key': 12345678901234567890}.values())
except Exception as e:
    print(type(e).__name__, e.args)
    u12, u13 = 0, []
L14 = [str(x) for x in u13]
u13 += list(reversed([u12, u12, u12]))
for i15 in 'a,b,c':
    for i16 in '\x00':
        print(v9 is v2, id(v9) == id(v2))
        pass
    d17 = {k: v for k, v in zip(['Hello World'], list((u12, u12)))}
    pass
try:
    v18 = u12 <= round(1.5) < sum(u13)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
    v18 = False
u13 += [x % 2 for x in u13]
print(sorted([0o17, u12, u12], reverse=True) + list({'key': 0}.values()))
