# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 182, minimized: stdout differ
import gc, sys
L0 = list((-1, 10))
u1, u2 = sum(x * x for x in range(3)), 'zz'.replace('z', ' ')
try:
    L0.insert(-2, L0[u1])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
def rc10(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
keep = rc10(L0)
