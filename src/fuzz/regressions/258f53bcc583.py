# fuzz:diff --seed 103 --statements 25 program 1954, minimized: stdout differ
print((round(123456789.125, 0)) ** 2)
