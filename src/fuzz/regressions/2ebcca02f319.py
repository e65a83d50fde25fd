# fuzz:diff --seed 7 program 735, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print('del C0', self.x)
w2 = 0
while w2 < 5:
    cy3 = C0(8)
    cy4 = C0(1)
    cy3.other = cy4
    cy4.other = cy3
    print(gc.collect())
    w2 += 1
