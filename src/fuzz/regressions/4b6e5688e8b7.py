# fuzz:diff --seed 7 program 28, minimized: stdout differ
import gc, sys
cy3 = []
cy3.append(cy3)
del cy3
print(gc.collect(), gc.collect())
