# fuzz:diff --seed 105 --statements 25 program 1192, minimized: stdout differ
v4 = 'a'[::2]
for i6 in v4:
    print(i6 is v4, id(i6) == id(v4))
