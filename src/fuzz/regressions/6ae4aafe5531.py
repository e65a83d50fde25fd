# fuzz:diff --seed 100 --statements 25 program 49, minimized: stdout differ
print(None, [[], {12345678901234567890, -2**63, 7}], sep=', ', end='.\n')
