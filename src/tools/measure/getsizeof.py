"""sys.getsizeof of the simulator's types under CPython 3.11 (64-bit).

Run: python3 -S src/tools/measure/getsizeof.py > src/sim/__fixtures__/getsizeof.json
Each entry is [python expression, size]; src/sim/sizeof.test.ts evaluates the same expressions in
the simulator. The expressions are evaluated in a namespace with the helpers defined below.
"""
import json
import sys

SETUP = '''
class A:
    pass
class B:
    def __init__(self):
        self.x = 1
        self.y = 2
def f():
    pass
def appended(n):
    l = []
    for i in range(n):
        l.append(i)
    return l
def popped(n, k):
    l = appended(n)
    for i in range(k):
        l.pop()
    return l
def comp(n):
    return [i for i in range(n)]
'''

EXPRS = [
    '0', '1', '-1', '2**30 - 1', '2**30', '2**60', '2**90', '-(2**64)', 'True', 'False', 'None', '1.5',
    "''", "'a'", "'hello'", "'x' * 100", "'é'", "'héllo'", "'€'", "'a€'", "'😀'",
    '()', '(1,)', '(1, 2, 3)', 'tuple(range(10))',
    '[]', '[1]', '[1, 2, 3]', '[0] * 10', 'list(range(10))',
    'appended(0)', 'appended(1)', 'appended(4)', 'appended(5)', 'appended(8)', 'appended(9)', 'appended(16)', 'appended(17)',
    'appended(25)', 'appended(100)', 'popped(17, 10)', 'comp(5)', 'comp(10)',
    '{}', "{'a': 1}", "{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}", "{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}",
    '{1: 2}', 'dict(zip(range(10), range(10)))',
    'set()', '{1}', '{1, 2, 3, 4}', '{1, 2, 3, 4, 5}', 'set(range(20))', 'frozenset()',
    'A()', 'B()', 'A', 'f', 'range(10)',
]

ns = {}
exec(SETUP, ns)
out = {'python': sys.version.split()[0], 'setup': SETUP, 'sizes': [[e, sys.getsizeof(eval(e, ns))] for e in EXPRS]}
json.dump(out, sys.stdout, indent=1)
print()
