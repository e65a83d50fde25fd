# fuzz:diff --seed 109 --statements 25 program 851, minimized: stdout differ
import gc, sys
def f0(p0=[]):
    print(sys.getrefcount(p0))
    return int(0.2)
u9, *u10 = [-1000, 3]
def boom(n):
    return f0(None) + n
boom(u9)
