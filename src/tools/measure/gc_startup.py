"""The collector state a `python3 -S` program starts with (CPython 3.11), for src/sim/gc.ts.

Run: python3 -S src/tools/measure/gc_startup.py
Prints, as JSON:
- count_at_first_line: gc.get_count() on the program's first lines (only `import gc` before it);
- gen2_after_collect: tracked objects in generation 2 after gc.collect() (the long-lived total
  CPython's start-up contributes; gc.ts STARTUP_LONG_LIVED is this minus the simulator's own);
- free_lists: how many lists / dicts / tuples of length 1..5 the program can create before
  gc.get_count() moves (objects recycled from CPython's free lists are not gc allocations).
  Measured in fresh interpreters, one kind each, so the measurements do not disturb each other.
Each program runs from a file in the fidelity corpus's environment (the environment changes the
count: PYTHONUNBUFFERED, for one, makes it 2 lower; `-c` instead of a file, 2 lower too).
"""
import json
import os
import subprocess
import sys
import tempfile

ENV = {'PATH': os.environ.get('PATH', ''), 'LC_ALL': 'C.UTF-8', 'PYTHONHASHSEED': '0',
       'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONIOENCODING': 'utf-8'}

FIRST = 'import gc\nc = gc.get_count()\nprint(list(c))\n'
GEN2 = 'import gc\ngc.collect()\nprint(len(gc.get_objects(2)))\n'
# keep every created object alive; stop at the first one that is a gc allocation
PROBE = '''import gc
g = gc.get_count
keep = [None] * 5000
n = 0
while n < 5000:
    b = g()[0]
    keep[n] = MAKE
    if g()[0] - b:
        break
    n += 1
print(n)
'''


def run(src):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(src)
    try:
        return subprocess.run([sys.executable, '-S', f.name], capture_output=True, text=True, env=ENV, check=True).stdout.strip()
    finally:
        os.unlink(f.name)


out = {
    'python': sys.version.split()[0],
    'count_at_first_line': json.loads(run(FIRST)),
    'gen2_after_collect': int(run(GEN2)),
    'free_lists': {
        'list': int(run(PROBE.replace('MAKE', '[]'))),
        'dict': int(run(PROBE.replace('MAKE', '{}'))),
        **{f'tuple{k}': int(run(PROBE.replace('MAKE', f'tuple(range(n, n + {k}))'))) for k in range(1, 6)},
    },
}
print(json.dumps(out, indent=1))
