"""A probe program run as the fuzz and fidelity suites run theirs: `python3 -S` in a clean
environment. CPython's start-up allocations, and so every gc count after them, depend on the
environment (PYTHONUNBUFFERED alone moves the first line's count by two)."""
import os
import subprocess
import sys

ENV = {'PATH': os.environ.get('PATH', ''), 'LC_ALL': 'C.UTF-8', 'PYTHONHASHSEED': '0',
       'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONIOENCODING': 'utf-8'}


def run_clean(src, name, check=False):
    path = f'/tmp/{name}_probe.py'
    with open(path, 'w') as f:
        f.write(src)
    return subprocess.run([sys.executable, '-S', path], capture_output=True, text=True, env=ENV, check=check)
