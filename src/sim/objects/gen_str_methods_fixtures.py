"""Regenerate src/sim/objects/fixtures/str-methods.json from the real CPython (3.11.7 made it).

Run from the repository root:

    python3 src/sim/objects/gen_str_methods_fixtures.py

Each case is a small program exercising the str methods of str-predicates.ts and str-edits.ts
(and the whitespace rules of split/strip), with the stdout and the last stderr line CPython
prints; str-methods.test.ts runs each through the simulator and compares. The last program
sweeps every code point below U+3000 and a few astral blocks through the case predicates.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    raise SystemExit('run this with CPython 3.11: the fixtures pin its behaviour')

PROGRAMS = [
    "s = 'Hello World'\nprint(s.isupper(), s.islower(), s.istitle(), 'ǅungla'.istitle(), 'ABC'.isupper(), 'abc1'.islower(), ''.isupper())",
    "print('ǅ'.isupper(), 'ǅ'.islower(), 'ǅ'.istitle(), 'ß'.islower(), 'ﬀ'.islower(), 'ᾈ'.istitle(), 'Σς'.istitle(), '1A'.istitle(), 'A1a'.istitle())",
    "print('ⅰⅱ'.islower(), 'Ⅰ'.isupper(), 'ª'.islower(), 'ʰ'.islower(), '𝐀'.isupper(), '𝐚'.islower(), 'Ꭰ'.isupper(), 'ꭰ'.islower())",
    "print('\\x1c\\x1d'.isspace(), '\\ufeff'.isspace(), ' \\x85 '.isspace(), ''.isspace(), '\\u200b'.isspace(), '\\u3000\\xa0'.isspace())",
    "print('a\\x1cb c\\x85d\\ufeffe'.split(), repr('\\x1c x \\x1f'.strip()), repr('\\ufeffx'.strip()), 'a b  c '.split(None, 1), ' a b c'.rsplit(None, 1))",
    "print(repr('\\u2028a\\u3000'.lstrip()), repr('\\u2028a\\u3000'.rstrip()), 'x\\u180ey'.split())",
    "print('ab\\n'.isprintable(), ''.isprintable(), 'é'.isascii(), 'abc'.isascii(), ''.isascii(), '\\x7f'.isascii(), '\\xad'.isprintable())",
    "print('abcab'.removeprefix('ab'), 'abc'.removesuffix('bc'), 'abc'.removesuffix(''), 'abc'.removeprefix('abcd'), '👍x'.removeprefix('👍'))",
    "print('a\\tb\\r\\tc\\n\\t|'.expandtabs(), repr('x\\ty'.expandtabs(0)), 'a\\tb'.expandtabs(tabsize=4), repr('\\t'.expandtabs(-3)), '👍\\tx'.expandtabs(4))",
    "t = str.maketrans('ab', 'cd', 'e')\nprint(t, 'abcde'.translate(t), 'abc'.translate({97: 'XY', 98: None}), 'abc'.translate(['a', 'b'] * 50))",
    "print(str.maketrans({'a': 'x', 98: None, True: 1}), ''.maketrans('x', 'y'), 'a👍'.translate({128077: 'ok'}), str.maketrans('👍', 'x'))",
    "x = 'same'\nprint(x.removeprefix('zz') is x, x.removesuffix('') is x, x.expandtabs() is x, x.translate({}) is x)\ne = ''\nprint(e.translate({}) is e, e.expandtabs() is e)",
    "class T(dict):\n    def __missing__(self, k):\n        return k + 1\nprint('abc'.translate(T()))",
    "class L:\n    def __getitem__(self, k):\n        if k == 98: raise IndexError\n        return chr(k).upper()\nprint('abc'.translate(L()))",
    "'ab'.removeprefix(1)",
    "'ab'.removeprefix()",
    "'ab'.expandtabs('x')",
    "'ab'.expandtabs(1, 2)",
    "'ab'.translate()",
    "'ab'.translate(5)",
    "'ab'.translate({97: 5.0})",
    "'ab'.translate({97: 0x110000})",
    "'ab'.translate({97: -1})",
    "str.maketrans(1)",
    "str.maketrans('a')",
    "str.maketrans('a', 'bc')",
    "str.maketrans({'ab': 1})",
    "str.maketrans({1.5: 1})",
    "str.maketrans(1, 2)",
    "str.maketrans(1, 'a')",
    "str.maketrans('a', 'b', 3)",
    "str.maketrans()",
    "'x'.isupper(1)",
    # unbound methods of built-in types, called with the instance first
    "x = []\nlist.append(x, 1)\nprint(str.upper('abc'), x, dict.get({1: 2}, 1), str.join(',', 'ab'), list(map(str.strip, [' a ', 'b '])), list.append)",
    "str.upper(1)",
    "str.upper()",
    # every code point below U+3000 and some astral blocks: where each predicate flips
    "def runs(pred):\n"
    "    out, prev = [], False\n"
    "    for cp in list(range(0x3000)) + list(range(0x10400, 0x10500)) + list(range(0x1d400, 0x1d500)):\n"
    "        v = pred(chr(cp))\n"
    "        if v != prev:\n"
    "            out.append(cp)\n"
    "            prev = v\n"
    "    return out\n"
    "for name in ['isupper', 'islower', 'istitle', 'isspace', 'isprintable']:\n"
    "    print(name, runs(getattr(str, name)))",
]

cases = []
with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / 'prog.py'
    for source in PROGRAMS:
        path.write_text(source + '\n')
        # bytes, not text=True: universal newlines would turn a printed '\r' into '\n'
        r = subprocess.run([sys.executable, '-S', str(path)], capture_output=True, cwd=tmp)
        stdout, stderr = r.stdout.decode('utf-8'), r.stderr.decode('utf-8')
        last = stderr.strip().splitlines()[-1] if stderr.strip() else ''
        cases.append({'source': source + '\n', 'stdout': stdout, 'error': last, 'exit': r.returncode})
out = pathlib.Path(__file__).with_name('fixtures') / 'str-methods.json'
out.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + '\n')
print(f'{len(cases)} programs -> {out}')
