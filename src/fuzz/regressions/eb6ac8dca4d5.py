# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 459, minimized: stdout differ
try:
    v5 = 'mixed Case'.zfill(7)[12345678901234567890]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
