# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 169, minimized: stdout differ
try:
    print(round(((1e300) ** 3)))
except BaseException as e:
    print(repr(e))
