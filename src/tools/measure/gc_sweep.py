"""Where automatic collections start, allocation by allocation, under CPython 3.11 (`python3 -S`).

Run: python3 src/tools/measure/gc_sweep.py > src/sim/__fixtures__/gc-sweep.json

gc.get_count() deltas (gc_count_deltas.py) show how many objects a construct allocates; this shows
*when*: each snippet runs after a padding of K lists that brings the gen0 count near the
threshold, with a garbage cycle whose finalizer prints the stage it was collected in, and
gc.get_count() printed after the snippet. As K grows by one, the collection starts one
allocation earlier; the outputs over K pin every allocation of the snippet in order (a temporary
made and freed leaves the net count alone, but a collection can start at it). Kept: the K where
the collection starts inside the snippet, and two on either side. src/sim/gc-sweep.test.ts runs
the same programs in the simulator.
"""
import json
import os
import subprocess
import sys

SNIPPETS = {
    'assign_int': 'a = 1',
    'list_display': 'a = [1, 2]',
    'tuple_of_names': 'x = 1\na = (x, x)',
    'dict_display': 'a = {"k": 1}',
    'set_display': 'x = 1\na = {x, 2}',
    'unpack_constant': 'a, b = 1, 2',
    'unpack_folded': 'a, b = -1, 2',
    'unpack_list': 'a, b = [1, 2]',
    'swap': 'x = 1\ny = 2\nx, y = y, x',
    'star_unpack': 'a, *b = [1, 2, 3]',
    'def_plain': 'def f(): pass',
    'def_defaults': 'def f(a=1, b=[]): return a',
    'closure': 'def f():\n    x = 1\n    def g(): return x\n    return g\nh = f()',
    'lambda_call': 'f = lambda x: x + 1\ny = f(2)',
    'call_kwargs': 'def f(a, b=2): return a\ny = f(1, b=3)',
    'call_star_args': 'def f(*args): return args\ny = f(1, 2)',
    'call_star_kwargs': 'def f(**kw): return kw\ny = f(a=1)',
    'class_pass': 'class A: pass',
    'class_method_call': 'class A:\n    def m(self): return 1\na = A()\ny = a.m()',
    'class_init': 'class A:\n    def __init__(self, v): self.v = v\na = A(1)',
    'class_subclass': 'class B: pass\nclass A(B): pass',
    'super_call': 'class B:\n    def m(self): return 1\nclass A(B):\n    def m(self): return super().m()\ny = A().m()',
    'property': 'class A:\n    @property\n    def p(self): return 1\ny = A().p',
    'listcomp': 'y = [i for i in range(3)]',
    'dictcomp': 'y = {i: i for i in range(3)}',
    'genexp_sum': 'y = sum(i for i in range(3))',
    'for_range': 'for i in range(3): pass',
    'for_list': 'for i in [1, 2]: pass',
    'for_enumerate': 'for i, v in enumerate("ab"): pass',
    'for_zip': 'for a, b in zip([1], [2]): pass',
    'for_dict_items': 'd = {1: 2}\nfor k, v in d.items(): pass',
    'while_loop': 'i = 0\nwhile i < 3: i += 1',
    'str_concat': 'x = "a"\ny = x + "b"',
    'fstring': 'x = 1\ny = f"{x}!"',
    'str_format': 'y = "{}-{}".format(1, 2)',
    'percent_format': 'y = "%d" % 5',
    'str_join': 'y = ",".join(["a", "b"])',
    'str_split': 'y = "a b".split()',
    'list_append': 'a = []\na.append(1)',
    'list_sort': 'a = [2, 1]\na.sort()',
    'sorted_call': 'y = sorted([2, 1])',
    'list_slice': 'a = [1, 2, 3]\ny = a[1:]',
    'dict_get': 'd = {}\ny = d.get(1)',
    'dict_setitem': 'd = {}\nd[1] = 2',
    'isinstance': 'y = isinstance(1, int)',
    'len_call': 'y = len([1])',
    'id_call': 'x = []\ny = id(x)',
    'try_except': 'try:\n    raise ValueError("x")\nexcept ValueError as e:\n    y = e',
    'try_finally': 'try:\n    y = 1\nfinally:\n    y = 2',
    'with_context': 'class C:\n    def __enter__(self): return self\n    def __exit__(self, *a): pass\nwith C() as c: pass',
    'print_one': 'print(1)',
    'print_two_args': 'print(1, 2)',
    'print_sep_end': 'print(1, 2, sep="-", end="!\\n")',
    'getrefcount': 'y = sys.getrefcount([])',
    'weakref_ref': 'class A: pass\na = A()\nr = weakref.ref(a)',
    'del_name': 'x = [1]\ndel x',
    'cycle_collect': 'a = []\na.append(a)\ndel a\ny = gc.collect()',
    'map_call': 'y = list(map(str, [1, 2]))',
    'min_max': 'y = min(1, 2) + max([3, 4])',
    'augassign_list': 'a = [1]\na += [2]',
    'chained_compare': 'x = 2\ny = 1 < x < 3',
    'bool_ops': 'x = []\ny = x or [1]',
    'ternary': 'x = 1\ny = [x] if x else None',
    'global_func': 'g = 0\ndef f():\n    global g\n    g = [1]\nf()',
    'nested_list': 'y = [[1], [2]]',
    'attr_set_del': 'class A: pass\na = A()\na.x = [1]\ndel a.x',
    'hash_call': 'y = hash("abc")',
    'int_str': 'y = int("12") + len(str(34))',
}

# the modules snippets use are imported first: an import is hundreds of allocations the
# simulator counts as one measured lump (import-count.ts), not one by one
TEMPLATE = '''import gc, sys, weakref
class D:
    def __del__(self):
        print('collected during', stage)
def cycle():
    d = D()
    d.me = d
stage = 0
gc.collect()
cycle()
keep = [[] for _ in range({K})]
stage = 1
{SNIPPET}
stage = 2
print('count after', gc.get_count()[0])
tail = [[] for _ in range(100)]
'''
PADDINGS = range(600, 706)

ENV = {'PATH': os.environ.get('PATH', ''), 'LC_ALL': 'C.UTF-8', 'PYTHONHASHSEED': '0',
       'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONIOENCODING': 'utf-8'}


def run(src):
    path = '/tmp/gc_sweep_probe.py'
    with open(path, 'w') as f:
        f.write(src)
    r = subprocess.run([sys.executable, '-S', path], capture_output=True, text=True, env=ENV)
    return r.stdout + ('' if not r.stderr else '[stderr] ' + r.stderr)


out = {'template': TEMPLATE, 'snippets': {}}
for name, src in SNIPPETS.items():
    outputs = {k: run(TEMPLATE.replace('{K}', str(k)).replace('{SNIPPET}', src)) for k in PADDINGS}
    inside = [k for k, o in outputs.items() if 'collected during 1' in o]
    if not inside:
        # nothing allocated inside: the K where the collection moves from after to before it
        inside = [k for k, o in outputs.items() if 'collected during 0' in o][:1]
    lo, hi = max(PADDINGS.start, min(inside) - 2), min(PADDINGS.stop - 1, max(inside) + 2)
    out['snippets'][name] = {'src': src, 'from': lo, 'outputs': [outputs[k] for k in range(lo, hi + 1)]}
    print(name, lo, hi, file=sys.stderr)
print(json.dumps(out, indent=1))
