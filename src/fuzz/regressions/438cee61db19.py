# fuzz:diff --seed 41 --statements 25 program 1118, minimized: stdout differ
import gc, sys
s5 = set([0b1011])
try:
    s5 |= {[99, 2**63][2]}
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
def rc13(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
rc13(s5)
