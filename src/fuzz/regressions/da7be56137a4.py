# fuzz:diff --seed 7 program 248, minimized: stdout differ
L1 = ['👍']
print([y * 2 for y in [len(s) for s in L1] if y != 3])
