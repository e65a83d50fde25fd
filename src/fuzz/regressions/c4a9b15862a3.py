# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 419, minimized: stdout differ
L14 = [hash((-2**63)), (1 if True else (2**63))]
print(L14 * 2, bool([]), sep=', ', end='.\n')
