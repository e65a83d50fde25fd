# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 259, minimized: stdout differ
u2, *u3 = list({'b': 0o17}.values())
w4 = 0
while w4 < 4:
    u2 *= {'key': u2}['key']
    w4 += 1
print(dict(a=100, key=hash(u2)))
