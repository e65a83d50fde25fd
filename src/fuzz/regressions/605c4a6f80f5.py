# fuzz:diff --seed 142 --statements 25 program 106, minimized: stdout differ
v0 = (0.5) // ((3.14159 * 10))
try:
    v1 = ((v0 * v0)) / (v0)
except Exception as e:
    v1 = 0.0
print(v1 is v0, id(v1) == id(v0))
