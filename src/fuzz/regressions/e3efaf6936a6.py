# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 426, minimized: stdout differ
import gc, sys
L2 = list(range(0, 5))
try:
    v7 = (float(' 2 ')) // ((((-3.75)) ** 0.5))
except BaseException as e:
    print(type(e).__name__, e)
def rc8(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc8(L2, L2)))
