"""Generate settable.json: small programs about set iteration order and CPython 3.11's output.

Regenerate (needs python3 = CPython 3.11):  python3 src/sim/objects/__fixtures__/settable_gen.py
Elements are ints, floats, bools and tuples of them (no str: its hash is randomized per process,
no None: its hash is its address). Literals use names so 3.11 compiles them to BUILD_SET.
"""
import json
import os
import random
import subprocess
import sys

rng = random.Random(311)


def elem(depth=0):
    r = rng.random()
    if r < 0.55:
        return str(rng.choice([rng.randrange(-40, 200), rng.randrange(-10**6, 10**6), 2**rng.randrange(30, 70) + rng.randrange(-3, 3), -(2**rng.randrange(30, 64))]))
    if r < 0.7:
        return rng.choice(['0.5', '1.5', '-2.25', '3.0', '1e20', '0.1', '-0.0', '2.5e-3', '7.75'])
    if r < 0.78:
        return rng.choice(['True', 'False'])
    if depth == 0:
        items = [elem(1) for _ in range(rng.randrange(0, 4))]
        return '(' + ', '.join(items) + (',)' if items else ')')
    return str(rng.randrange(-5, 50))


def elems(n):
    return [elem() for _ in range(n)]


def prog_literal():
    xs = elems(rng.randrange(1, 12))
    return 'x = 0\nprint({' + ', '.join(f'{e} + x' if e[0] not in '(TF' else e for e in xs) + '})\n'


def prog_ops():
    lines = [f's = set([{", ".join(elems(rng.randrange(0, 15)))}])', 'print(s)']
    for _ in range(rng.randrange(3, 25)):
        op = rng.random()
        if op < 0.45:
            lines.append(f's.add({elem()})')
        elif op < 0.6:
            lines.append(f's.discard({elem()})')
        elif op < 0.75:
            lines.append('print(s.pop() if s else None)')
        elif op < 0.8:
            lines.append('s.update(range(%d, %d, %d))' % (rng.randrange(-20, 20), rng.randrange(20, 90), rng.randrange(1, 9)))
        elif op < 0.85:
            lines.append(f'for _ in list(s)[:{rng.randrange(1, 6)}]: s.remove(_)')
        else:
            lines.append('print(s)')
    lines.append('print(s, len(s))')
    return '\n'.join(lines) + '\n'


def prog_binops():
    a = elems(rng.randrange(0, 14))
    b = elems(rng.randrange(0, 14))
    b += rng.sample(a, min(len(a), rng.randrange(0, 6)))
    return '\n'.join([
        f'a = set([{", ".join(a)}])', f'b = set([{", ".join(b)}])',
        'print(a | b)', 'print(b | a)', 'print(a & b)', 'print(b & a)', 'print(a - b)', 'print(b - a)',
        'print(a ^ b)', 'print(b ^ a)', 'print(a.union(b, [1, 2, 3]))', 'print(a.intersection(b, a))',
        'print(a.difference(b, [0]))', 'print(a.symmetric_difference(list(b)))', 'print(frozenset(a) | b)',
        'c = a.copy(); c |= b; print(c)', 'c = a.copy(); c &= b; print(c)', 'c = a.copy(); c -= b; print(c)',
        'c = a.copy(); c ^= b; print(c)', 'c = set(a); c.intersection_update(list(b)); print(c)',
        'print(set(b), frozenset(a), sorted(map(repr, a | b)))',
    ]) + '\n'


def prog_growth():
    start = rng.randrange(-50, 50)
    step = rng.choice([1, 2, 3, 5, 7, 8, 16, 32, 100, 1023])
    n = rng.randrange(5, 200)
    dels = rng.randrange(0, n)
    return '\n'.join([
        f's = set()', f'for i in range({n}): s.add({start} + i * {step})', 'print(s)',
        f'for i in range(0, {n}, 3): s.discard({start} + i * {step})', 'print(s)',
        f'print({{v * {rng.randrange(1, 9)} for v in s}})',
        f'print([s.pop() for _ in range(min(len(s), {dels}))])', 'print(s)',
        f's.clear(); s.update(range({n})); print(set(dict.fromkeys(s)))',
        f'print(set(x % 13 for x in range({n})))',
    ]) + '\n'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    programs = [prog_literal() for _ in range(60)] + [prog_ops() for _ in range(80)]
    programs += [prog_binops() for _ in range(60)] + [prog_growth() for _ in range(40)]
    programs += [
        'x = 0\nprint({3 + x, 1, 2})\nprint({10 + x, 100, 1000, -1})\nprint({5 + x, 37, 69})\nprint({2**63 + x, 10})\n',
        'print(hash((1, 2)), hash(()), hash((1.5, (2, -1))), hash(-1), hash(2**61 - 1), hash(float("inf")))\n',
        'x = 0\nprint({(1, 2), (3, 4 + x), (), (True, 0.5)})\n',
        'class S(set): pass\ns = S([40, 8, 0, 16])\nprint(s, s | {1}, {1} | s, s & {8, 0}, s.copy())\n',
        's = set(range(0, 64, 8))\ns.discard(0); s.discard(16)\nc = s.copy(); print(c, c.pop(), c.pop(), c)\ns.clear(); s.add(9); s.add(1); print(s)\n',
        's = set(range(20))\ns.difference_update(range(0, 20, 2), [1, 3])\nprint(s)\ns.intersection_update([5, 7, 9, 11, 40], range(100))\nprint(s)\ns.symmetric_difference_update([9, 64, 128, 5])\nprint(s)\n',
        'f = frozenset([33, 1, 65]); g = frozenset(f); print(g, g is f, set(f), set({97: 1, 1: 2, 33: 3}))\n',
        's = {8, 16, 24, 32}\nprint([s.pop() for _ in range(4)])\ns.update([1, 9, 17]); print(s, s.pop(), s)\n',
        's = set()\nfor i in range(100): s.add(i * 37 % 101); s.discard(i * 11 % 101)\nprint(s, len(s))\n',
    ]
    # all-constant displays of 3+ ints compile to a frozenset constant merged into a new set
    consts = []
    for _ in range(60):
        vals = [rng.choice([rng.randrange(-20, 300), rng.randrange(-10**9, 10**9), 2**rng.randrange(31, 62)]) for _ in range(rng.randrange(3, 14))]
        src = 'print({' + ', '.join(map(str, vals)) + '})'
        out = subprocess.run([sys.executable, '-S', '-c', src], capture_output=True, text=True, check=True).stdout
        consts.append({'values': [str(v) for v in vals], 'stdout': out})
    fixtures = []
    for src in programs:
        out = subprocess.run([sys.executable, '-S', '-c', src], capture_output=True, text=True, check=True).stdout
        fixtures.append({'source': src, 'stdout': out})
    with open(os.path.join(here, 'settable.json'), 'w') as f:
        json.dump({'python': sys.version.split()[0], 'fixtures': fixtures, 'constDisplays': consts}, f, indent=1)
        f.write('\n')


main()
