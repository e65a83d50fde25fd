# fuzz:diff --seed 100 --statements 25 program 42, minimized: stdout differ
def f0(p0):
    print({-5, 3, 1_000_000, -2**63})
    try:
        raise RuntimeError('x' * 3)
    except RuntimeError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
v21 = 'ABC' == f0('a')
