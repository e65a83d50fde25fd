# fuzz:diff --seed 7 program 396, minimized: stdout+stderr+exit differ
try:
    print(divmod((False + (2**31)), [99][(-2**63)]))
except Exception as e:
    print(type(e).__name__, e.args)
