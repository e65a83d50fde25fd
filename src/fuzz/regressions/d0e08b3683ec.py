# fuzz:diff --seed 111 --statements 25 program 98, minimized: stdout differ
def f0(p0={}):
    try:
        del p0['d']
    except BaseException as e:
        print(type(e).__name__, e.args)
u7, u8 = (0b1011) ** 2, ' '.join(['3.5'])
def boom(n):
    return f0(None) + n
boom(u7)
