# fuzz:diff --seed 31 --exclude sets,astral --statements 25 program 785, minimized: stdout differ
for i10 in range(3, 0, -1):
        print([str(7.0), bool({})])
        try:
            v12 = (((-3.75) * 2.0)) ** 0.5
        except Exception as e:
            print(repr(e))
