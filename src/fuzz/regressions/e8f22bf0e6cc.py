# fuzz:diff --seed 7 program 504, minimized: stdout differ
try:
    print((1e300) ** 2, [], end='!\n')
except BaseException as e:
    print(type(e).__name__, e)
