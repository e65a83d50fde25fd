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
import sys

from clean_run import run_clean

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
    'dict_views': 'd = {1: 2, 3: 4}\ny = list(d.keys()) + list(d.values())\nz = list(d.items())',
    'dict_methods': 'd = {1: [2]}\ny = d.pop(1)\nd.setdefault(3, [])\nz = d.copy()',
    'dict_from_zip': 'y = dict(zip("ab", [1, 2]))',
    'dict_kwargs': 'y = dict(a=1, b=[2])',
    'dictcomp_if': 'y = {k: [k] for k in range(4) if k % 2}',
    'list_methods': 'a = [3, 1, 2]\nb = a.copy()\na.insert(0, [9])\nx = a.pop()\na.reverse()\ny = a.index(3) + a.count(1)',
    'list_extend_range': 'a = []\na.extend(range(3))',
    'list_mul': 'a = [[0]] * 3\nb = [0] * 4',
    'list_del_slice': 'a = list(range(6))\ndel a[1:3]\ndel a[0]',
    'slice_step': 'a = list(range(8))\ny = a[::2]\nz = a[::-1]',
    'set_ops': 'a = {1, 2}\nb = {2, 3}\ny = (a | b, a & b, a - b, a ^ b)',
    'in_tests': 'a = [1, [2]]\nd = {1: 2}\ns = {3}\ny = (1 in a, 2 in d, 3 in s, [2] in a)',
    'str_methods': 's = " a,b "\ny = s.strip().split(",")\nz = s.replace("a", "x").upper()',
    'str_mul_concat': 's = "ab" * 3\nt = s + s[1:]',
    'enumerate_start': 'y = list(enumerate([5, 6], 1))',
    'zip_three': 'y = list(zip([1], [2], [3]))',
    'reversed_list': 'y = list(reversed([1, 2, 3]))',
    'any_all_genexp': 'y = any(x > 1 for x in [1, 2]) and all(x for x in [1])',
    'sum_abs_round': 'y = sum([1, 2]) + abs(-3) + round(2.5) + divmod(7, 2)[0]',
    'conversions': 'y = (int("3"), float("2.5"), str(4), repr([1]), tuple([1]), list((2,)))',
    'sorted_key_lambda': 'y = sorted([3, 1, 2], key=lambda v: -v, reverse=True)',
    'args_forward': 'def g(*a, **k): return len(a) + len(k)\ndef f(*a, **k): return g(*a, **k)\ny = f(1, 2, x=3)',
    'nonlocal_counter': 'def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = mk()\ny = c() + c()',
    'custom_exception': 'class E(Exception): pass\ntry:\n    raise E("x")\nexcept E as e:\n    y = e.args',
    'try_else_finally': 'try:\n    y = [1]\nexcept ValueError:\n    y = None\nelse:\n    y.append(2)\nfinally:\n    z = 3',
    'exception_in_call': 'def f(): return 1 / 0\ntry:\n    f()\nexcept ZeroDivisionError as e:\n    y = str(e)',
    'class_repr_eq': 'class P:\n    def __init__(self, v): self.v = v\n    def __repr__(self): return f"P({self.v})"\n    def __eq__(self, o): return self.v == o.v\n    __hash__ = None\ny = repr(P(1)) + str(P(1) == P(1))',
    'vars_getattr': 'class A: pass\na = A()\nsetattr(a, "x", [1])\ny = getattr(a, "x") + [hasattr(a, "y")]\nz = vars(a)',
    'isinstance_tuple': 'y = isinstance(1, (str, int)) and type(1) is int',
    'while_else': 'i = 0\nwhile i < 5:\n    if i == 3: break\n    i += 1\nelse:\n    i = -1',
    'nested_comp': 'y = [[i * j for j in range(2)] for i in range(2)]',
    'fstring_spec': 'x = 3.14159\ny = f"{x:.2f} {x!r:>10} {[1]}"',
    'print_stderr': 'print("e", file=sys.stderr)',
    'weakref_proxy': 'class A: pass\na = A()\np = weakref.proxy(a)\ny = repr(p)[:5]',
    'weak_value_dict': 'class A: pass\nd = weakref.WeakValueDictionary()\na = A()\nd["k"] = a\ny = len(d)',
    'is_checks': 'a = [1]\nb = a\ny = (a is b, a is not None, None is None)',
    'gc_is_tracked': 'y = (gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({1: []}))',
    'gc_referents': 'a = [1, [2]]\ny = len(gc.get_referents(a))',
    'gc_referrers': 'a = []\nb = [a]\ny = len(gc.get_referrers(a))',
    'getrefcount_obj': 'class A: pass\na = A()\nb = a\ny = sys.getrefcount(a)',
    'cycle_instances': 'class N:\n    def __init__(self): self.other = None\na = N()\nb = N()\na.other = b\nb.other = a\ndel a, b',
    'del_in_function': 'def f():\n    x = [1, 2]\n    y = x\n    del x\n    return y\nz = f()',
    'return_tuple': 'def f(): return 1, [2]\na, b = f()',
    'default_mutable_call': 'def f(x, acc=[]):\n    acc.append(x)\n    return acc\nf(1)\ny = f(2)',
    'staticmethod_classmethod': 'class A:\n    @staticmethod\n    def s(): return 1\n    @classmethod\n    def c(cls): return cls\ny = A.s() + (A.c() is A)',
    'inheritance_init': 'class B:\n    def __init__(self): self.b = [1]\nclass C(B):\n    def __init__(self):\n        super().__init__()\n        self.c = 2\nx = C()',
    'dunder_len_getitem': 'class S:\n    def __len__(self): return 2\n    def __getitem__(self, i):\n        if i >= 2: raise IndexError\n        return i\ny = (len(S()), list(S()))',
    'iter_protocol': 'class It:\n    def __init__(self): self.i = 0\n    def __iter__(self): return self\n    def __next__(self):\n        self.i += 1\n        if self.i > 2: raise StopIteration\n        return self.i\ny = list(It())',
    'ctypes_refcount': 'import ctypes\na = [1]\nb = a\ny = ctypes.c_long.from_address(id(a)).value',
    'getrefcount_variants': 'a = []\ny = (sys.getrefcount(a), sys.getrefcount(1), sys.getrefcount(None) > 0)',
    'gc_thresholds': 'y = gc.get_threshold()\ngc.set_threshold(*y)\nz = gc.get_count()',
    'gc_collect_gen0': 'a = []\na.append(a)\ndel a\ny = gc.collect(0)',
    'gc_collect_gen1': 'a = []\na.append(a)\ndel a\ny = gc.collect(1)',
    'del_resurrect': 'class R:\n    saved = None\n    def __del__(self): R.saved = self\nr = R()\ndel r\ny = R.saved',
    'weakref_callback': 'class A: pass\ndef cb(w): pass\na = A()\nw = weakref.ref(a, cb)\ndel a',
    'list_of_lists_alias': 'row = [0] * 3\ngrid = [row] * 3\ngrid[0][0] = 1\nz = [[0] * 3 for _ in range(3)]',
    'dict_of_lists': 'd = {}\nfor k in "abc":\n    d.setdefault(k, []).append(k)',
    'closures_in_loop': 'fs = [lambda i=i: i for i in range(3)]\ny = [f() for f in fs]',
    'recursion_fact': 'def fact(n): return 1 if n < 2 else n * fact(n - 1)\ny = fact(10)',
    'string_interning': 'a = "hello"\nb = "hel" + "lo"\nc = "".join(["hel", "lo"])\ny = (a is b, a is c, a == c)',
    'small_int_cache': 'a = 256\nb = 256\nc = 257\nd = int("257")\ny = (a is b, c is d)',
    'tuple_with_list_iadd': 't = ([1],)\ntry:\n    t[0] += [2]\nexcept TypeError:\n    pass',
    'enumerate_dict': 'd = {"a": 1, "b": 2}\nfor i, k in enumerate(d): pass',
    'sort_key_itemgetter': 'pairs = [(2, "b"), (1, "a")]\npairs.sort(key=lambda p: p[0])',
    'nested_try_finally': 'def f():\n    try:\n        try:\n            raise ValueError\n        finally:\n            x = [1]\n    except ValueError:\n        return x\ny = f()',
    'reraise': 'try:\n    try:\n        raise KeyError("k")\n    except KeyError:\n        raise\nexcept KeyError as e:\n    y = e',
    'raise_from': 'try:\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise ValueError("v") from e\nexcept ValueError as e:\n    y = e.__cause__',
    'global_list_mutation': 'items = []\ndef add(x):\n    items.append(x)\nadd(1)\nadd([2])',
    'pass_by_assignment': 'def f(lst, n):\n    lst.append(n)\n    n += 1\n    lst = [0]\n    return n\na = [1]\ny = f(a, 5)',
    'id_hex': 'a = [1]\ny = hex(id(a))',
    'is_none_checks': 'def f(x=None):\n    if x is None:\n        x = []\n    return x\ny = f()',
    'dict_comp_keys': 'y = {str(i): i for i in range(3)}',
    'set_comp': 'y = {i % 2 for i in range(5)}',
    'list_index_slice_assign': 'a = [1, 2, 3]\na[1:2] = [7, 8]\na[0] = [9]',
    'chained_methods': 'y = " A b ".strip().lower().split()',
    'max_key': 'y = max(["aa", "b"], key=len)',
    'zip_dict_items': 'd = dict(a=1)\ny = list(zip(d, d.values()))',
    'class_attr_vs_instance': 'class C:\n    shared = []\n    def __init__(self): self.own = []\na = C()\nb = C()\na.shared.append(1)',
    'copy_module': 'import copy\na = [[1], {2: 3}]\nb = copy.copy(a)\nc = copy.deepcopy(a)',
}

# the modules snippets use are imported first: an import is hundreds of allocations the
# simulator counts as one measured lump (import-count.ts), not one by one
TEMPLATE = '''import gc, sys, weakref, copy, ctypes
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

def run(src):
    r = run_clean(src, 'gc_sweep')
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
