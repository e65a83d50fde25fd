"""Names that exist in CPython 3.11, for the simulator's "not supported" errors.

When a program uses a built-in, a module or an attribute of a built-in type that CPython has but
the simulator does not, the simulator raises NotImplementedError naming the feature instead of a
misleading NameError/ModuleNotFoundError/AttributeError. This script lists what CPython has.

Run from the repository root with CPython 3.11:  python3 src/tools/measure/cpython_names.py
It writes src/sim/objects/cpython-names.json.
"""
import builtins
import copy
import ctypes
import gc
import json
import pathlib
import sys
import weakref

if sys.version_info[:2] != (3, 11):
    raise SystemExit('run this with CPython 3.11')


def public(names):
    return sorted(n for n in names if not n.startswith('_'))


# The built-in types the simulator models, by the name their instances report.
types = [object, int, bool, float, complex, str, list, tuple, dict, set, frozenset, range, type,
         slice, type(None), BaseException, type(lambda: 0), type(len), type(gc.collect),
         type({}.keys()), type({}.values()), type({}.items()), weakref.ref]
out = {
    'builtins': public(dir(builtins)),
    'modules': sorted(sys.stdlib_module_names),
    'types': {t.__name__: public(dir(t)) for t in types},
    'moduleAttrs': {m.__name__: public(dir(m)) for m in (sys, gc, weakref, ctypes, copy)},
}
target = pathlib.Path(__file__).resolve().parents[2] / 'sim' / 'objects' / 'cpython-names.json'
target.write_text(json.dumps(out, indent=1, sort_keys=True) + '\n')
print(f"{len(out['builtins'])} builtins, {len(out['modules'])} modules, {len(types)} types -> {target}")
