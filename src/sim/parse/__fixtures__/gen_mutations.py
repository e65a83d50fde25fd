"""Mutated programs and CPython 3.11's verdict on them, for src/sim/parse/mutations.test.ts.

Regenerate (from the repository root), after gen_ast.py, with:
    python3 src/sim/parse/__fixtures__/gen_mutations.py
Each case takes a program of ast_dumps.json (the fidelity corpus, the benchmarks and our own
cases), applies one small random edit to one line (drop, insert or swap characters, change the
indentation: the mistakes people make while typing), and records what compile() says: nothing,
or the SyntaxError's type, message and location. Only the edit is stored, not the program.
"""
import json
import os
import random
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
TOKENS = [':', '(', ')', '[', ']', '{', '}', '=', '==', ',', '"', "'", 'f"{', '}"', '    ', '\t',
          '\n', 'if', 'else', 'elif', 'for', 'in', 'def', 'class', 'return', 'lambda', '*', '**',
          '.', 'print ', 'yield', 'not', 'and', '@', '->', ':=', '+=', '#', '\\', '1', 'x']
INDENTS = ['', ' ', '  ', '   ', '\t', '        ']


def mutate(rng, src):
    lines = src.split('\n')
    li = rng.randrange(len(lines))
    line = lines[li]
    op = rng.random()
    if op < 0.3 and line:
        i = rng.randrange(len(line))
        edit = {'line': li, 'kind': 'drop', 'col': i}
        line = line[:i] + line[i + 1:]
    elif op < 0.6:
        i = rng.randrange(len(line) + 1)
        t = rng.choice(TOKENS)
        edit = {'line': li, 'kind': 'insert', 'col': i, 'text': t}
        line = line[:i] + t + line[i:]
    elif op < 0.8:
        ind = rng.choice(INDENTS)
        edit = {'line': li, 'kind': 'indent', 'text': ind}
        line = ind + line.lstrip()
    elif len(line) > 2:
        i = rng.randrange(len(line) - 1)
        edit = {'line': li, 'kind': 'swap', 'col': i}
        line = line[:i] + line[i + 1] + line[i] + line[i + 2:]
    else:
        return None, None
    lines[li] = line
    return edit, '\n'.join(lines)


def main():
    # SyntaxWarnings (e.g. "invalid decimal literal" for `1if x`) are not errors, as when running a file
    warnings.simplefilter('ignore')
    rng = random.Random(2026)
    programs = json.load(open(os.path.join(HERE, 'ast_dumps.json'), encoding='utf-8'))['programs']
    cases = []
    while len(cases) < 1500:
        p = rng.choice(programs)
        edit, src = mutate(rng, p['source'])
        if edit is None:
            continue
        try:
            compile(src, 'x.py', 'exec')
            err = None
        except SyntaxError as e:
            err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except Exception:
            continue
        edit['program'] = p['name']
        cases.append({'edit': edit, 'error': err})
    # f-strings: one-character edits of small f-string statements (stored whole: they are short)
    fbase = ['f"{x}"', 'f"{x!r}"', 'f"{x:>10}"', 'f"{x:{w}.{p}}"', 'f"{x = }"', 'f"{{}}"', 'f"a{b}c"',
             'f"{d[\'k\']}"', 'f"{a if b else c}"', 'f"""{\nx\n}"""', "f'{x!r:^{w}}'", 'f"{3.14:.2f}"',
             'rf"\\d{x}"', 'f"{f\'{y}\'}"', 'f"{x,y}"', 'f"{x:{y:{z}}}"', 'f"{é}é{x}"']
    fchars = list('{}!:=\'"()[]#\\ xrsa0.<>,*')
    fcases = []
    while len(fcases) < 500:
        b = rng.choice(fbase)
        i = rng.randrange(len(b) + 1)
        if rng.random() < 0.5:
            t = b[:i] + rng.choice(fchars) + b[i:]
        else:
            i = min(i, len(b) - 1)
            t = b[:i] + b[i + 1:]
        src = ('print(' + t + ')\n') if rng.random() < 0.5 else ('v = ' + t + '\n')
        try:
            compile(src, 'x.py', 'exec')
            err = None
        except SyntaxError as e:
            err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except Exception:
            continue
        fcases.append({'source': src, 'error': err})
    cases += fcases
    with open(os.path.join(HERE, 'mutations.json'), 'w', encoding='utf-8') as f:
        json.dump({'cases': cases}, f, ensure_ascii=False)
        f.write('\n')
    print(f"{len(cases)} cases, {sum(1 for c in cases if c['error'])} with errors")


if __name__ == '__main__':
    main()
