# fuzz:diff --seed 121 --statements 25 program 27, minimized: stdout differ
import gc, sys
def f0(p0, p1):
    print(sys.getrefcount(p0))
    return 0
v6 = 1 - (1000 + (-2**63))
def boom(n):
    return f0(None, None) + n
boom(v6)
