# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 65, minimized: stdout differ
v3 = ((((10**18)) >> 2) if False else int(1e10))
v5 = (round(1e300, 2)) ** -1
v10 = 2.0
try:
    v10 = (((v10) / (v5))) ** 10
except Exception as e:
    print(type(e).__name__, e)
try:
    assert all(x >= v3 for x in [99, 0b1011]), 'x'
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
