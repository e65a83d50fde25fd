# fuzz:diff --seed 7 program 775, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print('del C0', self.x)
cy2 = C0(8)
cy2.me = cy2
cy2 = None
print('collected', gc.collect())
