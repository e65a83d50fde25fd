# fuzz:diff --seed 105 --statements 25 program 941, minimized: stdout differ
def f0(p0, p1):
        print({4, 257, p0, p0})
try:
    u18, u19 = (u3, 2**31, u3)
except BaseException as e:
    u18 = u19 = 0
def boom(n):
    return f0(None, None) + n
boom(u19)
