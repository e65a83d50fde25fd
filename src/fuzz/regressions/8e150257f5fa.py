# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 960, minimized: stdout differ
import gc, sys
try:
    L2 = [((1e300) ** 3), ['zz', [False]]]
except BaseException as e:
    print(type(e).__name__, e.args)
    L2 = []
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
keep = rc3(L2)
