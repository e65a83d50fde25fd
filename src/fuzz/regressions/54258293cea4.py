# fuzz:diff --seed 112 --statements 25 program 82, minimized: stdout differ
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
def f0(p0=0):
    print([c for c in 'a'.zfill(1) if c not in 'o'])
def f1(p0, p1):
    for i0 in list(p0):
        print(sum(x * x for x in range(5)))
    try:
        assert 'é'.endswith(','), f"value {1 + 2}"
    except Exception as e:
        return (42) // ((-1))
        print(repr(e))
print([(i, y) for i, y in enumerate([10, 255, 2**63, 2**31])])
print((((4) / (1_000_000))) / (((2.0) ** -1)))
L1 = [((0b1011,) + ()), C0((10**18))]
L2 = [format((2**31), '>4'), ((0.1) % (1.5))]
print([0, 10, 10], (0x1F) ^ (100), sep=', ', end='.\n')
if [1, -1, 1, 0x1F] == [42, 0o17, 0, 1]:
    u3, *u4 = [x * 3 for x in [12345678901234567890, 100, -6] if x > 1]
v5 = f1([] + [], f1([257, 1000, 0], 0x1F))
print(['x y z', '3.5', 'line\nbreak'])
w6 = 0
while w6 < 5:
    print(list((() + (2**63, 100, 3))))
    w6 += 1
o9 = C0(v5)
print('é' != 'a,b,c', dict(c=v5, key=0b1011), sep=', ', end='.\n')
L2[1:3] = [{'a': 0, 'b': (2**31)}]
print(list({s: len(s) for s in ['zz', 'x y z']}.items()))
L10 = list(divmod(v5, v5))
if 'c' in {k: v for k, v in zip(['Hello World', 'zz'], L10)}:
    print(sum(y for y in [x % 3 for x in L10 if x > 1] if y > 0))
elif False:
    raise AssertionError('boom')
