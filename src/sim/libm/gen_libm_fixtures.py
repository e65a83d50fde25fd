"""Writes fixtures/libm.json and fixtures/hypot.json: arguments of the C math functions the
simulator calls (sin, cos, exp, log, atan2, hypot), with what CPython 3.11 gets from this machine's
C library (glibc 2.36) and, for the first five, the correctly rounded value (mpmath, 300 bits).
Numbers are IEEE bit patterns in hex. Regenerate from the repo root:
    python3 src/sim/libm/gen_libm_fixtures.py
"""
import json
import math
import random
import struct
import sys

import mpmath

assert sys.version_info[:2] == (3, 11), sys.version
mpmath.mp.prec = 300
INF = math.inf
NAN = math.nan


def bits(x):
    return '%016x' % struct.unpack('>Q', struct.pack('>d', x))[0]


def magnitude(lo, hi):
    return random.uniform(1, 2) * 2.0 ** random.randint(lo, hi)


def signed(x):
    return x if random.random() < 0.5 else -x


KAHAN = 6381956970095103 * 2.0 ** 797  # the double closest to a multiple of pi/2 (sin is ~2**-61 of it)
EDGES = {
    'sin': [0.0, -0.0, 5e-324, -1e-310, 1e-300, 2.0 ** -26, 1.0, 3.0, 355.0, 103993.0, 1e22, 1e300,
            1.7976931348623157e308, KAHAN, -KAHAN, INF, -INF, NAN],
    'exp': [0.0, -0.0, 1e-300, -1e-300, 1.0, 709.78, 709.7827128933840, 709.79, 710.0, -708.4, -720.0,
            -745.13, -745.1332191019412, -745.14, -746.0, 1e300, -1e300, INF, -INF, NAN],
    'log': [5e-324, 1e-310, 2.2250738585072014e-308, 1.0 - 2.0 ** -53, 1.0, 1.0 + 2.0 ** -52, 2.0, 0.5,
            1.7976931348623157e308, 0.0, -0.0, -1.0, INF, -INF, NAN],
    'atan2': [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (-1.0, -0.0), (0.0, -1.0),
              (INF, INF), (-INF, INF), (INF, -INF), (1.0, INF), (1.0, -INF), (INF, 1.0), (NAN, 1.0),
              (1.0, NAN), (1e-300, 1e300), (-1e-300, 1e300), (1e-300, -1e300), (1e300, 1e-300),
              (5e-324, 1.0), (5e-324, 2.0), (1.0, 1.0), (-1.0, -1.0), (3.0, -4.0)],
}
EDGES['cos'] = EDGES['sin']

FUNCTIONS = {
    'sin': (math.sin, mpmath.sin, lambda: (signed(magnitude(-30, 30)),), lambda: (random.uniform(-10, 10),)),
    'cos': (math.cos, mpmath.cos, lambda: (signed(magnitude(-30, 30)),), lambda: (random.uniform(-10, 10),)),
    'exp': (math.exp, mpmath.exp, lambda: (random.uniform(-745, 709),), lambda: (random.uniform(-5, 5),)),
    'log': (math.log, mpmath.log, lambda: (magnitude(-1074, 1023),), lambda: (random.uniform(0, 4),)),
    'atan2': (math.atan2, mpmath.atan2, lambda: (signed(magnitude(-60, 60)), signed(magnitude(-60, 60))),
              lambda: (random.uniform(-1, 1), random.uniform(-1, 1))),
}


def reference(exact, c_value, args):
    # the exact cases (zeros, infinities, NaN) are C99 Annex F's; the rest is mpmath's rounding
    if not all(math.isfinite(a) and a != 0 for a in args) or not math.isfinite(c_value) or c_value == 0 or args == (1.0,):
        return c_value
    return float(exact(*[mpmath.mpf(a) for a in args]))


random.seed(20261127)
table = {}
for name, (c_function, exact, wide, typical) in FUNCTIONS.items():
    cases = [a if isinstance(a, tuple) else (a,) for a in EDGES[name]]
    cases += [wide() for _ in range(600)] + [typical() for _ in range(600)]
    rows = []
    for args in cases:
        try:
            value = c_function(*args)
        except (ValueError, OverflowError):
            continue  # CPython raises before or after calling C; the simulator does not call these there
        rows.append([[bits(a) for a in args], bits(value), bits(reference(exact, value, args))])
    table[name] = rows
with open('src/sim/libm/fixtures/libm.json', 'w') as fh:
    json.dump(table, fh)
    fh.write('\n')
print({k: len(v) for k, v in table.items()}, 'libm cases')

# hypot: abs(complex) is C's hypot (math.hypot is CPython's own vector_norm, another function)
random.seed(3)
pairs = [(0.03999999999999997, -0.5255737493604851), (-0.2799324418727617, -0.7712638587779478),
         (-0.4798852662292018, 0.7417635282992618), (3.0, 4.0), (1e308, 1e308), (5e-324, 5e-324),
         (1e-310, 3e-310), (0.0, -2.5), (-0.0, 0.0), (INF, NAN), (NAN, 1.0), (1e200, 1e-200),
         (-8.135749787733283e-308, -5e-324)]
for _ in range(3000):
    pairs.append((random.uniform(-1, 1) * 10.0 ** random.randint(-300, 300), random.uniform(-1, 1) * 10.0 ** random.randint(-300, 300)))
for _ in range(2000):
    e = random.randint(-20, 20)
    pairs.append((random.uniform(-1, 1) * 10.0 ** e, random.uniform(-1, 1) * 10.0 ** e))
for _ in range(1000):
    e = random.randint(-320, 290)
    pairs.append((random.uniform(-1, 1) * 10.0 ** e, random.uniform(-1, 1) * 10.0 ** (e + random.randint(-17, 17))))


def c_hypot(x, y):
    try:
        return abs(complex(x, y))
    except OverflowError:
        return INF


with open('src/sim/libm/fixtures/hypot.json', 'w') as fh:
    json.dump([[bits(x), bits(y), bits(c_hypot(x, y))] for x, y in pairs], fh)
    fh.write('\n')
print(len(pairs), 'hypot cases')
