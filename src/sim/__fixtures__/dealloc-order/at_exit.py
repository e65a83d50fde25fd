# garbage left at the end: the exit collection finalizes it
import gc
class A:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("exit del", self.name)
class Box:
    pass
gc.disable()
A("a1")
A("a2")
b = Box()
b.me = b
b.a = A("held by a cycle")
b.a.me = None
b = None
print("end of program")
