# fuzz:diff --seed 7 program 551, minimized: stdout differ
def f0(p0, p1=[]):
    def rc0(p, q=None):
        return loc
    print([c for c in '€uro'.replace('', ' ') if c not in 'z'])
v6 = (1000) ** 0
L9 = [x + 4 for x in [(-6), v6] if x > 1]
print(f0(L9[:-2:2], [v6, v6]))
