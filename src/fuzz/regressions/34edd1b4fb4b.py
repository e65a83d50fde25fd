# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 397, minimized: stdout differ
print('é'.title().replace('z', 'ab'))
