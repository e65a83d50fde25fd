# fuzz:diff --seed 103 --statements 25 program 1776, minimized: stdout differ
import gc, sys
def f0(p0):
    print(sys.getrefcount(p0))
def boom(n):
    return f0(None) + n
boom(1)
