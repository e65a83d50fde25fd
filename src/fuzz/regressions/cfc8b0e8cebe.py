# fuzz:diff --seed 143 --statements 25 program 7321, minimized: stdout differ
print(None, (12345678901234567890) / (255), sep=', ', end='.\n')
