# fuzz:diff --seed 105 --statements 25 program 1052, minimized: stdout differ
import gc, sys
def f0(p0, p1):
    try:
        p1.insert(0, (0o17) // (5))
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__ + ':', str(e))
    print(sys.getrefcount(p1))
    return (256) ^ (0b1011)
L2 = [7]
try:
    u5, *u6 = L2
except BaseException as e:
    u5, u6 = 0, []
v7 = ((-(u5))) ^ (sum(L2))
def boom(n):
    return f0(None, None) + n
boom(v7)
