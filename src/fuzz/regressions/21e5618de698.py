# CPython's AST optimizer folds constant tuples, tuple/str arithmetic and subscripts, and turns a
# list display iterated over or tested with `in` into a tuple: no list (or no object at all) is
# made each time, and the constant is one object
import gc
a, b = 4, 5
gc.collect()
c = gc.get_count()[0]
for i in range(5):
    x = (1, 2) + (3,)
    y = (4, 5) * 2
    z = 'ab' * 3
    w = (1, (2, 3), -1)
    for v in [a, b]:
        pass
    t = a in [a, b]
    u = b in [1, 2, 3]
print(gc.get_count()[0] - c, x, y, z, w, t, u)
def f():
    return (1, 2) + (3,)
print(f() is f(), 'abc'[1] is 'b', (1, (2, 3), -1) is w)
