# fuzz:diff --seed 7 program 526, minimized: stdout differ
try:
    print(list({'x': 257}.values())[12345678901234567890])
except BaseException as e:
    print(type(e).__name__, e)
