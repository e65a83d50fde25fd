# fuzz:diff --seed 110 --statements 25 program 1475, minimized: stdout differ
import gc, sys
def f0(p0, p1):
    print(sys.getrefcount(p0))
    try:
        u1, u2 = [][i0], p1.replace(' ', 'o')
    except Exception as e:
        u1, u2 = 0, ''
    return 0
u19, u20 = tuple([2**63, 7])
def boom(n):
    return f0(None, None) + n
boom(u19)
