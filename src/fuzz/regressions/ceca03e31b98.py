# fuzz:diff --seed 11 --exclude gc,del,sets,astral --statements 25 program 878, minimized: stdout differ
import gc, sys
L4 = [9]
try:
    L4.insert(-2, {}['a'])
except Exception as e:
    print(type(e).__name__, e.args)
a9 = L4
print(sys.getrefcount(a9))
