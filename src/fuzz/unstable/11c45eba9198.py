# fuzz:diff --seed 112 --statements 25 program 72, minimized: stdout differ
import gc, sys
def f0(p0, p1):
    try:
        assert 'ABC'.startswith('é'), 'x'
    except BaseException as e:
        print(type(e).__name__, e.args)
    def rc0(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
        return loc
    print(len(rc0(p0, p0)))
    return 0
v7 = ((0b1011 - 1_000_000)) * ((True + 1_000_000))
v11 = v7
def boom(n):
    return f0(None, None) + n
boom(v11)
