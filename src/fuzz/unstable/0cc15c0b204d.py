# fuzz:diff --seed 103 --statements 25 program 1528, minimized: stdout differ
import gc, sys
def f0(p0, p1):
    def rc0(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    rc0(p0)
    return 0
try:
    v11 = (abs(99)) % (12345678901234567890)
except Exception as e:
    v11 = 0
def boom(n):
    return f0(None, None) + n
boom(v11)
