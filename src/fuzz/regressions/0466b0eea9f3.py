# zip, enumerate and dict items iterators refill their result tuple while nobody else holds it:
# the same tuple (same id) comes back, and no allocation
import gc, sys
a = [1, 2, 3, 4]
b = 'wxyz'
print(len({id(t) for t in zip(a, b)}), [t for t in zip(a, b)])
ids = []
for k, v in zip(a, b):
    ids.append(id((k, v)))
z = zip(a, b)
first = next(z)
second = next(z)
print(first is second, first, second)
del first, second
t3 = next(z)
print(sys.getrefcount(t3))
e = enumerate('abc')
x = next(e); x_id = id(x); del x
y = next(e)
print(id(y) == x_id, y)
d = {'a': 1, 'b': 2, 'c': 3}
it = iter(d.items())
p = next(it); p_id = id(p); del p
q = next(it)
print(id(q) == p_id, q)
for k, v in d.items():
    pass
c0 = gc.get_count()[0]
for k, v in d.items():
    pass
for i, ch in enumerate('hello'):
    pass
for m, n in zip(a, b):
    pass
print(gc.get_count()[0] - c0)
print([p for p in d.items()], list(enumerate('ab')), list(zip()))
