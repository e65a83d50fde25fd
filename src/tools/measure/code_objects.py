"""Dump the code objects CPython 3.11 compiles a program into, in the order the compiler finishes them.

Run: python3 src/tools/measure/code_objects.py FILE...   (prints one JSON line per file)
The order is the compiler's (a nested code object is assembled before the code that contains it):
a post-order walk over co_consts. For each: its co_consts (typed), co_names, the localsplus names
(co_varnames, the cells that are not arguments, co_freevars), and whether its bytecode, line table
and exception table equal an earlier code object's (the compiler merges equal ones: one key tuple
fewer in its constant cache). src/sim/compile-events.test.ts compares the simulator's model of the
compiler (compile-events.ts) with these, program by program.
"""
import json
import sys


def const_text(v):
    """The simulator's text of a constant (compile-model/constants.ts displayText)."""
    if isinstance(v, type((lambda: 0).__code__)):
        return 'code:' + v.co_qualname
    if isinstance(v, tuple):
        return '(' + ','.join(const_text(x) for x in v) + (',)' if len(v) == 1 else ')')
    if isinstance(v, frozenset):
        return 'frozenset(' + ','.join(sorted(const_text(x) for x in v)) + ')'
    if v is None or v is Ellipsis:
        return repr(v)
    if isinstance(v, bool):
        return 'bool:' + repr(v)
    if isinstance(v, str):
        return 'str:' + json.dumps(v, ensure_ascii=False)
    if isinstance(v, bytes):
        return 'bytes:' + v.hex()
    if isinstance(v, complex):
        return 'complex:' + repr(v.real) + ',' + repr(v.imag)
    return type(v).__name__ + ':' + repr(v)


def dump(path):
    src = open(path, encoding='utf-8').read()
    top = compile(src, path, 'exec')
    out = []
    seen_code, seen_lines, seen_exc = {}, {}, {}

    def walk(co):
        for c in co.co_consts:
            if isinstance(c, type(co)):
                walk(c)
        lpn = list(co.co_varnames) + [c for c in co.co_cellvars if c not in co.co_varnames] + list(co.co_freevars)
        out.append({
            'name': co.co_qualname,
            'consts': [const_text(c) for c in co.co_consts],
            'names': list(co.co_names),
            'lpn': lpn,
            'sameCode': seen_code.setdefault(co.co_code, len(out)) != len(out),
            'sameLines': seen_lines.setdefault(co.co_linetable, len(out)) != len(out),
            'sameExc': seen_exc.setdefault(co.co_exceptiontable, len(out)) != len(out),
        })
    walk(top)
    return out


for p in sys.argv[1:]:
    try:
        print(json.dumps({'path': p, 'codes': dump(p)}))
    except SyntaxError as e:
        print(json.dumps({'path': p, 'error': str(e)}))
