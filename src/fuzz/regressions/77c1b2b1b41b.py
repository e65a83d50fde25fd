# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 597, minimized: stdout differ
try:
    v16 = ' '.join(['ß'])[(2**63)]
except Exception as e:
    print(type(e).__name__ + ':', str(e))
