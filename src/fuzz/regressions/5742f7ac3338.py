# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 805, minimized: stdout differ
def f1(p0):
    try:
        return 'a,b,c'[(2**63)]
    except (ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e.args)
if bool(((2**31),)):
        print(f1(-(10)))
