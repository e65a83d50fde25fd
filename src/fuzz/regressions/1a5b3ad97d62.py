# fuzz:diff --seed 7 program 317, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
cy14 = C0(2)
cy14.me = cy14
cy14 = None
print('collected', gc.collect())
