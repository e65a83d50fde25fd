# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 377, minimized: stdout differ
print([c for c in 'naïve'.title() if c not in 'a'])
