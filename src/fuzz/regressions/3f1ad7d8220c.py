# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 498, minimized: stdout differ
def f0(p0):
    return 'naïve'.title()
print(f0([255] * 2))
