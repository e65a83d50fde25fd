# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 697, minimized: stdout differ
L1 = [12345678901234567890, ((0x1F) % (3))]
v2 = -(len(L1))
print(((7.0 * v2)) ** 0.5)
