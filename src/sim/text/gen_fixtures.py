"""Regenerate the JSON fixtures under src/sim/text/fixtures/ from the real CPython.

Run from the repository root with CPython 3.11 (the fixtures were made with 3.11.7):

    python3 src/sim/text/gen_fixtures.py

Every expected value in the text helpers' tests comes from here. Floats travel as the hex of
their IEEE-754 bits, ints as decimal strings, so nothing is lost in JSON.
"""
import ast
import io
import json
import os
import pathlib
import random
import struct
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    raise SystemExit('run this with CPython 3.11: the fixtures pin its behaviour')

HERE = pathlib.Path(__file__).parent
OUT = HERE / 'fixtures'
OUT.mkdir(exist_ok=True)
rng = random.Random(3110)


def bits(x):
    return struct.pack('>d', x).hex()


def write(name, data):
    # one case per line: small files, readable diffs
    rows = [json.dumps(row, ensure_ascii=False, separators=(',', ':')) for row in data]
    (OUT / name).write_text('[\n' + ',\n'.join(rows) + '\n]\n', encoding='utf-8')
    print(f'{name}: {len(data)} cases')


def outcome(fn):
    try:
        return {'result': fn()}
    except Exception as e:  # noqa: BLE001 - recording CPython's exact error is the point
        return {'error': [type(e).__name__, str(e)]}


def random_double():
    while True:
        x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        if x == x:
            return x


# ---- floats -----------------------------------------------------------------------------------
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 0.0001, 123456789.0,
          1234567890123456.0, 12345678901234567.0, 2e16 + 8, 1e22, 1e23, 1.7976931348623157e308, 5e-324,
          2.2250738585072014e-308, float('inf'), float('-inf'), float('nan'), 0.5, 1.5, 2.5, 3.5, -2.5,
          2.675, 1.005, 0.125, 0.375, 100.0, 1e100, -1e-100, 3.141592653589793, 2.718281828459045,
          9.999999999999999e22, 0.30000000000000004, 123.456, -0.001, 1e-7, 12345.6789, 1234567.0,
          0.05, 0.15, 0.25, 0.35, 0.45, 5.0, 15.0, 25.0, 1e300, 4.35, 4.45, 0.000123456]
FLOATS += [random_double() for _ in range(150)]
FLOATS += [rng.uniform(-1000, 1000) for _ in range(60)]
FLOATS += [round(rng.uniform(-100, 100), rng.randint(0, 4)) for _ in range(60)]

write('float_repr.json', [{'bits': bits(x), 'repr': repr(x)} for x in FLOATS])

# ---- str repr ---------------------------------------------------------------------------------
STRS = ['', 'abc', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad\xff',
        'caf\u00e9', '\u200b\u200e\u2028\u2029', '\U0001F600 smile', '\U000E0001', '\ufeff',
        '\ud800',  # (no surrogate *pairs* written as two escapes: JS strings cannot keep them apart)
        'a\udcffb', '\U0010FFFF', '\u0378', '\u1cf8\U0001F6DD', '\U00030000\U00031350', 'tab\there',
        '\x1b[0m', '\u00a0nbsp', '\u3000ideographic space', '\U0001F1EB\U0001F1F7', 'ẞ', '\u0600\u06dd', '\\\'"']
STRS += [''.join(chr(rng.randint(0, 0x10FFFF)) for _ in range(8)) for _ in range(120)]
STRS += [''.join(chr(rng.randint(0, 0x3000)) for _ in range(8)) for _ in range(80)]


def js_units(s):
    """The string as UTF-16 code units: lone surrogates survive JSON this way."""
    units = []
    for ch in s:
        cp = ord(ch)
        if cp >= 0x10000:
            cp -= 0x10000
            units += [0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)]
        else:
            units.append(cp)
    return units


write('str_repr.json', [{'units': js_units(s), 'repr_units': js_units(repr(s))} for s in STRS])

# ---- format() ---------------------------------------------------------------------------------
INT_VALUES = [0, 1, -1, 5, -5, 42, 255, -255, 1234, -1234, 1234567, -1234567890, 2 ** 64, -(2 ** 100), 65, 0x10FFFF,
              0x110000, 10 ** 30, 2 ** 1024]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', ',', '_', ',d', '_d', '_b', '_x', '#_x',
             '010', '010,', '012_', '+d', ' d', '-d', '+010', ' 10', '<10', '>10', '^10', '=10', '*^11', '0<6',
             '0=8,', '#010x', '#012_b', 'e', 'E', 'f', '.2f', 'g', '%', '.1%', ',.2f', '+c', '#c', '.2d', 'z',
             ',b', 's', 'r', 'ab', '.', '10.', ',_', '_,', 'x<4', '\u00e9^9', '05', '-08,d', '^#12x', '1_',
             '1,n', 'n', 'q', '\u00e9']
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 1 / 3, -2 / 3, 3.14159, 1234567.891, 1e16, 1e-5,
                1e22, 123456789012345678.0, 1.7976931348623157e308, 5e-324, float('inf'), float('-inf'),
                float('nan'), 0.0001, 0.00001234, 99.995, 9.5, 0.05, -0.0004, 2.675, 1e-10, 100.0, 1e300]
FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', '.0e', '.3e',
               '.10e', '.0g', '.1g', '.2g', '.3g', '.10g', '.17g', '.0%', '.2%', '#g', '#.0f', '#.0e', '#.3g',
               '#', '.0', '.1', '.2', '.5', '.12', '.16', '.17', '10', '10.2f', '<12.3f', '^12.3', '=+12.3f',
               '012.3f', '012,.2f', ',', '_', ',.3f', '_.1f', '+', ' ', '+.2e', ' .3g', 'z', 'z.1f', 'z.0f',
               '+z.2f', '*>15,.2f', '0=15,.1f', '015_', 'd', 'x', 'c', 's', '.2d', '020.5e', '#.2%', ',g',
               '.1000f', '.330e', '.50g', '12', '=12', '0<12', '-', '1,n', 'n', '.3n']
STR_VALUES = ['', 'abc', 'hello world', 'caf\u00e9', '\U0001F600x', 'tab\t']
STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^9', '.2', '.0', '10.3', '05', '0>5', '0^7', '=5', '+', ' ',
             '-', '#', 'z', 'd', 'x', ',', '_', '10,', ',s', '.', 'ab', 'x<4', '\U0001F600>4', '.2s', '12s']

fmt = []
for v in INT_VALUES:
    for spec in INT_SPECS:
        fmt.append({'kind': 'int', 'value': str(v), 'spec': spec, **outcome(lambda: format(v, spec))})
for v in FLOAT_VALUES:
    for spec in FLOAT_SPECS:
        fmt.append({'kind': 'float', 'value': bits(v), 'spec': spec, **outcome(lambda: format(v, spec))})
for v in STR_VALUES:
    for spec in STR_SPECS:
        fmt.append({'kind': 'str', 'value': v, 'spec': spec, **outcome(lambda: format(v, spec))})
write('format.json', fmt)

# ---- round() ----------------------------------------------------------------------------------
rnd = []
for x in FLOATS[:120] + [0.5, 1.5, 2.5, -0.5, -1.5, 1e300, 2.675, 1.005, 0.285, 1.7976931348623157e308, 12345.5]:
    rnd.append({'bits': bits(x), 'ndigits': None, **outcome(lambda: str(round(x)))})
    for nd in [0, 1, 2, 3, -1, -2, 5, 15, 17, 300, 323, 324, -308, -309, -400]:
        rnd.append({'bits': bits(x), 'ndigits': nd, **outcome(lambda: bits(round(x, nd)))})
write('round_float.json', rnd)
rint = []
for v in [0, 5, 15, 25, 35, -5, -15, -25, 149, 150, 250, 251, -250, 12345, 10 ** 20 + 5 * 10 ** 9, -(10 ** 25) - 5]:
    for nd in [0, 1, -1, -2, -3, -10]:
        rint.append({'value': str(v), 'ndigits': nd, 'result': str(round(v, nd))})
write('round_int.json', rint)

# ---- tracebacks: the caret line ---------------------------------------------------------------
CARET_PROGRAMS = [
    "a = 1\nb = 'x'\nc = a + b\n",
    "a = 1\nb = 'x'\nc = a+b\n",
    "a = 1\nb = 'x'\nprint(a  +  b)\n",
    "a = 1\nb = 'x'\na + b\n",
    "x = 1 / 0\n",
    "1 / 0\n",
    "x = 1 // 0\n",
    "x = 2 ** 'a'\n",
    "x = (1) + ('a')\n",
    "x = (1)+('a')\n",
    "x = ((1)) - 'a'\n",
    "x = 1 + 2 + 3 + 'a' + 5\n",
    "def f(a, b, c, d, e):\n    return a + b + c + d + e\nf(1, 2, 'x', 3, 4)\n",
    "d = {}\nv = d['missing']\n",
    "d = {}\nv = d[ 'missing' ]\n",
    "d = {}\nv = d ['missing']\n",
    "l = [1, 2]\nprint(l[5] + 1)\n",
    "l = [1, 2]\nl[5]\n",
    "l = [[1], [2]]\nx = l[0][3]\n",
    "x = None\ny = x[0]\n",
    "x = None\ny = x.attr\n",
    "x = None\ny = x.attr.other\n",
    "def f():\n    raise ValueError('boom')\nf()\n",
    "def f():\n    raise ValueError('boom')\n\nx = f()\n",
    "def g():\n\treturn 1 / 0\ng()\n",
    "def g():\n    return  1 / 0   \ng()\n",
    "x = 1 / 0  # comment\n",
    "s = 'caf\u00e9' + 1\n",
    "s = '\u00e9\u00e9\u00e9'; t = s + 1\n",
    "s = '\U0001F600'; t = s[5]\n",
    "t = '\u65e5\u672c' + 1\n",
    "x = int('abc')\n",
    "int('abc')\n",
    "x = [1, 2,\n     3][10]\n",
    "def f(*a):\n    return a[0] / 0\nx = f(1,\n      2)\n",
    "x = len(\n    5)\n",
    "def f(a):\n    return 1 / a\nresult = [f(i) for i in range(3)]\n",
    "class C:\n    pass\nc = C()\nc.missing\n",
    "class C:\n    pass\nc = C()\nprint(c.missing)\n",
    "import sys\nsys.getrefcount()\n",
    "x = 'a' * 'b'\n",
    "x = [] - []\n",
    "x = {}[1, 2]\n",
    "x = {}[1:2]\n",
    "a = [1]\nx = a[1] + a[2]\n",
    "a = {'k': [1]}\nx = a['k'][3]\n",
    "assert 1 == 2, 'nope'\n",
    "x = undefined_name + 1\n",
    "print(undefined_name)\n",
    "x = -'a'\n",
    "x = not_a_func(1)(2)\n",
    "f = 5\nf()\n",
    "f = 5\nx = f()\n",
    "x = 1 if 1 / 0 else 2\n",
    "def f(x):\n    return x @ x\nf(2)\n",
    "x = 1 % 0\n",
    "x = 1 << -1\n",
    "x = 'abc'.upper().foo\n",
    "x = 'abc'.upper(1)\n",
    "t = (1, 2)\nt[0] = 5\n",
    "a = 5\ndel a[0]\n",
    "x = 1\nx += 'a'\n",
    "x = [1, 2,\n     'a'] + 5\n",
    "x = (1 +\n     'a')\n",
    "x = 1 + \\\n    'a'\n",
    "if True:\n        y = 1 / 0\n",
    "def f(a):\n    return a + 1\ndef g(b):\n    return f(b) * 2\ng('x')\n",
    "x = 1 /\\\n0\n",
    "x = ['\u65e5\u672c',\n     'a'] + 5\n",
    "x = ['caf\u00e9',\n     'a'] + 5\n",
    "x = ['caf\u00e9', 1] + 5   \n",
    "def f():\n    return '\u65e5' + 1\nx = ['\u672c', f()]\n",
    "x = '\uff21\uff22' + 1\n",
    "x = '\u0378' + 1\n",
    "f = 5\nf()  \n",
]

carets = []
tracebacks = []
tmpdir = tempfile.mkdtemp()


def node_summary(node):
    def pos(n):
        return {'_type': type(n).__name__, 'lineno': n.lineno, 'col_offset': n.col_offset,
                'end_lineno': n.end_lineno, 'end_col_offset': n.end_col_offset}
    out = pos(node)
    if isinstance(node, ast.BinOp):
        out['left'] = pos(node.left)
        out['right'] = pos(node.right)
    if isinstance(node, ast.Subscript):
        out['value'] = pos(node.value)
        out['slice'] = pos(node.slice)
    return out


def find_node(tree, position):
    exprs, others = [], []
    for n in ast.walk(tree):
        if getattr(n, 'lineno', None) is None:
            continue
        if (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset) == position:
            (exprs if isinstance(n, ast.expr) else others).append(n)
    found = exprs or others
    return node_summary(found[0]) if found else None


def record_frames(src, path, origin, display):
    """Run a failing program here, print its traceback with CPython's own C printer, and record
    every frame: the line, the instruction's position, its AST node, and the marker line."""
    code = compile(src, path, 'exec')
    saved_out = sys.stdout
    sys.stdout = io.StringIO()
    try:
        exec(code, {'__name__': '__main__'})
    except BaseException as caught:  # noqa: BLE001 - RecursionError included
        exc = caught
    else:
        raise SystemExit(f'{origin} did not fail')
    finally:
        sys.stdout = saved_out
    exc.__traceback__ = exc.__traceback__.tb_next  # drop this script's own exec() frame
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
        printed = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    lines = src.split('\n')
    printed_lines = printed.split('\n')
    tree = ast.parse(src)
    chain = []
    while exc is not None:
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    # the last "Traceback" block belongs to the exception that ended the program
    block_start = len(printed_lines) - 1 - printed_lines[::-1].index('Traceback (most recent call last):')
    block_end = block_start + 1
    while printed_lines[block_end].startswith(' '):
        block_end += 1
    frames = []
    tb = chain[0].__traceback__
    while tb is not None:
        code_obj = tb.tb_frame.f_code
        if code_obj.co_filename == path:
            positions = list(code_obj.co_positions())[tb.tb_lasti // 2]
            frames.append({
                'filename': display, 'lineno': tb.tb_lineno, 'name': code_obj.co_name, 'line': lines[tb.tb_lineno - 1],
                'position': dict(zip(['lineno', 'end_lineno', 'col_offset', 'end_col_offset'], positions)),
                'node': find_node(tree, (positions[0], positions[2], positions[1], positions[3])),
            })
        tb = tb.tb_next
    block = [row.replace(f'File "{path}"', f'File "{display}"') for row in printed_lines[block_start:block_end]]
    tracebacks.append({'origin': origin, 'frames': frames, 'printed': block})
    seen = set()
    cursor = 0
    for exc in reversed(chain):  # printed cause first
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == path:
                positions = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
                header = f'  File "{path}", line {tb.tb_lineno}, in {tb.tb_frame.f_code.co_name}'
                try:
                    cursor = printed_lines.index(header, cursor)
                except ValueError:  # a frame folded into "[Previous line repeated N more times]"
                    tb = tb.tb_next
                    continue
                source_shown = printed_lines[cursor + 1]
                after = printed_lines[cursor + 2]
                is_caret = after.startswith('    ') and after.strip() != '' and set(after.strip()) <= set('^~')
                key = (tb.tb_lineno, positions)
                if key not in seen:
                    seen.add(key)
                    carets.append({
                        'origin': origin,
                        'line': lines[tb.tb_lineno - 1],
                        'position': dict(zip(['lineno', 'end_lineno', 'col_offset', 'end_col_offset'], positions)),
                        'node': find_node(tree, (positions[0], positions[2], positions[1], positions[3])),
                        'source_shown': source_shown,
                        'caret': after if is_caret else None,
                    })
                cursor += 2
            tb = tb.tb_next


for index, src in enumerate(CARET_PROGRAMS):
    path = os.path.join(tmpdir, f'prog{index}.py')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(src)
    record_frames(src, path, f'CARET_PROGRAMS[{index}]', f'/lesson/prog{index}.py')

# the uncaught-exception programs of the fidelity corpus, when this machine has it
CORPUS = pathlib.Path('/work/shared/fidelity/tracebacks')
if CORPUS.is_dir():
    limit = sys.getrecursionlimit()
    for program in sorted(CORPUS.glob('*.py')):
        name = f'fidelity/tracebacks/{program.name}'
        record_frames(program.read_text(encoding='utf-8'), str(program), name, name)
        sys.setrecursionlimit(limit)
write('carets.json', carets)
write('tracebacks.json', tracebacks)

# ---- suggestions ------------------------------------------------------------------------------
class Probe:
    def __init__(self, names):
        self._names = names

    def __dir__(self):
        return self._names


SUGGEST = [
    ('lenght', ['length', 'len', 'height']), ('prnt', ['print', 'input']), ('Foo', ['foo', 'FOO', 'bar']),
    ('appendd', ['append', 'extend']), ('x', ['y', 'xx', 'z']), ('a', ['b']), ('ab', ['ba', 'abc']),
    ('counter', ['count', 'Counter', 'counters']), ('mylist', ['my_list', 'mylst']), ('zzzzzz', ['aaaaaa']),
    ('caf\u00e9', ['cafe', 'caf\u00e8']), ('na\u00efve', ['naive']), ('\u65e5\u672c', ['\u65e5\u672a']),
    ('a' * 45, ['a' * 44 + 'b']), ('prefix_' + 'q' * 41 + '_suffix', ['prefix_' + 'r' * 41 + '_suffix']),
    ('abcdefghij', ['abcdefghik', 'abcdefghxj']), ('getrefcount', ['getrefcnt', 'getsizeof', 'get_refcount']),
    ('same', ['same', 'sane']), ('collec', ['collect', 'collected', 'collections']),
    ('Lenght', ['length', 'LENGTH']), ('items', ['item', 'itemz', 'items_']), ('ABC', ['abc', 'Abd']),
    ('thing', ['t' + str(i) for i in range(760)] + ['thong']), ('thing', ['t' + str(i) for i in range(740)] + ['thong']),
    ('foo', []), ('aaaa', ['aaab', 'aaba', 'abaa', 'baaa']), ('longer_name_here', ['longer_nme_here', 'longer_name_her']),
]
sugg = []
for name, candidates in SUGGEST:
    probe = Probe(sorted(candidates))
    try:
        getattr(probe, name)
    except AttributeError as caught:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            sys.__excepthook__(type(caught), caught, None)
            last = sys.stderr.getvalue().strip().split('\n')[-1]
        finally:
            sys.stderr = saved
    marker = ". Did you mean: '"
    suggestion = last[last.index(marker) + len(marker):-2] if marker in last else None
    # dir() adds nothing here: Probe.__dir__ answers alone, and dir() sorts it
    sugg.append({'name': name, 'candidates': sorted(candidates), 'suggestion': suggestion, 'message': last})
write('suggestions.json', sugg)

# ---- float(str), int(str, base) ---------------------------------------------------------------
FLOAT_STRINGS = ['', ' ', 'abc', 'a\tb', "it's", '\u00e9', '\u0661x', 'x\u0661', '\u0661\u0662.5', ' 1_000.5 ', '1__0',
                 '_1', '1_', 'infinit', '-iNfinity', '+nan', '-NaN', 'inf', 'INF', '1e', '1e+', '.', '1.e5', '.5',
                 '5.', '-.5e-3', '\u00a01.5\u2003', '1e500', '-1e500', '1e-500', '0x10', '1_e5', '1e1_0', 'nan_',
                 '1.5\n', '\t-0\n', '0.1', '3.141592653589793238462643383279', '1' * 400, '+-1', '1 2', '1\x00',
                 '\U0001D7D9', '\uff11\uff12', '12\u20005', '9007199254740993', '2.4703282292062328e-324',
                 '1.7976931348623158e308', '1.7976931348623159e308']
INT_STRINGS = [('12', 10), (' -0x_1f ', 0), ('010', 0), ('000', 0), ('0_0', 0), ('1__0', 10), ('z', 36), ('Z', 37),
               ('12', 1), ('0b', 0), ('0b_', 2), ('\u0663', 10), ('12\x00', 10), ('1' * 4301, 10), ('1' * 4301, 16),
               ('x' * 300, 10), ('9', 8), ('-', 10), ('+_1', 10), ('0x1', 16), ('0X1', 0), ('1 2', 10),
               ('\u3000 7 \u2028', 10), ('0o17', 0), ('0o17', 8), ('0b101', 2), ('0b101', 0), ('0b101', 16),
               ('ff', 16), ('FF', 16), ('-FF', 16), ('  +42  ', 10), ('4_2', 10), ('42_', 10), ('_42', 10),
               ('0x', 16), ('0_x1', 0), ('00', 10), ('007', 10), ('1' * 4300, 10), ('hello', 36), ('', 10),
               (' ', 10), ('\u00e9', 10), ('12\u00e9', 10), ('1.5', 10), ('10', 2), ('\U0001D7D9\U0001D7D8', 10),
               ('-0', 10), ('99999999999999999999999999', 10), ('zz' * 20, 36)]
pf = [{'units': js_units(s), **outcome(lambda: bits(float(s)))} for s in FLOAT_STRINGS]
write('parse_float.json', pf)
# hex(), because str() of a 4301-digit int would itself hit the 4300-digit limit
pi = [{'units': js_units(s), 'base': b, **outcome(lambda: hex(int(s, b)))} for s, b in INT_STRINGS]
write('parse_int.json', pi)

# ---- printf-style str % args ------------------------------------------------------------------
def operand(v):
    """What the interpreter tells percentFormat about an object."""
    out = {'typeName': type(v).__name__, 'str': js_units(str(v)), 'repr': js_units(repr(v))}
    if isinstance(v, int):
        out['int'] = str(int(v))
    if isinstance(v, float):
        out['float'] = bits(v)
    if isinstance(v, str):
        out['text'] = js_units(v)
    return out


PERCENT = [
    ('%d items', 5), ('%d items', (5,)), ('%s %r %5.2f %x', ('a', 'b', 3.14159, 255)), ('%5d|%-5d|%05d', (42, 42, 42)),
    ('%+d % d %+d % d', (5, 5, -5, -5)), ('%#x %#X %#o %x %X %o', (255, 255, 8, -255, -255, -8)), ('%08.3f', 3.14159),
    ('%-8.3f|', 3.14159), ('%+08.2f', -1.5), ('% 8.2e', 12345.678), ('%g %G %e %E', (1e-10, 1e20, 0.0, 1.5)),
    ('%.0f %.0f %.0f', (0.5, 1.5, 2.5)), ('%#.0f %#g', (1.0, 1.0)), ('%s', [1, 2]), ('%s', (1,)), ('%s %s', (1,)),
    ('%s', ()), ('abc', 5), ('abc', [1]), ('abc', {'a': 1}), ('abc', ()), ('%(a)s and %(b)r', {'a': 1, 'b': 'x'}),
    ('%(a)s', 5), ('%(a', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%', 5), ('%5', 5), ('%q', 5), ('%q', ()),
    ('%\u00e9', 5), ('%c%c', ('x', 65)), ('%c', 'xy'), ('%c', 1.5), ('%c', 0x110000), ('%5c|%-5c|', ('a', 'b')),
    ('%d', 'x'), ('%x', 1.5), ('%d', 3.99), ('%d', -3.99), ('%i %u', (7, 8)), ('%d', float('inf')),
    ('%d', float('nan')), ('%f', 'x'), ('%f', 10), ('%f', 2 ** 1024), ('%.3s|%-6.2s|%6s', ('abcdef', 'xyz', 'ab')),
    ('%r %a', ('caf\u00e9', 'caf\u00e9\U0001F600')), ('%*d|%-*d|%.*f', (5, 1, 5, 2, 2, 3.14159)),
    ('%*d', (-4, 7)), ('%*d', ('x', 7)), ('%.*f', (-3, 2.5)), ('%ld %hd %Lf', (1, 2, 3.0)), ('100%%', ()),
    ('%5%', ()), ('%s%%', 5), ('%.10d', 42), ('%+.5d', -42), ('%#.5x', 255), ('%#08x', 255), ('%#-8x|', 255),
    ('%-08d|', 5), ('%+s', 'abc'), ('% 5s', 'ab'), ('%05s', 'ab'), ('%s', None), ('%d', True), ('%s', True),
    ('%r', None), ('%.2f%%', 12.345), ('%10.4f|', float('inf')), ('%010.2f', float('-inf')), ('%e', 5e-324),
    ('%d', 10 ** 30), ('%x', 10 ** 30), ('%s', 10 ** 30), ('%5s', 10 ** 5), ('%(x)d', {'x': 3}), ('%()s', {'': 4}),
    ('%(a(b))s', {'a(b)': 5}), ('%s %s %s', (1, 2)), ('%s', (1, 2)),
    ('%05c|%05r|%05a|%05d|%05.1f', ('a', 'b', 'c', 1, 2.0)), ('%(missing)s', {'a': 1}), ('%-+6d|', 5),
]
pct = []
for fmt, args in PERCENT:
    if isinstance(args, tuple):
        enc = {'kind': 'tuple', 'items': [operand(a) for a in args]}
    elif isinstance(args, dict):
        enc = {'kind': 'mapping', 'self': operand(args), 'items': {k: operand(v) for k, v in args.items()}}
    elif isinstance(args, list):
        enc = {'kind': 'mapping', 'self': operand(args), 'items': {}}
    else:
        enc = {'kind': 'single', 'value': operand(args)}
    pct.append({'format': js_units(fmt), 'args': enc, **outcome(lambda: js_units(fmt % args))})
write('percent.json', pct)

# ---- NameError: locals, then globals, then builtins -------------------------------------------
import builtins  # noqa: E402

NAME_ERRORS = [
    ('prnt', ['x'], []), ('lenght', ['length'], []), ('totl', [], ['total']), ('totl', ['tot'], ['total']),
    ('Tru', [], []), ('nonee', [], []), ('isinstanc', [], []), ('my_vra', ['my_var', 'my_val'], ['my_var2']),
    ('zzzzzz', ['a'], ['b']), ('rnage', [], []), ('sumary', ['summary'], ['sum']), ('x1', ['x2', 'x3'], ['x']),
    ('Foo', [], ['foo', 'FOO']), ('__nme__', [], []), ('strr', [], ['st']),
]
names = []
for missing, local_names, global_names in NAME_ERRORS:
    params = ', '.join(local_names)
    src = f'def f({params}):\n    return {missing}\n'
    namespace = {name: 0 for name in global_names}
    exec(compile(src, '<name-error>', 'exec'), namespace)
    try:
        namespace['f'](*range(len(local_names)))
    except NameError as caught:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            sys.__excepthook__(type(caught), caught, caught.__traceback__)
            last = sys.stderr.getvalue().strip().split('\n')[-1]
        finally:
            sys.stderr = saved
    marker = ". Did you mean: '"
    names.append({
        'name': missing,
        'locals': list(namespace['f'].__code__.co_varnames),
        'globals': list(namespace),
        'builtins': list(builtins.__dict__),
        'suggestion': last[last.index(marker) + len(marker):-2] if marker in last else None,
        'message': last,
    })
write('name_errors.json', names)

# ---- str(int) near the 4300-digit limit -------------------------------------------------------
INT_STR = [10 ** 4299, 10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, -(10 ** 4300), 2 ** 20000, 0, -1, 12345678901234567890]
write('int_str.json', [{'value_hex': hex(v), **outcome(lambda: str(v))} for v in INT_STR])

# ---- a sweep for the rounding core: exact binary ties and random doubles ----------------------
sweep = []
TIES = [i / 8 for i in range(-40, 41)] + [i / 1024 for i in range(1, 200, 7)] + [i * 0.5 for i in range(1, 60)] + \
    [i * 2.0 ** -20 for i in range(1, 40)] + [5e-324 * i for i in range(1, 20)] + [2.0 ** 70 + 2.0 ** 18 * i for i in range(5)]
for x in TIES:
    for spec in ['.0f', '.1f', '.2f', '.3f', '.5f', '.0e', '.1e', '.2e', '.1g', '.2g', '.3g', '.4g', 'g', '%', '.20g', '.17e']:
        sweep.append({'kind': 'float', 'value': bits(x), 'spec': spec, **outcome(lambda: format(x, spec))})
for _ in range(1500):
    x = random_double() if rng.random() < 0.5 else rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-30, 30)
    spec = rng.choice(['', '#', '+', ' ', '0']) + rng.choice(['', '15', '025']) + rng.choice(['', ',', '_']) + \
        '.' + str(rng.randint(0, 40)) + rng.choice('eEfFgG%')
    sweep.append({'kind': 'float', 'value': bits(x), 'spec': spec, **outcome(lambda: format(x, spec))})
for _ in range(500):
    v = rng.getrandbits(rng.randint(1, 200)) * rng.choice([1, -1])
    spec = rng.choice(['', '*<', '*>', '*^', '=']) + rng.choice(['', '+', ' ']) + rng.choice(['', '#']) + \
        rng.choice(['', '0']) + rng.choice(['', '12', '40']) + rng.choice(['', ',', '_']) + rng.choice(['', 'd', 'x', 'X', 'o', 'b', 'n', 'e', '%'])
    sweep.append({'kind': 'int', 'value': str(v), 'spec': spec, **outcome(lambda: format(v, spec))})
write('format_sweep.json', sweep)

# ---- repr(complex), repr(bytes) ---------------------------------------------------------------
COMPLEX = [0j, 1j, -1j, 2.5j, 1 + 2j, -1 - 2j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1e16j,
           complex(1e-5, 1e300), complex(float('inf'), float('nan')), complex(float('nan'), -float('inf')), 3 + 0j,
           complex(1.5, 0.1)]
write('complex_repr.json', [{'real': bits(z.real), 'imag': bits(z.imag), 'repr': repr(z)} for z in COMPLEX])
BYTES = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\t\n\r\x7f\x80\xff\\', bytes(range(256))]
write('bytes_repr.json', [{'data': list(b), 'repr': repr(b)} for b in BYTES])
