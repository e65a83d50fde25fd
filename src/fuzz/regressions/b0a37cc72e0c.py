# fuzz:diff --seed 110 --statements 25 program 25, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
    def get(self):
        return self.x * 3
class C1:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C1({self.x!r})'
    def get(self):
        return self.x * 3
    def __eq__(self, other):
        return isinstance(other, C1) and self.x == other.x
    def __del__(self):
        print('del C1', self.x)
def f0(p0, p1):
    print({s: len(s) for s in ['ABC', 'Hello World']}, [[{}, [], (p1,)]], end='!\n')
def f1(p0, p1):
    print('other')
for i4, i4v in enumerate('é€'):
    cy5 = C1(8)
    cy5.me = cy5
    cy5.tail = [C1(7), {'k': [1, 2]}]
d10 = {s: len(s) for s in 'naïve'.split(',')}
if not all(x == (-1) for x in [v8]):
    cy11 = [[] for _ in range(4)]
try:
    print(f0('tab\there'[:-1], sum(x * x for x in range(2))))
    s21.update([len(s) for s in ['a,b,c']])
    print([c for c in '%r' % (u17,) if c not in 'l'])
except BaseException as e:
    print({y % 3 for y in [u17]})
