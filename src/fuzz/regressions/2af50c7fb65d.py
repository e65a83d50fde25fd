# fuzz:diff --seed 103 --statements 25 program 1455, minimized: stdout differ
v0 = 0.1
try:
    print(divmod(min(i5, 4), int(v0)))
except BaseException as e:
    print(type(e).__name__ + ':', str(e))
for i6 in range(0, 6):
    print(float('nan'), v0, sep='')
    v0 = ((0.2) ** 2) - ((v0) ** 0.5)
