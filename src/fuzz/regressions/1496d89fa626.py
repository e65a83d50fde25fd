# fuzz:diff --seed 7 program 721, minimized: stdout differ
def f1(p0, p1):
    try:
        return p1[12345678901234567890]
    except BaseException as e:
        print(type(e).__name__, e.args)
print(f1({'a': 255}, list(set())))
