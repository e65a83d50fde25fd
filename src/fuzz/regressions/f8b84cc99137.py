# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 420, minimized: stdout differ
try:
    print([1][12345678901234567890] <= (True + 4))
except Exception as e:
    print(repr(e))
