"""The `lab` helper module of exercise checks, implemented on real CPython 3.11.

The simulator provides `lab` natively; this file has the same public API so that every exercise
can be validated under CPython (`validate_with_cpython.py`). The functions prefixed with `_` are
the harness's hooks, not part of the API learners or checks use.

Public API (what a check may call):
  refcount(obj)  -> int   ob_refcnt as ctypes reads it, without the call's own reference
  output()       -> str   everything the learner's code printed to stdout
  alive(cls)     -> int   instances of cls alive now
  reachable(obj) -> bool  obj can be reached from the module's global names
  collected()    -> int   objects gc.collect() found unreachable while the learner's code ran

Measurement window: `output()` and `collected()` cover the learner's code only; they stop growing
when the harness calls `_end_learner()` (before the check runs), so a check that prints or calls
gc.collect() itself does not change them.
"""

import ctypes
import gc
import sys

_out_parts = []
_out_frozen = None
_collected = 0
_collecting = True
_globals = None


class _Tee:
    """Stands in for sys.stdout: records what is written and passes it on."""

    def __init__(self, target):
        self._target = target

    def write(self, text):
        if _out_frozen is None:
            _out_parts.append(text)
        return self._target.write(text)

    def flush(self):
        self._target.flush()


def _on_gc(phase, info):
    global _collected
    if phase == 'stop' and _collecting:
        _collected += info['collected']


def _start(module_globals):
    """Called by the harness just before the learner's code runs in `module_globals`."""
    global _globals
    _globals = module_globals
    sys.stdout = _Tee(sys.stdout)
    gc.callbacks.append(_on_gc)


def _end_learner():
    """Called by the harness after the learner's code, before the check."""
    global _out_frozen, _collecting
    _out_frozen = ''.join(_out_parts)
    _collecting = False


def refcount(obj):
    # Inside this call the parameter `obj` holds one reference of its own (CPython 3.11 moves the
    # caller's argument into the callee's frame), so the learner-visible count is one less than
    # the field. At module level this equals sys.getrefcount(obj) - 1.
    return ctypes.c_long.from_address(id(obj)).value - 1


def output():
    if _out_frozen is not None:
        return _out_frozen
    return ''.join(_out_parts)


def alive(cls):
    count = 0
    for obj in gc.get_objects():
        if type(obj) is cls:
            count += 1
    return count


def collected():
    return _collected


# Containers whose references reachable() follows. Classes, functions and modules are not
# followed: a class refers to its methods, whose globals refer to every global name, which would
# make everything "reachable" and teach nothing.
_FOLLOWED = (list, tuple, dict, set, frozenset)


def _is_followed(obj):
    if isinstance(obj, _FOLLOWED):
        return True
    # Instances of classes defined by the learner: follow their attributes.
    return type(type(obj)) is type and type(obj).__module__ == '__main__' and not isinstance(obj, type)


def reachable(obj):
    """Whether obj can be reached from the global names: name -> object -> its items/attributes..."""
    if _globals is None:
        raise RuntimeError('lab.reachable() needs the harness to set the module globals')
    seen = set()
    stack = []
    for name, value in list(_globals.items()):
        if name.startswith('__') or name == 'lab':
            continue
        stack.append(value)
    while stack:
        current = stack.pop()
        if current is obj:
            return True
        if id(current) in seen:
            continue
        seen.add(id(current))
        if not _is_followed(current):
            continue
        if isinstance(current, dict):
            children = list(current.keys()) + list(current.values())
        elif isinstance(current, _FOLLOWED):
            children = list(current)
        else:
            # gc.get_referents, not __dict__: touching __dict__ would materialize a dict object
            # in 3.11 and change what a later gc.collect() counts.
            cls = type(current)
            children = [r for r in gc.get_referents(current) if r is not cls]
        stack.extend(children)
    return False
