# fuzz:diff --seed 107 --statements 25 program 1620, minimized: stdout differ
import gc, sys
def f0(p0, p1):
    try:
        print(p0.popitem())
    except BaseException as e:
        print(repr(e))
    print(sys.getrefcount(p0))
    return 0
try:
    u15, u16 = (1,) + (42, u3)
except Exception as e:
    u15 = u16 = 0
def boom(n):
    return f0(None, None) + n
boom(u15)
