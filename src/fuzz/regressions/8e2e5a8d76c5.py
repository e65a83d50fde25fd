# fuzz:diff --seed 111 --statements 25 program 1193, minimized: stdout differ
def f0(p0):
    a0 = p0
    try:
        del a0[0]
    except Exception as e:
        print(type(e).__name__, e)
try:
    u2, u3 = ((2**31),)
except Exception as e:
    u2 = u3 = 0
def boom(n):
    return f0(None) + n
boom(u2)
