# fuzz:diff --seed 136 --statements 25 program 4246, minimized: stdout differ
v5 = str(((2) << 2))
for i12 in v5:
    print(v5 is i12, id(v5) == id(i12))
