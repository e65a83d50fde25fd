# `x in {1, 2, 3}` and `for x in {3, 1, 2}`: CPython's optimizer makes the set display a frozenset
# constant, so no set is built each time
import gc
a = 2
gc.collect()
c = gc.get_count()[0]
r = []
for i in range(5):
    r.append(a in {1, 2, 3})
    for x in {30, 10, 20}:
        r.append(x)
    r.append(a not in {a, 4})
print(gc.get_count()[0] - c, r)
def f():
    return 5 in {5, 6}
print(f(), f())
