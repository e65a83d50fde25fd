# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 830, minimized: stdout differ
class C0:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'C0({self.x!r})'
print('%05d' % ((-7),), C0(4))
