/**
 * The simulator's side of src/tools/measure/cpython_gc_state.sh, in the same format, so the two
 * can be diffed line by line:
 *
 *   node --import tsx src/tools/measure/sim_gc_state.ts compile PROG.py
 *   node --import tsx src/tools/measure/sim_gc_state.ts counts PROG.py
 *   node --import tsx src/tools/measure/sim_gc_state.ts collections PROG.py
 *   node --import tsx src/tools/measure/sim_gc_state.ts allocs PROG.py
 *
 * `compile` runs the compiler model alone from CPython's measured state at _PyAST_Compile;
 * `counts` reports at each gc.get_count() call, `collections` each collection with its line,
 * `allocs` each allocation that moves the count between the first two gc.get_count() calls, with
 * the simulator's callers (CPython's has the C ones).
 */
import { readFileSync } from 'node:fs';
import { runProgram } from '../../sim/index.ts';
import { parse } from '../../sim/parse/index.ts';
import { SymbolTable } from '../../sim/interpreter/symtable.ts';
import { modelCompiler } from '../../sim/compile-model/index.ts';
import { HeapLedger } from '../../sim/compile-model/heap-ledger.ts';
import { presetFreeLists } from '../../sim/gc.ts';
import { freeLists, gcCount, gcHooks } from '../../sim/heap.ts';
import { callHook, gcPhaseHook } from '../../sim/trace-hooks.ts';
import { R } from '../../sim/interpreter/frame.ts';

const [mode, file] = process.argv.slice(2);
if (mode === undefined || file === undefined) {
  console.error('usage: sim_gc_state.ts compile|counts|collections PROG.py');
  process.exit(2);
}
const source = readFileSync(file, 'utf8');

function state(): string {
  const tuples: number[] = [];
  for (let n = 1; n <= 20; n++) tuples.push(freeLists.tuple[n]);
  return ` count ${gcCount[0]} list ${freeLists.list} dict ${freeLists.dict} tuple ${tuples.join(' ')}`;
}

if (mode === 'compile') {
  const mod = parse(source, file);
  const table = new SymbolTable(mod);
  gcHooks.afterAlloc = null; // the count as it goes: a collection while compiling shows as a jump
  presetFreeLists();
  console.log(`compile:${state()}`);
  modelCompiler(mod, table, new HeapLedger());
  console.log(`run:${state()}`);
} else if (mode === 'counts' || mode === 'collections') {
  const lines: string[] = [];
  if (mode === 'counts') callHook.fn = (name) => {
    if (name === 'gc.get_count') lines.push(`get_count:${state()}`);
  };
  else gcPhaseHook.fn = (e) => {
    if (e.phase === 'update_refs') lines.push(`collect: generation ${e.generation} (line ${R.frame?.pos?.lineno ?? '?'})`);
  };
  runProgram(source, { filename: file });
  for (const l of lines) console.log(l);
} else if (mode === 'allocs') {
  let calls = 0;
  callHook.fn = (name) => {
    if (name === 'gc.get_count') calls++;
  };
  gcHooks.counted = (what) => {
    if (calls !== 1) return;
    const callers = (new Error().stack ?? '').split('\n').slice(3, 8).map((l) => l.trim().replace(/^at /, '').replace(/\(?file:\/\/.*\/src\//, '(').replace(/\)$/, ')'));
    console.log(`alloc: ${what}\n  ${callers.join('\n  ')}`);
  };
  runProgram(source, { filename: file });
} else {
  console.error(`unknown mode: ${mode}`);
  process.exit(2);
}
