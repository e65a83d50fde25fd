# fuzz:diff --seed 140 --statements 25 program 1478, minimized: stdout differ
def f0(p0):
    try:
        return '%x' % (p0,)
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)
L1 = list(dict(a=5, key=0b1011).values())
u7, u8 = (256) * (42), '{} and {}'.format(L1, 0.0)
def boom(n):
    return f0(None) + n
boom(u7)
