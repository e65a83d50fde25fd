# fuzz:diff --seed 133 --statements 25 program 4875, minimized: stderr differ
def f0(p0, p1=0):
    return max((-5), p1)
try:
    u6, u7 = (0o17, -6, 5)
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    u6 = u7 = 0
def boom(n):
    return f0(None, None) + n
boom(u7)
