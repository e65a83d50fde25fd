# fuzz:diff --seed 100 --statements 25 program 278, minimized: stdout differ
import gc, sys
def f0(p0, p1={}):
    def rc1(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
    rc1(p1)
u8, u9 = 'hello'.find('o'), str((-7))
def boom(n):
    return f0(None, None) + n
boom(u8)
