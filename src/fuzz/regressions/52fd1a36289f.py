# fuzz:diff --seed 7 program 902, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
class C1(C0):
    def __repr__(self):
        return hash(self.x)
    def __del__(self):
        print('del C1', self.x)
cy1 = C1(7)
cy2 = C1(3)
cy1.other = cy2
cy2.other = cy1
cy2 = cy1 = 0
print(gc.collect(), gc.collect())
