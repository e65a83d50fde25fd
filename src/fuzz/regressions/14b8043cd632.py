# fuzz:diff --seed 31 --exclude sets,astral --statements 25 program 550, minimized: stdout differ
try:
    print((float((-1))) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
