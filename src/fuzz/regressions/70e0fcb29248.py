# fuzz:diff --seed 143 --statements 25 program 2272, minimized: stdout differ
u0, u1 = sum([-7, 4]), '👍' * 0
v2 = round(((12345678901234567890) / (100)))
print(float({'x': 5, 'key': u0, 'key': v2}.get('b', v2)))
