# fuzz:diff --seed 31 --exclude sets,astral --statements 25 program 162, minimized: stdout+stderr+exit differ
print((((1/3) - 2.25)) ** 0.5)
