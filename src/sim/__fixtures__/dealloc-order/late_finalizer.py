# a weakref callback run by the collector gives a class __del__ while its instances are garbage
import gc, weakref
class C:
    def __init__(self, name):
        self.name = name
class Other:
    pass
def add_del(ref):
    print("callback adds __del__")
    C.__del__ = lambda self: print("del", self.name)
gc.disable()
a = C("a")
b = C("b")
a.peer = b
b.peer = a
o = Other()
o.me = o
r = weakref.ref(o, add_del)
del a, b, o
print("collect", gc.collect())
c = C("c")
del c
print("end")
