# The iterator types CPython 3.11 makes (str_ascii_iterator and str_iterator are gc objects, reversed()
# gives list_reverseiterator, reversed, a range iterator or dict_reversekeyiterator) and what they
# add to gc.get_count() after a full collection
import gc
for src in ['abc', 'ßx', [1], (1,), range(3), {1: 2}, {1}, {1: 2}.items()]:
    gc.collect(); z = None; c = gc.get_count()[0]; z = iter(src); print(type(z).__name__, gc.get_count()[0] - c, gc.is_tracked(z))
for src in ['abc', [1], (1,), range(3)]:
    gc.collect(); z = None; c = gc.get_count()[0]; z = reversed(src); print(type(z).__name__, gc.get_count()[0] - c, gc.is_tracked(z))
r = reversed(range(10, 0, -3))
print(list(r), type(r).__name__, reversed.__name__, list(reversed(range(0))), list(reversed(range(5))), list(reversed("ab")), type(reversed({1:2})).__name__, list(reversed({1: 2, 3: 4})))
