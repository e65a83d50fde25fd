"""Expected ASTs for src/sim/parse/parse.test.ts, produced by real CPython 3.11.

Regenerate (from the repository root) with:
    python3 src/sim/parse/__fixtures__/gen_ast.py
It reads every program of ../shared/fidelity/*/*.py and ../shared/bench/*.py (relative to the
repository root, i.e. /work/shared) plus our own tricky cases in ast_cases/*.py, and writes
ast_dumps.json: for each program its source and ast.dump(ast.parse(src), include_attributes=True).
"""
import ast
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))


def main():
    files = sorted(glob.glob(os.path.join(SHARED, "fidelity", "*", "*.py")))
    files += sorted(glob.glob(os.path.join(SHARED, "bench", "*.py")))
    files += sorted(glob.glob(os.path.join(HERE, "ast_cases", "*.py")))
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        name = os.path.relpath(path, SHARED) if path.startswith(SHARED) else os.path.relpath(path, HERE)
        out.append({"name": name, "source": src,
                    "dump": ast.dump(ast.parse(src), include_attributes=True)})
    with open(os.path.join(HERE, "ast_dumps.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "programs": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} programs written")


if __name__ == "__main__":
    main()
