# fuzz:diff --seed 108 --statements 25 program 1840, minimized: stdout differ
import gc, sys
def f0(p0, p1={}):
    def rc0(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc))
    keep = rc0(p1)
try:
    u4, u5 = ()
except Exception as e:
    u4 = u5 = 0
v6 = u5
def boom(n):
    return f0(None, None) + n
boom(v6)
