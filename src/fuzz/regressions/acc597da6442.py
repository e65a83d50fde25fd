# fuzz:diff --seed 7 program 377, minimized: stdout differ
L0 = [1]
for i1 in list(L0):
        try:
            print((((1/3)) // ((1e-5))) + ((1e300) ** 10))
        except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
            print(type(e).__name__ + ':', str(e))
