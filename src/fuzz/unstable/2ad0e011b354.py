# fuzz:diff --seed 135 --statements 25 program 3589, minimized: stdout differ
import gc, sys
def f0(p0, p1):
    print(sys.getrefcount(p0))
    return 0
u2, u3 = 2**31, format((2**63), 'x')
def boom(n):
    return f0(None, None) + n
boom(u2)
