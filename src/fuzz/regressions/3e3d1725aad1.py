# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 118, minimized: stdout differ
try:
    print((round(1e300, 3)) ** 3)
except BaseException as e:
    print(type(e).__name__, e)
