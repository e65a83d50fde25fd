# fuzz:diff --seed 7 program 205, minimized: stdout differ
class C0:
    def __init__(self, x):
        self.x = x
def f0(p0):
    print((2 + 1_000_000) < round(0.1))
u3, u4 = 99 - 4, f0('naïve')
v9 = {'b': 1000, 'c': u3}.get('b', 3)
print([v9, u3] + [len(s) for s in ['line\nbreak', '👍']])
