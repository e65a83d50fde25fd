# fuzz:diff --seed 7 program 536, minimized: stdout differ
class C0:
    def __init__(self, x):
        self.x = x
o3 = C0((-5))
for i5 in '👍':
        try:
            u6, u7 = (256,)
        except Exception as e:
            print(repr(e))
try:
    print(o3.missing)
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
