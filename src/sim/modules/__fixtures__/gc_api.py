# gc module API details; expected output: python3 -S gc_api.py > gc_api.out 2> gc_api.err (CPython 3.11.7)
import gc
class N:
    pass
gc.collect()
print(gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked({}), gc.is_tracked({'a': {}}))
l = [N() for _ in range(3)]
print(len(gc.get_referents(l)), gc.get_referents(1, 'x'))
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError:', e)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print('ValueError:', e)
print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
s = gc.get_stats()
print(len(s), sorted(s[0]))
x = []
x.append(x)
del x
print(gc.collect(0), gc.collect())
print(gc.garbage)
def bad(phase, info):
    raise RuntimeError('in callback')
gc.callbacks.append(bad)
print(gc.collect())
gc.callbacks.clear()
print('done')
