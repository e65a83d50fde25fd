# A recursive method whose frames are heavy for the simulator: each level nests a for loop,
# a try/finally and an if around the recursive call (JS frames per Python call).
class Walker:
    def __init__(self):
        self.depth = 0

    def walk(self, n):
        for i in (0,):
            try:
                if n > 0:
                    self.depth = n
                    return self.walk(n + 1) + 1
            finally:
                self.depth += 0
        return 0

w = Walker()
try:
    w.walk(1)
except RecursionError as e:
    print(w.depth, e)
print(w.walk(0))
