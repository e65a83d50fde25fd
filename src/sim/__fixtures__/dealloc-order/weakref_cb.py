# weakref callbacks: on reference-count death (after __del__) and in a collection (before __del__)
import gc, weakref
class W:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
objs = [W("w%d" % i) for i in range(4)]
refs = [weakref.ref(o, lambda r, i=i: print("cb", i)) for i, o in enumerate(objs)]
del objs
print("freed by count")
gc.disable()
x = W("x")
y = W("y")
x.y = y
y.x = x
rx = weakref.ref(x, lambda r: print("cb x"))
ry = weakref.ref(y, lambda r: print("cb y"))
del x, y
print("collect", gc.collect())
