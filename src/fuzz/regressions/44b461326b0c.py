# fuzz:diff --seed 7 program 139, minimized: stdout differ
print([len(s) for s in ['👍', '3.5', 'ab']])
