# finalizers and weakref callbacks in a collection, and what dies with the garbage
import gc
class N:
    def __init__(self, name):
        self.name = name
        self.next = None
        self.payload = [Leaf(name + ".p")]
    def __del__(self):
        print("del", self.name)
class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("leaf", self.name)
gc.disable()
nodes = [N("n%d" % i) for i in range(5)]
for a, b in zip(nodes, nodes[1:] + nodes[:1]):
    a.next = b
nodes = None
print("collect", gc.collect())
a = b = None
print("collect", gc.collect())
class P:
    pass
ring = [P() for _ in range(1000)]
for a, b in zip(ring, ring[1:] + ring[:1]):
    a.other = b
    a.data = {"x": [1, 2, (3, [4])]}
ring = None
print("collect", gc.collect())
