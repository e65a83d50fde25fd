# fuzz:diff --seed 102 --statements 25 program 1674, minimized: stdout differ
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
class C1:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 1
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __del__(self):
        print('del C1', self.x)
def f0(p0=0):
    print(int(abs(1e300)))
def f1(p0):
    if (bool([p0, p0, p0]) or (True and False)):
        print(f0(42))
        print({x % 5 for x in []})
        try:
            raise KeyError(f'{1 + 1}')
        except KeyError as e:
            print(type(e).__name__, str(e), repr(e), e.args)
for i5 in '42':
    try:
        assert (False and False), 'failed'
    except BaseException as e:
        v6 = 0
    L7 = list({s: len(s) for s in ['line\nbreak', 'é']}.items())
if 1_000_000 in [x % 3 for x in [-7, 2**63, 2]]:
    v8 = isinstance({'b': 5, 'x': 5}, C0)
elif bool((2, 1, 10)):
    print([])
print({x % 3 for x in [-1000, -2**63, 256]})
L12 = [42, 5, 0o17, 2**31]
cy13 = C0(2)
cy14 = C0(8)
cy14.other = cy13
cy13 = None
print(gc.collect())
L12 = list({k: v for k, v in zip(['back\\slash'], L12)}.values())
print({y: y ** 2 for y in L12 + L12})
o15 = C0(3)
