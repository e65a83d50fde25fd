# fuzz:diff --seed 31 --exclude sets,astral --statements 25 program 567, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
def f0(p0, p1):
    for i0 in range(0, 9, 3):
        print(C0(p0))
for i20 in range(2, 6):
    for i22 in range(2, 9, 3):
        print(f0(hash(i20), 'back\\slash'))
cy26 = C0(7)
cy26.me = cy26
cy26.tail = [C0(5), {'k': [1, 2]}]
cy26 = None
print('collected', gc.collect())
