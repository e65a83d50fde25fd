# fuzz:diff --seed 7 program 718, minimized: stdout differ
try:
    v3 = [2, 256, 2][(2**63)] >= max((10**18), 4) >= ((-7) - 42)
except Exception as e:
    print(type(e).__name__ + ':', str(e))
