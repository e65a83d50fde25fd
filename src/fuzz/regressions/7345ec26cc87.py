# fuzz:diff --seed 7 program 511, minimized: stdout differ
import gc, sys
for i4 in '👍':
    L5 = [3]
    print(sys.getrefcount(L5))
print(((3) / ((10**18))) * ((42) << 2))
