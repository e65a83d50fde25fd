# fuzz:diff --seed 121 --statements 25 program 4869, minimized: stdout differ
def f0(p0, p1):
    try:
        assert 'x' in p0, 'x'
    except Exception as e:
        print(repr(e))
    return 0
def boom(n):
    return f0(None, None) + n
boom(1)
