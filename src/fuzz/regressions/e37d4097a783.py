# Built-in constructors make their object and their iterator in CPython's order, so a collection
# whose threshold is one allocation away starts in the same place: list(x) allocates the list
# first (never from the free list), tuple(x) the iterator first, sorted(x) a list then iterates
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print('del', self.name)
d = {'a': 1, 'b': 2, 'c': 3}
def gen():
    return (c for c in 'xyz')
for make in (lambda: list(d.keys()), lambda: tuple(d.values()), lambda: sorted(gen()), lambda: list(gen()), lambda: tuple(gen())):
    for k in range(4):
        gc.collect()
        Node(k)
        gc.set_threshold(gc.get_count()[0] + k)
        r = make()
        gc.set_threshold(700)
        print('made', k, r)
gc.collect()
