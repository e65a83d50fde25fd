# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 334, minimized: stderr differ
u13, u14 = -(12345678901234567890), f"{4:e}{'ß':.2}{3.14159:.3f}"
print([1, 2, 3][u13 + 10])
