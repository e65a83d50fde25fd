# fuzz:diff --seed 7 program 111, minimized: stdout differ
print([c for c in ' '.join(['👍', 'é', 'naïve']) if c not in 'l'])
