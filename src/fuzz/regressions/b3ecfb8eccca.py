# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 775, minimized: stdout+stderr+exit differ
import gc, sys
class C0:
    def __init__(self, x):
        self.x = x
def f1(p0):
    try:
        assert 4 >= 0o17, 'x'
    except Exception as e:
        print(type(e).__name__ + ':', str(e))
    return 'ß'.title()
u3, *u4 = [len(s) for s in ['hello']]
o5 = C0(1)
if f1({'d': u3, 'x': u3}) > '{} and {}'.format([-7], u4):
    def rc12(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    print(len(rc12(u4, u4)))
try:
    print(o5.ref)
except Exception as e:
    print(repr(e))
