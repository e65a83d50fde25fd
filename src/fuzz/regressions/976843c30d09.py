# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 984, minimized: stdout differ
try:
    print((abs(1e300)) ** 10)
except Exception as e:
    print(repr(e))
