# fuzz:diff --seed 121 --statements 25 program 4455, minimized: stdout differ
import gc, sys
def f0(p0):
    def rc0(p, q=None):
        loc = [p]
        print(sys.getrefcount(p), sys.getrefcount(loc), q is p)
    keep = rc0(p0)
    for i1 in range(1, 0, -1):
        try:
            u2, u3 = round(1e16), f"{i1:_}{'a'!s}x="
        except Exception as e:
            u2, u3 = 0, ''
    return 0
u7, u8 = divmod(0x1F, 12345678901234567890)
def boom(n):
    return f0(None) + n
boom(u7)
