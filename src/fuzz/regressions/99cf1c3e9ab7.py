# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 531, minimized: stdout differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
o3 = C0(3)
try:
    print(o3, 'a,b,c'[(10**18)], sep=' | ')
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
print(sys.getrefcount(o3))
