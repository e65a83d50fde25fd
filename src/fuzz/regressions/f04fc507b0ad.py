# fuzz:diff --seed 101 --statements 25 program 1487, minimized: stdout differ
class C0:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print('del C0', self.x)
L2 = [(), C0(10), C0(2)]
L2[1:3] = [None]
