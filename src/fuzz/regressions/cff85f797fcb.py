# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 394, minimized: stdout differ
try:
    print(not False, (1e300) ** 2, sep=', ', end='.\n')
except Exception as e:
    print(type(e).__name__ + ':', str(e))
