# a list drops its items last to first; an instance its attributes in order, then its class
import sys
class D:
    def __init__(self, name, *kids):
        self.name = name
        self.kids = list(kids)
    def __del__(self):
        print("del", self.name, sys.getrefcount(D))
items = [D("a"), D("b", D("b1"), D("b2")), D("c")]
holder = D("h", D("h1"), D("h2"))
holder.extra = D("x")
t = (D("t1"), D("t2"))
d = {"k1": D("v1"), "k2": D("v2")}
print("free list")
del items
print("free holder")
del holder
print("free tuple")
del t
print("free dict")
del d
print("end")
