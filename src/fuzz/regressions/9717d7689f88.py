# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 967, minimized: stdout differ
try:
    u6, u7 = [10, -7][12345678901234567890], repr((-1))
except Exception as e:
    print(type(e).__name__, e)
