# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 989, minimized: stdout differ
try:
    print('%5.2f' % ([][12345678901234567890],))
except Exception as e:
    print(type(e).__name__, e.args)
