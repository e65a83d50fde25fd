# fuzz:diff --seed 101 --statements 25 program 1656, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
def f0(p0, p1=''):
    for i0 in p0:
        o1 = C0((-7))
    cy3 = C0(3)
    cy3.me = cy3
    cy3.tail = [C0(1), {'k': [1, 2]}]
    cy3 = None
    print(gc.collect())
print(f0('{} and {}'.format(C0(257), ['ab', "it's"]), ' '.join(['€uro'])))
