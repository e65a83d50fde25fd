# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 573, minimized: stdout differ
import gc, sys
L5 = [5]
try:
    print(L5.count([2**63, 1000, 100, 12345678901234567890][1000]))
except BaseException as e:
    print(type(e).__name__, e.args)
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
keep = rc7(L5)
