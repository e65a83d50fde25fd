# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 44, minimized: stdout differ
print((((1e-5) - 7.0)) ** 0.5)
