# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 225, minimized: stdout+stderr+exit differ
L6 = [2]
try:
    print(L6[0::3][(-2**63)])
except Exception as e:
    print(repr(e))
