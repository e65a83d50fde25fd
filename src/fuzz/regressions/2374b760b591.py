# fuzz:diff --seed 7 program 579, minimized: stdout differ
u11, *u12 = [257, 255] + [257, 99, 10, 5]
print(float(u11), '👍'.ljust(8, '*'))
