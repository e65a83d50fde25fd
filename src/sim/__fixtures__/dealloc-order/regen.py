"""Regenerate the expected outputs: `python3 src/sim/__fixtures__/dealloc-order/regen.py`.

Runs every program of this folder under CPython 3.11 (`python3 -S`, as the fidelity corpus does) and
writes its stdout to NAME.out, which src/sim/dealloc-order.test.ts compares the simulator with.
"""
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).parent
for src in sorted(here.glob("*.py")):
    if src.name == "regen.py":
        continue
    r = subprocess.run([sys.executable, "-S", src.name], cwd=here, capture_output=True, text=True, check=True)
    (here / (src.stem + ".out")).write_text(r.stdout)
    print(src.stem, len(r.stdout.splitlines()), "lines")
