# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 56, minimized: stdout+stderr+exit differ
L1 = [x - 4 for x in list(reversed([0b1011, -1]))]
try:
    print(L1.count([][(-2**63)]))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__, e.args)
