#!/usr/bin/env bash
# CPython 3.11's gc bookkeeping read with gdb, for checking the simulator's gc.get_count() model.
#
#   cpython_gc_state.sh compile PROG.py...   gen0 count and free lists (list, dict, tuples of 1..20
#                                            items) when _PyAST_Compile starts and when the module
#                                            starts running (run_eval_code_obj); several programs
#                                            run in one gdb session, each announced by `file: PATH`
#   cpython_gc_state.sh counts PROG.py       the same at every gc.get_count() call
#   cpython_gc_state.sh collections PROG.py  every collection once the program runs: generation,
#                                            the C allocation that started it, the Python line
#   cpython_gc_state.sh allocs PROG.py       every gc allocation not taken from a free list
#                                            (_PyObject_GC_Link) between the program's first and
#                                            second gc.get_count() calls, with its C callers: run
#                                            it after gc.collect() (free lists empty) to see them all
#
# The program runs as the fuzz and fidelity suites run it (python3 -S, a clean environment,
# PYTHONHASHSEED=0): PYTHONUNBUFFERED and the like change what start-up allocates. Needs gdb and a
# CPython 3.11 built with symbols (pyenv's is); PYTHON overrides the interpreter.
set -euo pipefail
mode=${1:?mode: compile, counts or collections}
shift
[ $# -gt 0 ] || { echo "no program file" >&2; exit 2; }
prog=$(readlink -f "$1")
python=${PYTHON:-$(python3 -S -c 'import sys; print(sys.executable)')}
gdbpy="$(dirname "$python")/$(basename "$python")-gdb.py"
[ -f "$gdbpy" ] || gdbpy="$(dirname "$python")/python3.11-gdb.py"
cmds=$(mktemp)
trap 'rm -f "$cmds"' EXIT

state='set $i = _PyRuntime.interpreters.main
printf " count %d list %d dict %d tuple", $i->gc.generations[0].count, $i->list.numfree, $i->dict_state.numfree
set $k = 0
while $k < 20
printf " %d", $i->tuple.numfree[$k]
set $k = $k + 1
end
printf "\n"'

{
  echo 'set pagination off'
  echo 'set breakpoint pending on'
  echo 'set print frame-arguments none'
  case "$mode" in
    compile)
      printf 'break _PyAST_Compile\ncommands\nsilent\nprintf "compile:"\n%s\ncontinue\nend\n' "$state"
      printf 'break run_eval_code_obj\ncommands\nsilent\nprintf "run:"\n%s\ncontinue\nend\n' "$state"
      ;;
    counts)
      printf 'break gc_get_count_impl\ncommands\nsilent\nprintf "get_count:"\n%s\ncontinue\nend\n' "$state"
      ;;
    collections)
      [ -f "$gdbpy" ] && echo "source $gdbpy"
      printf 'break run_eval_code_obj\ncommands\nsilent\nenable 2\ncontinue\nend\n'
      printf 'break gc_collect_main\ncommands\nsilent\nprintf "collect: generation %%d\\n", generation\nbt 8\npy-bt\ncontinue\nend\n'
      echo 'disable 2'
      ;;
    allocs)
      echo 'set $calls = 0'
      printf 'break gc_get_count_impl\ncommands\nsilent\nset $calls = $calls + 1\nif $calls == 1\nenable 2\nelse\ndisable 2\nend\ncontinue\nend\n'
      printf 'break _PyObject_GC_Link\ncommands\nsilent\nprintf "alloc:\\n"\nbt 7\ncontinue\nend\n'
      echo 'disable 2'
      ;;
    *) echo "unknown mode: $mode" >&2; exit 2 ;;
  esac
  if [ "$mode" = compile ]; then
    for f in "$@"; do printf 'echo file: %s\\n\nrun -S %s\n' "$f" "$(readlink -f "$f")"; done
  else
    echo "run -S $prog"
  fi
} > "$cmds"

env -i LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 HOME="${HOME:-/root}" \
  gdb -q -batch -x "$cmds" "$python" 2>&1 |
  if [ "$mode" = collections ]; then grep -aE '^collect:|^#[3-7] |^  File "|^    ';
  elif [ "$mode" = allocs ]; then grep -aE '^alloc:|^#[1-6] ' | sed -E 's/ \(.*\) at / at /; s/^#([0-9]) +0x[0-9a-f]+ in /#\1 /';
  else grep -aE '^(file|compile|run|get_count):'; fi || true
