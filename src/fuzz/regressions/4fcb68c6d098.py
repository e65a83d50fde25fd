# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 337, minimized: stdout+stderr+exit differ
try:
    v0 = [len(s) for s in ['\x00', 'é']][(-2**63)]
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e)
