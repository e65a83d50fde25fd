# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 354, minimized: stdout differ
v0 = ((1e300) / ((-3.75))) * 0.2
try:
    v1 = (round(v0, 0)) ** 10
except Exception as e:
    print(repr(e))
print(None)
