# fuzz:diff --seed 133 --statements 25 program 5137, minimized: stdout+stderr differ
u2, *u3 = list((10, 100))
u4, u5 = divmod(u2, u2)
for i15 in 'Hello World':
    print([u5] * 2)
    for i18 in range(3, 0, -1):
        u5 = max(((u5) ** 2), abs(u2))
