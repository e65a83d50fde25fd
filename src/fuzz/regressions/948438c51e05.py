# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 298, minimized: stdout differ
try:
    print(((((-3.75)) ** 0.5)) % (1e10))
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
