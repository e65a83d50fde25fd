# fuzz:diff --seed 7 program 336, minimized: stdout+stderr+exit differ
u12, u13 = (10, -2**63)
try:
    u13 = list(range(0, 0, 3))[u13]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
