# a 100,000-long chain freed by reference count and by the collector, with id reuse
import gc
class Cell:
    def __init__(self, i):
        self.i = i
        self.next = None
class Loud(Cell):
    def __del__(self):
        print("del", self.i)
def build(n, loop):
    first = Loud(0)
    prev = first
    for i in range(1, n):
        cell = Loud(i) if i % 25000 == 0 else Cell(i)
        prev.next = cell
        prev = cell
    if loop:
        prev.next = first
    return first
head = build(100000, False)
head = None
print("chain freed")
gc.disable()
build(100000, True)
print("collect", gc.collect())
a = Cell(1)
x = id(a)
del a
b = Cell(2)
print("reused", id(b) == x)
