# fuzz:diff --seed 7 program 254, minimized: stdout differ
s2 = set([(-2**63), 99])
print(s2.pop())
