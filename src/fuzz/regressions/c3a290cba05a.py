d = {'a': 1, 'b': [2]}
print(d.keys(), d.values(), d.items())
e = {}
e['x'] = e.items()
print(e)
import sys
print(type(sys.__dict__).__name__, 'getrefcount' in sys.__dict__)
print(type(__builtins__.__dict__).__name__, 'print' in __builtins__.__dict__.keys())
