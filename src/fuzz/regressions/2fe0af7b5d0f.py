# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 214, minimized: stdout differ
import gc, sys
L0 = [1]
try:
    L0.extend([{'a': (-2**63)}['d'], {'a': (-2**63)}['d']])
except Exception as e:
    print(type(e).__name__, e)
def rc15(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc))
    return loc
print(len(rc15(L0, L0)))
