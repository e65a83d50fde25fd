# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 895, minimized: stdout differ
import gc, sys
try:
    d5 = dict(a=sum(x * x for x in range(0)), key={'x': 42, 'a': 1}['d'])
except Exception as e:
    d5 = {}
try:
    print(d5.setdefault('x', {}['d']))
except Exception as e:
    print(type(e).__name__ + ':', str(e))
def rc7(p, q=None):
    loc = [p]
    print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    return loc
print(len(rc7(d5, d5)))
