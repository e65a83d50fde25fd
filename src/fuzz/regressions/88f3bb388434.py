# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 495, minimized: stdout differ
class C0:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print('del C0', self.x)
class C1(C0):
    kind = 'c1'
try:
    print(C1(0x1F), 'mixed Case'[256], sep='')
except BaseException as e:
    print(type(e).__name__, e.args)
