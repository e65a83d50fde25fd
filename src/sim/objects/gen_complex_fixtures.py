"""Writes fixtures/complex.json: expressions on complex numbers and what CPython 3.11 prints for
them (repr of the value, or the exception type and message). Regenerate from the repo root:
    python3 src/sim/objects/gen_complex_fixtures.py
"""
import json
import sys

assert sys.version_info[:2] == (3, 11), sys.version

EXPRS = [
    # literals, constructor, repr
    '1j', '-0j', '0j', '2.5j', '1e16j', '1+2j', '-1-2j', '(1+2j)', 'complex()', 'complex(1, 2)', 'complex(1.5)',
    'complex(-0.0, 0.0)', 'complex(0.0, -0.0)', 'complex(-0.0, -0.0)', "complex('inf+nanj')", "complex(' ( 1-2.5e-3J ) ')",
    "complex('-j')", "complex('1e3')", "complex('1_000+2_0j')", 'complex(1j, 1j)', 'complex(1+1j, 2)', 'complex(real=3, imag=4)',
    'complex(True)', 'complex(2**70)', "complex('1+')", "complex('x')", "complex('1', 2)", "complex(1, '2')", 'complex([])',
    'complex(10**400)', "complex('1__0')",
    # arithmetic
    '(1+2j) + 1', '1 - 1j', '2.5 * 1j', '1j * 1j', '(1+2j) / (3-4j)', '1 / 1j', '1j / 0', '(1+2j) / 0.0', 'complex(1, -0.0) + 1.0',
    '-(1j)', '+(2j)', '~1j', '1j // 2', '1j % 2', 'divmod(1j, 2)', '(1+2j) ** 2', '(1+2j) ** -1', '(1+1j) ** 101', '(1.1+0.3j) ** 100.5',
    '1j ** 0', '0j ** 0', '0j ** -1', '0j ** 1j', '(1e200+1e200j) ** 2', '2 ** (1+1j)', '(1+2j) ** 0.5', 'pow(1j, 2)',
    # float ** fractional power of a negative number
    '(-8) ** (1/3)', '(-2.0) ** 0.5', '(-7.0) ** 1.5', '(-3.75) ** 0.5', '(-1e-300) ** 0.5', '(-1e300) ** 0.5', '(-2) ** -0.5',
    '((1/3) - 2.25) ** 0.5', '(-0.5) ** 0.5', '(-1e308) ** 1.5',
    # builtins and attributes
    'abs(3+4j)', 'abs(complex(1e308, 1e308))', "abs(complex(float('inf'), float('nan')))", 'abs(-2j)', 'bool(0j)', 'bool(1e-300j)',
    'hash(1+2j)', 'hash(1.5j)', 'hash(2+0j) == hash(2)', 'hash(-1+0j)', '(1+2j).real', '(1+2j).imag', '(1+2j).conjugate()',
    'sum([1j, 2, 0.5])', 'round(1j)', 'int(1j)', 'float(1j)', 'min(1j, 2)', 'sorted([1j, 2])', '1j < 2', '1j == 1j', '1+0j == 1',
    '1j == 1', '2**53+1 == complex(2**53)', '{1j: 1, 2: 3, 2+0j: 4}', '{1j, 1j, 2}', '1j in [1j]', 'isinstance(1j, complex)',
    'type(1j).__name__', "'ab' * 1j", '[1][0] * 1j',
    # formatting
    "format(1+2j, '')", "format(1+2j, '10')", "format(1.5+2j, '<15.3f')", "format(1j, 'g')", "format(-0j, '')",
    "format(3+4j, '^20e')", "format(1e20+1j, ',.2f')", "format(1j, '+')", "format(-1.5j, 'e')", "format(1j, '010')",
    "format(1j, '=10')", "format(1j, 'd')", "format(1j, '%')", "f'{1j}'", "f'{(1+2j):.2f}'", "f'{(1+2j)!r:>12}'", "str(1e-5+1e300j)",
    "'%5.2f' % (1j,)", "'%d' % (1j,)", "'%s' % (1j,)",
]

cases = []
for e in EXPRS:
    try:
        out = repr(eval(e))
    except Exception as x:
        out = f'{type(x).__name__}: {x}'
    cases.append({'expr': e, 'out': out})
with open('src/sim/objects/fixtures/complex.json', 'w') as fh:
    json.dump(cases, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
print(len(cases), 'cases')
