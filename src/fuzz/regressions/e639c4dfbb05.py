# fuzz:diff --seed 7 program 5, minimized: stdout differ
v2 = sum([0x1F, 2**63, -1000])
v2 %= hash(v2)
print([y * 2 for y in [v2, v2] if y != 3])
