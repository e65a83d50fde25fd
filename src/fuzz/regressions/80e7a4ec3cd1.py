# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 19, minimized: stdout differ
try:
    print(([256, 0][12345678901234567890]) / ((True + (-2**63))))
except Exception as e:
    print(type(e).__name__, e)
