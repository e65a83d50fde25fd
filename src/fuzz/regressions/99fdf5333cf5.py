# fuzz:diff --seed 7 program 225, minimized: stdout differ
try:
    v4 = ''[(2**63)].zfill(2)
except Exception as e:
    print(repr(e))
