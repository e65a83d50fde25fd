# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 355, minimized: stdout differ
try:
    v4 = f"{'Hello World'[(2**63)]!s}"
except Exception as e:
    print(type(e).__name__, e)
