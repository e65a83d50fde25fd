# fuzz:diff --seed 7 program 164, minimized: stdout differ
try:
    print('x y z'[(2**63)].split(' ')[0])
except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
    print(type(e).__name__ + ':', str(e))
