"""Validate the course content under real CPython 3.11 (the simulator's fidelity target).

For every exercise in content/exercises/<topic>/<id>.md:
  * the frontmatter is complete (id = file name, prefixed by its topic; kind; lesson; 2-3 hints);
  * the exercise is embedded (<Exercise id="..." />) in exactly the lesson its `lesson` names;
  * kind code:    starter + check fails (AssertionError or another exception),
                  solution + check passes;
  * kind predict: the program runs without error and prints the same with two hash seeds;
                  its output is printed (that output is the answer; it is never stored in the file);
  * kind choose:  options and answer are consistent; with `pick: heap`, the program runs, line
                  `stop` is a bare `gc.collect()`, and how many objects it frees in CPython is
                  recorded (fixture `heapPicks`: the simulator's computed answer must have that size).
For every <Editor code={`...`} /> of every lesson: the code runs (fails only if marked expectError).

Each run is a fresh `python3 -S` process (as the fidelity corpus is run), with the `lab` helper
module (lab_reference.py) importable by checks.

Usage:
  python3 src/checks/validate_with_cpython.py            # validate; exit 1 on any problem
  python3 src/checks/validate_with_cpython.py --write    # also rewrite fixtures/cpython-outputs.json
  python3 src/checks/validate_with_cpython.py --quiet    # no predict outputs, only problems + summary

fixtures/cpython-outputs.json holds what CPython 3.11 printed for every predict program and every
lesson editor, so the simulator's tests can compare against CPython without running it. A plain
run reports it as stale when it no longer matches; regenerate with --write (needs CPython 3.11).
"""

import json
import os
import re
import subprocess
import sys
import tempfile

import yaml  # PyYAML; only this script needs it, the child processes run with -S

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXERCISES = os.path.join(ROOT, 'content', 'exercises')
LESSONS = os.path.join(ROOT, 'content', 'lessons')
FIXTURE = os.path.join(HERE, 'fixtures', 'cpython-outputs.json')

TOPICS = ['references', 'pass-by-assignment', 'refcounting', 'cycles', 'gc']
KINDS = ['code', 'predict', 'choose']
TIMEOUT = 20

# Runs the learner's code, then the check, in one globals dict, like the simulator's checker.
HARNESS = r'''
import sys
sys.path.insert(0, sys.argv[1])
import lab_reference as lab
sys.modules['lab'] = lab
del sys.path[0]
import builtins
import gc
with open(sys.argv[2]) as f:
    learner = f.read()
with open(sys.argv[3]) as f:
    check = f.read()
gc.collect()
g = {'__name__': '__main__', '__builtins__': builtins}
lab._start(g)
exec(compile(learner, '<learner>', 'exec'), g)
lab._end_learner()
try:
    exec(compile(check, '<check>', 'exec'), g)
except AssertionError as e:
    sys.stdout.flush()
    print('CHECK FAILED:', e, file=sys.stderr)
    sys.exit(3)
'''

# The lab API's documented behaviour, checked under CPython before any exercise relies on it.
LAB_SELFTEST_LEARNER = '''
import gc
import sys
data = []
alias = data
print('hello')
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
holder = [a]
del a, b
x = []
x.append(x)
del x
found = gc.collect()
seen_by_getrefcount = sys.getrefcount(data) - 1
'''
LAB_SELFTEST_CHECK = '''
import gc
import lab
assert lab.refcount(data) == 2 == seen_by_getrefcount, 'refcount'
assert lab.refcount(holder[0]) == 2, 'refcount of a list item'
assert lab.output() == 'hello\\n', 'output'
assert lab.alive(Node) == 2, 'alive'
assert lab.collected() == found == 1, 'collected'
assert lab.reachable(holder[0].other), 'reachable through a list and an attribute'
assert not lab.reachable([]), 'a temporary is not reachable'
print('not part of the output')
gc.collect()
assert lab.output() == 'hello\\n' and lab.collected() == 1, 'the window ends with the learner code'
holder.clear()
def ring_reachable():
    for obj in gc.get_objects():
        if type(obj) is Node and lab.reachable(obj):
            return True
    return False
assert not ring_reachable(), 'an unreachable cycle'
'''

problems = []


def problem(where, text):
    problems.append(f'{where}: {text}')


# Seed 0 would turn hash randomization off (sys.flags.hash_randomization == 0), which moves one
# start-up reference between small ints; the fidelity corpus runs with seeds 1 and 2.
def child_env(seed='1'):
    return {
        'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
        'LC_ALL': 'C.UTF-8',
        'PYTHONHASHSEED': seed,
        'PYTHONDONTWRITEBYTECODE': '1',
        'PYTHONIOENCODING': 'utf-8',
    }


def run_program(source, seed='1'):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'program.py')
        with open(path, 'w') as f:
            f.write(source)
        return subprocess.run([sys.executable, '-S', path], cwd=tmp, env=child_env(seed),
                              capture_output=True, text=True, timeout=TIMEOUT)


def run_checked(learner, check):
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, text in (('harness.py', HARNESS), ('learner.py', learner), ('check.py', check)):
            path = os.path.join(tmp, name)
            with open(path, 'w') as f:
                f.write(text)
            files.append(path)
        return subprocess.run([sys.executable, '-S', files[0], HERE, files[1], files[2]], cwd=tmp,
                              env=child_env(), capture_output=True, text=True, timeout=TIMEOUT)


def normalize_addresses(text):
    # Addresses change on every run (ASLR); the fixture keeps the output's shape, as the corpus does.
    return re.sub(r'0x[0-9a-f]{6,}', '0xADDR', text)


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else '(no message)'


def read_frontmatter(path):
    with open(path) as f:
        text = f.read()
    match = re.match(r'---\n(.*?)\n---\n(.*)', text, re.S)
    if not match:
        raise ValueError('no YAML frontmatter between --- lines')
    return yaml.safe_load(match.group(1)), match.group(2)


EXERCISE_TAG = re.compile(r'<Exercise\s+id="([^"]+)"\s*/>')
# An editor: <Editor id="x" ... code={`...`} ... /> ; the code is a JS template literal.
EDITOR_TAG = re.compile(r'<Editor\b(.*?)code=\{`((?:[^`\\]|\\.)*)`\}(.*?)/>', re.S)


def template_literal_value(raw, where):
    if '${' in raw:
        problem(where, 'editor code contains ${, which a template literal would interpolate')
    # MDX eats up to 2 leading spaces of every continuation line of an expression
    # (syntax-tree/mdast-util-mdx-jsx#15: "indent your things"), so lessons indent code lines by 2.
    lines = raw.split('\n')
    raw = '\n'.join([lines[0]] + [re.sub(r'^ {1,2}', '', line) for line in lines[1:]])
    escapes = {'n': '\n', 't': '\t', '\\': '\\', '`': '`', '$': '$', "'": "'", '"': '"'}
    return re.sub(r'\\(.)', lambda m: escapes.get(m.group(1), m.group(1)), raw)


def load_lessons():
    lessons = {}
    if not os.path.isdir(LESSONS):
        return lessons
    for name in sorted(os.listdir(LESSONS)):
        if name.endswith('.mdx'):
            with open(os.path.join(LESSONS, name)) as f:
                lessons[name[:-4]] = f.read()
    return lessons


def validate_exercise(path, lessons, outputs, quiet):
    where = os.path.relpath(path, ROOT)
    try:
        data, body = read_frontmatter(path)
    except Exception as e:  # noqa: BLE001 - any parse failure is a content problem to report
        problem(where, f'cannot read frontmatter: {e}')
        return None
    ex_id = data.get('id')
    topic = data.get('topic')
    kind = data.get('kind')
    if ex_id != os.path.basename(path)[:-3]:
        problem(where, f'id {ex_id!r} differs from the file name')
    if topic not in TOPICS:
        problem(where, f'unknown topic {topic!r}')
    elif os.path.basename(os.path.dirname(path)) != topic:
        problem(where, f'topic {topic!r} but the file is in another topic folder')
    prefixes = {'references': 'refs-', 'pass-by-assignment': 'pass-', 'refcounting': 'refcount-',
                'cycles': 'cycles-', 'gc': 'gc-'}
    if topic in prefixes and not str(ex_id).startswith(prefixes[topic]):
        problem(where, f'id should start with {prefixes[topic]!r}')
    if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', str(ex_id)):
        problem(where, 'id is not kebab-case')
    if kind not in KINDS:
        problem(where, f'unknown kind {kind!r}')
    for key in ('title', 'lesson'):
        if not isinstance(data.get(key), str) or not data[key].strip():
            problem(where, f'missing {key}')
    hints = data.get('hints')
    if not isinstance(hints, list) or not 2 <= len(hints) <= 3:
        problem(where, 'needs 2-3 hints')
    if not body.strip():
        problem(where, 'empty prompt (the Markdown body)')

    lesson = data.get('lesson')
    embedded_in = [name for name, text in lessons.items() if ex_id in EXERCISE_TAG.findall(text)]
    if lesson not in lessons:
        problem(where, f'lesson {lesson!r} does not exist (yet)')
    elif embedded_in != [lesson]:
        problem(where, f'must be embedded in exactly {lesson}, found in {embedded_in or "no lesson"}')
    for name, text in lessons.items():
        if EXERCISE_TAG.findall(text).count(ex_id) > 1:
            problem(where, f'embedded more than once in {name}')

    if kind == 'code':
        for key in ('starter', 'solution', 'check'):
            if not isinstance(data.get(key), str):
                problem(where, f'kind code needs {key}')
                return data
        if 'program' in data or 'options' in data:
            problem(where, 'kind code must not have program/options')
        res = run_checked(data['starter'], data['check'])
        if res.returncode == 0:
            problem(where, 'starter PASSES the check (it must fail)')
        elif not quiet:
            print(f'  {ex_id}: starter fails as intended -> {last_line(res.stderr)}')
        res = run_checked(data['solution'], data['check'])
        if res.returncode != 0:
            problem(where, f'solution FAILS the check: {last_line(res.stderr)}')
    elif kind == 'predict':
        program = data.get('program')
        if not isinstance(program, str):
            problem(where, 'kind predict needs program')
            return data
        if 'answer' in data or 'expected' in data:
            problem(where, 'predict answers are computed by running the program, never stored')
        first = run_program(program, seed='1')
        second = run_program(program, seed='2')
        if first.returncode != 0:
            problem(where, f'program raised: {last_line(first.stderr)}')
        if (first.stdout, first.stderr) != (second.stdout, second.stderr):
            problem(where, 'program output differs between hash seeds')
        if re.search(r'0x[0-9a-f]{6,}', first.stdout):
            problem(where, 'program prints a raw address')
        outputs['exercises'][ex_id] = first.stdout
        if not quiet:
            print(f'  {ex_id}: prints')
            for line in first.stdout.splitlines():
                print(f'      {line}')
    elif kind == 'choose' and data.get('pick') == 'heap':
        program, stop = data.get('program'), data.get('stop')
        if not isinstance(program, str) or not isinstance(stop, int):
            problem(where, 'pick: heap needs program and stop')
            return data
        if 'answer' in data or 'options' in data:
            problem(where, 'pick: heap answers are computed by the simulator, never stored')
        lines = program.split('\n')
        if not 1 <= stop <= len(lines) or lines[stop - 1].strip() != 'gc.collect()':
            problem(where, f'line {stop} of the program must be a bare gc.collect()')
            return data
        indent = lines[stop - 1][: len(lines[stop - 1]) - len(lines[stop - 1].lstrip())]
        lines[stop - 1] = f'{indent}print("PML-COLLECTED", gc.collect())'
        res = run_program('\n'.join(lines))
        found = re.findall(r'^PML-COLLECTED (\d+)$', res.stdout, re.M)
        if res.returncode != 0 or len(found) != 1:
            problem(where, f'program raised or did not reach line {stop}: {last_line(res.stderr)}')
            return data
        outputs['heapPicks'][ex_id] = int(found[0])
        if not quiet:
            print(f'  {ex_id}: gc.collect() on line {stop} frees {found[0]} objects')
    elif kind == 'choose':
        options = data.get('options')
        answer = data.get('answer')
        if not isinstance(options, list) or len(options) < 2:
            problem(where, 'kind choose needs at least 2 options')
            return data
        answers = answer if isinstance(answer, list) else [answer]
        if not answers or not all(isinstance(a, int) and 0 <= a < len(options) for a in answers):
            problem(where, f'answer {answer!r} is not a valid option index')
    return data


def validate_editors(lessons, outputs):
    count = 0
    for name, text in lessons.items():
        ids = set()
        for match in EDITOR_TAG.finditer(text):
            attrs = match.group(1) + ' ' + match.group(3)
            id_match = re.search(r'\bid="([^"]+)"', attrs)
            where = f'content/lessons/{name}.mdx'
            if not id_match:
                problem(where, 'an Editor without id')
                continue
            editor_id = id_match.group(1)
            if editor_id in ids:
                problem(where, f'editor id {editor_id!r} used twice')
            ids.add(editor_id)
            expect_error = re.search(r'\bexpectError\b', attrs) is not None
            code = template_literal_value(match.group(2), where)
            res = run_program(code)
            count += 1
            if expect_error and res.returncode == 0:
                problem(where, f'editor {editor_id!r} is marked expectError but runs cleanly')
            if not expect_error and res.returncode != 0:
                problem(where, f'editor {editor_id!r} raised: {last_line(res.stderr)}')
            outputs['editors'][f'{name}#{editor_id}'] = {
                'stdout': normalize_addresses(res.stdout), 'exitCode': res.returncode,
                'errorLine': last_line(res.stderr) if res.returncode else None,
            }
        if text.count('<Editor') != len(ids):
            problem(f'content/lessons/{name}.mdx', 'an <Editor> tag that this script cannot parse')
    return count


def main(argv):
    write = '--write' in argv
    quiet = '--quiet' in argv
    if sys.version_info[:2] != (3, 11):
        print(f'warning: expected outputs are for CPython 3.11, this is {sys.version.split()[0]}')
    res = run_checked(LAB_SELFTEST_LEARNER, LAB_SELFTEST_CHECK)
    if res.returncode != 0:
        problem('src/checks/lab_reference.py', f'self-test failed: {last_line(res.stderr)}')
    lessons = load_lessons()
    outputs = {'python': sys.version.split()[0], 'exercises': {}, 'editors': {}, 'heapPicks': {}}
    per_topic = {topic: 0 for topic in TOPICS}
    per_kind = {kind: 0 for kind in KINDS}
    seen_ids = set()
    for topic_dir in sorted(os.listdir(EXERCISES)) if os.path.isdir(EXERCISES) else []:
        folder = os.path.join(EXERCISES, topic_dir)
        for name in sorted(os.listdir(folder)):
            if not name.endswith('.md'):
                continue
            data = validate_exercise(os.path.join(folder, name), lessons, outputs, quiet)
            if not data:
                continue
            if data.get('id') in seen_ids:
                problem(name, f'duplicate id {data.get("id")!r}')
            seen_ids.add(data.get('id'))
            if data.get('topic') in per_topic:
                per_topic[data['topic']] += 1
            if data.get('kind') in per_kind:
                per_kind[data['kind']] += 1
    editors = validate_editors(lessons, outputs)
    for name, text in lessons.items():
        for ex_id in EXERCISE_TAG.findall(text):
            if ex_id not in seen_ids:
                problem(f'content/lessons/{name}.mdx', f'embeds unknown exercise {ex_id!r}')
        if text.count('<Exercise') != len(EXERCISE_TAG.findall(text)):
            problem(f'content/lessons/{name}.mdx', 'an <Exercise> tag that this script cannot parse')

    total = sum(per_topic.values())
    if total < 40:
        problem('content/exercises', f'only {total} exercises (need at least 40)')
    for topic, n in per_topic.items():
        if n < 8:
            problem('content/exercises', f'topic {topic} has {n} exercises (need at least 8)')

    if write:
        os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
        with open(FIXTURE, 'w') as f:
            json.dump(outputs, f, indent=2, sort_keys=True)
            f.write('\n')
    elif os.path.exists(FIXTURE):
        with open(FIXTURE) as f:
            recorded = json.load(f)
        if recorded != outputs:
            problem(os.path.relpath(FIXTURE, ROOT), 'stale: regenerate with --write')
    else:
        problem(os.path.relpath(FIXTURE, ROOT), 'missing: generate with --write')

    print('exercises: {} ({})'.format(total, ', '.join(f'{t} {n}' for t, n in per_topic.items())))
    print('kinds: ' + ', '.join(f'{k} {n}' for k, n in per_kind.items()))
    print(f'lesson editors run: {editors}')
    for line in problems:
        print('PROBLEM ' + line)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
