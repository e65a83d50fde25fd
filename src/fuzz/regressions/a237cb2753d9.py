# fuzz:diff --seed 7 program 447, minimized: stdout differ
import gc, sys
L3 = [42, 10, 3, 10]
try:
    L3.append(L3[100])
except Exception as e:
    print(sys.getrefcount(L3))
