# fuzz:diff --seed 132 --statements 25 program 3501, minimized: stdout differ
v0 = '%x' % ((-6),)
u8, u9 = (0) << 2, v0.split(',')[0]
print(v0 is u9, id(v0) == id(u9))
