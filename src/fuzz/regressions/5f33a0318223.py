# CPython 3.11 quickens a code object after 8 RESUMEs/backward jumps; from then on
# `a, b = t` reads the tuple directly instead of making an iterator. The iterator is a gc
# allocation: with the threshold one allocation away, it starts a collection (and the
# finalizer prints before 'after'); once specialized, the collection comes later.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print('del', self.name)
def arm(name):
    gc.collect()
    Node(name)
    gc.set_threshold(gc.get_count()[0] + 1)
def unpack(t, name):
    arm(name)
    a, b = t
    gc.set_threshold(700)
    print('after', name)
for i in range(10):
    unpack((i, i), f'call {i}')
for i in range(10):
    t = [i, i]
    arm(f'for {i}')
    a, b = t
    gc.set_threshold(700)
    print('after', f'for {i}')
def in_while(n):
    i = 0
    while i < n:
        i += 1
        t = (i, i, i)
        arm(f'while {i}')
        a, b, c = t
        gc.set_threshold(700)
        print('after', f'while {i}')
in_while(10)
def after_and_arm(a):
    gc.set_threshold(700)
    print('after', f'comp {a}')
    arm(f'comp {a + 1}')
def in_comprehension(pairs):
    arm('comp 0')
    return [after_and_arm(a) for a, b in pairs]
in_comprehension([(i, i) for i in range(10)])
gc.set_threshold(700)
gc.collect()
