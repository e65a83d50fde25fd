# fuzz:diff --seed 7 program 315, minimized: stdout differ
import gc, sys
L0 = list(reversed(list(range(4, 4, 3))))
try:
    L0.insert(0, L0[5])
except BaseException as e:
    print(type(e).__name__, e.args)
def rc3(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc3(L0, L0)))
