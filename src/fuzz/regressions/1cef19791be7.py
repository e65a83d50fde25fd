# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 624, minimized: stdout differ
print(((1e10) // (0.1)) + ((123456789.125) % ((1/3))))
