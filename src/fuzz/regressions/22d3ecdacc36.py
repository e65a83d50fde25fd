# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 127, minimized: stdout+stderr+exit differ
def f0(p0, p1):
    v0 = -2**63
    try:
        return p1[v0]
    except BaseException as e:
        print(type(e).__name__ + ':', str(e))
print(f0({'x': (10**18), 'd': 42}, [10, -6]))
