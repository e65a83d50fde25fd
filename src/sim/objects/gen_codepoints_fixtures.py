"""Regenerate src/sim/objects/fixtures/codepoints.json from the real CPython (3.11.7 made it).

Run from the repository root:

    python3 src/sim/objects/gen_codepoints_fixtures.py

Each case is a small program over strings holding characters outside the BMP (UTF-16 surrogate
pairs in the simulator) and the stdout CPython prints for it; codepoints.test.ts runs each through
the simulator and compares.
"""
import contextlib
import io
import json
import pathlib
import sys

if sys.version_info[:2] != (3, 11):
    raise SystemExit('run this with CPython 3.11: the fixtures pin its behaviour')

PROGRAMS = [
    "print(len('👍'), len('a👍b'), len(''), len('é👍🎉'))",
    "print(list('a👍'), list('👍🎉'))",
    "print([c for c in 'x👍y'])",
    "s = 'a👍b🎉c'\nprint(s[0], s[1], s[2], s[3], s[4], s[-1], s[-2], s[-4])",
    "s = 'a👍b🎉c'\nprint(s[1:3], s[::2], s[::-1], s[-3:], s[:10], s[4:1:-1])",
    "print(list(reversed('a👍b')), ''.join(reversed('👍🎉x')))",
    "print('👍'.ljust(8, '*'), '👍'.rjust(4), '👍'.center(5, '-'), '👍'.zfill(4), '-👍'.zfill(4))",
    "print('ab'.ljust(4, '👍'), 'ab'.center(6, '🎉'))",
    "s = 'a👍b👍c'\nprint(s.find('b'), s.find('👍'), s.find('👍', 2), s.rfind('👍'), s.index('c'), s.rindex('b'), s.find('z'))",
    "s = 'a👍b👍c'\nprint(s.count('👍'), s.count(''), s.count('b', 2), s.find('c', -1), s.find('b', 1, 3))",
    "print(ord('👍'), chr(128077), len(chr(128077)))",
    "print('%5s|%-5s|' % ('👍', '🎉'), '{:>5}|{:<5}|{:^5}'.format('👍', 'a👍', '🎉'))",
    "s = '👍'\nprint(f'{s:>5}|{s:*^6}|{s:.1}|')",
    "print('a👍b'.split('👍'), '👍'.join(['x', 'y']), '👍' * 3, len('👍' * 3))",
    "print(sorted('b👍a'), max('a👍'), min('👍z'), '👍' in 'a👍')",
    "print([len(w) for w in 'naïve 👍 🎉🎉'.split()], bool('👍'), str(len(['👍'])))",
    "print('👍'.__len__(), 'x👍'[1] == '👍', 'x👍'[1:] == '👍')",
    "print('\\uffff' < '👍', '👍' < '\\ue000', sorted(['\\uffff', '👍', 'a', '\\ud7ff']) == ['a', '\\ud7ff', '\\uffff', '👍'])",
    "print(max('\\uffff👍') == '👍', min(['👍b', '\\ue000']) == '\\ue000', '👍a' > '👍', 'a👍' < 'a\\uffff')",
    "a = 'ab' * 40 + '👍' * 40\nb = 'x' * 100\nprint(len(a), len(b), sum(1 for i in range(80) if a[i] == b[i]), a[79:82], a[-1], a.find('👍'), a.rfind('b'))",
    "print('😀👍'.strip('👍'), '👍a👍'.strip('👍'), 'a😀'.rstrip('👍'), '😀'.lstrip('\\ud83d') == '😀', ' 👍 '.strip())",
    "print('x👍ab'.startswith('a', 2), 'x👍ab'.endswith('a', 0, 3), 'x👍ab'.startswith('👍', 1), 'x👍ab'.endswith(('b', 'q'), -1))",
    "print('%.1s|%3.1s|%-4.2s|%.5r|' % ('👍x', '🎉y', 'ab👍', 'é👍'))",
    "for s in ['abc', 'é', 'Σ', 'ǅ', 'ʰ', '中', '٣', '²', '½', 'Ⅻ', '①', 'x1', '3', '', '_a', 'a_1', '1a', '👍', '𝐀', '𝟙', 'a👍', '𐍈', ' ', 'ℕ', '〇', '٣a', 'é_x']:\n    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isidentifier())",
    "t = '👍' * 4\nfor i in range(len(t)):\n    print(i, t[i], end=' ')\nprint()",
]

STRINGS = ['', 'x', 'abc', '👍', 'x👍x', '👍x🎉x', 'é👍', 'a\U0010ffffx', '\uffff👍x', 'xx👍👍xx']


def main():
    cases = []
    for src in PROGRAMS:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(src, '<string>', 'exec'), {})
        cases.append({'source': src + '\n', 'stdout': out.getvalue()})
    # The helpers' own expectations: code points, and the code-point index of each occurrence of x.
    strings = []
    for s in STRINGS:
        strings.append({'s': s, 'len': len(s), 'chars': list(s), 'ljust7': s.ljust(7, '.'),
                        'rjust7': s.rjust(7, '.'), 'center7': s.center(7, '.'),
                        'finds': [i for i in range(len(s)) if s.startswith('x', i)]})
    path = pathlib.Path(__file__).parent / 'fixtures' / 'codepoints.json'
    data = {'programs': cases, 'strings': strings}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')


main()
