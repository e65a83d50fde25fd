# fuzz:diff --seed 121 --statements 25 program 4178, minimized: stderr differ
def f0(p0, p1):
        print(not ((-1) in p1))
u22, u23 = '  pad  '.find('z'), str(None)
def boom(n):
    return f0(None, None) + n
boom(u22)
