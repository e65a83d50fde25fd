# fuzz:diff --seed 7 program 140, minimized: stdout differ
u2, u3 = (12345678901234567890) * (7), '👍' + '42'
try:
    v10 = u3[u2].split(' ')[0]
except Exception as e:
    print(type(e).__name__, e)
