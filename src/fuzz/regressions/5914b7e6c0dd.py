# fuzz:diff --seed 21 --exclude sets,astral --statements 25 program 61, minimized: stdout differ
class C0:
    def __init__(self, x):
        return f'C1({self.x!r})'
try:
    print([1000, 1, 7, 1][(2**63)])
except Exception as e:
    print('caught', type(e).__name__, e)
