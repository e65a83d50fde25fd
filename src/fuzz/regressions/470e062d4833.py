# fuzz:diff --seed 133 --statements 25 program 3438, minimized: stdout+stderr+exit differ
v2 = {k: v for k, v in zip(['mixed Case', '👍', '3.5'], [5, 0o17])}.get('d', (-2**63))
for i3 in range(0, 6):
    v2 += (v2) ** 4
print((v2) >> 4)
