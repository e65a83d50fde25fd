# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 375, minimized: stdout differ
print('%05d' % ((4 - 256),))
