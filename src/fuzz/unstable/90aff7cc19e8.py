# fuzz:diff --seed 110 --statements 25 program 1196, minimized: stdout differ
import gc, sys
def f0(p0):
    try:
        v0 = list(range(1, 8, -1))[(-5)]
    except Exception as e:
        print(type(e).__name__, e.args)
    def rc2(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    print(len(rc2(p0, p0)))
u5, u6 = abs(42), str(2)
def boom(n):
    return f0(None) + n
boom(u5)
