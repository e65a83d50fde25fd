# gc.get_count() around built-in calls (after gc.collect(), so every allocation shows): types without
# vectorcall in 3.11 (int, str, complex, slice, property, zip) get an argument tuple, min()/max()
# are METH_VARARGS, zip/map keep a tuple of their iterators, classes called with *args
import gc
class C:
    def __init__(self, x=0): self.x = x
class D: pass
class E:
    def __init__(self, *args): self.args = args
a = [1, 2]
gc.collect(); z = None; c = gc.get_count()[0]; z = int("5"); print('int("5")', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = int(5.5); print('int(5.5)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = str(5); print('str(5)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = float(2); print('float(2)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = bool(1); print('bool(1)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = tuple(a); print('tuple(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = list(a); print('list(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = dict(a=1); print('dict(a=1)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = dict(); print('dict()', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = set(a); print('set(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = frozenset(a); print('frozenset(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = range(3); print('range(3)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = slice(1, 2); print('slice(1, 2)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = object(); print('object()', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = type(a); print('type(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = complex(1, 2); print('complex(1, 2)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = repr(a); print('repr(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = sorted(a); print('sorted(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = reversed(a); print('reversed(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = super(C, C()); print('super(C, C())', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = property(abs); print('property(abs)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = iter(a); print('iter(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = len(a); print('len(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = isinstance(a, list); print('isinstance(a, list)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = divmod(5, 2); print('divmod(5, 2)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = max(a); print('max(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = min(1, 2); print('min(1, 2)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = sum(a); print('sum(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = abs(-1); print('abs(-1)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = round(1.5); print('round(1.5)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = hash(1); print('hash(1)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = str.upper("a"); print('str.upper("a")', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = "a".join(["b"]); print('"a".join(["b"])', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = dict.fromkeys(a); print('dict.fromkeys(a)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = C(1); print('C(1)', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = D(); print('D()', gc.get_count()[0] - c)
gc.collect(); z = None; c = gc.get_count()[0]; z = E(1, 2); print('E(1, 2)', gc.get_count()[0] - c)
