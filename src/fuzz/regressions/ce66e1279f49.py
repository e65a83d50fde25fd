# fuzz:diff --seed 31 --exclude sets,astral --statements 25 program 327, minimized: stdout differ
try:
    print((round((-3.75), 2)) ** 0.5)
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
