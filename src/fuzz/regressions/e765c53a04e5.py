# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 1, minimized: stdout differ
try:
    print('  pad  '[(2**63)].split())
except BaseException as e:
    print(type(e).__name__, e.args)
