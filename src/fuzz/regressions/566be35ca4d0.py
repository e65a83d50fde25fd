# Objects CPython 3.11 makes on first use and keeps (list.sort's keyword-name tuple, the repr
# guard's dict and list, print's keyword-name tuple), what `import gc` takes from emptied free
# lists, and tuples of 20 items on their free list: gc.get_count() moves as CPython's does
keep = [(i, i, i) for i in range(40)] + [(i, i) for i in range(40)] + [{i: i} for i in range(90)]
import gc
counts = [gc.get_count()[0]]
s = sorted([3, 1, 2], key=lambda v: -v)
counts.append(gc.get_count()[0])
r = repr((1, 2))
counts.append(gc.get_count()[0])
t = tuple(range(20))
del t
t = tuple(range(20))
counts.append(gc.get_count()[0])
x = () + (5, 11)
counts.append(gc.get_count()[0])
print([b - a for a, b in zip(counts, counts[1:])])
print(gc.get_count()[0] - counts[-1])
print(gc.get_count()[0] - counts[-1])
