# fuzz:diff --seed 7 program 512, minimized: stdout differ
u13, *u14 = [len(s) for s in ['ABC', '👍', 'hello']]
print(((-3.75) + 0.1) * sum(u14))
