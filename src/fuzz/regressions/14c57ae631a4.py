# fuzz:diff --seed 7 program 411, minimized: stdout differ
import gc, sys
d12 = {'key': 3, 'key': 4}
a15 = d12
for i23 in '👍':
    print({y: y ** 2 for y in [2**31, -2**63, 255, 1_000_000]})
print(sys.getrefcount(a15))
