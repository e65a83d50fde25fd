/**
 * What CPython 3.11 allocates and frees, in gc objects, from reading a program file to running
 * its first line (Python/pythonrun.c `pyrun_file`, Python/compile.c `_PyAST_Compile`): the
 * parser's arena list, the compiler's constant cache and unit stack, the AST optimizer's folded
 * constants, the symbol table, the code generator's per-scope dicts and its code objects' tuples,
 * then the function object `PyEval_EvalCode` runs the module in. Reported to a ledger in the
 * compiler's order, so the heap's free lists and gc.get_count() follow them allocation by
 * allocation (heap.ts), as CPython's do; a long program may reach the collection threshold
 * while it is compiled.
 *
 * The simulator does not build these objects (it has no code objects); a program sees them only
 * through gc.get_count(), the free lists its first lists, dicts and tuples come from, and hence
 * when the first automatic collection runs.
 *
 * Checked against CPython itself: from the state gdb reads at `_PyAST_Compile` (gc.ts
 * PRECOMPILE_FREE_LISTS) the model leaves CPython's exact count and free lists at
 * `run_eval_code_obj` for 291 of the 296 corpus programs (__fixtures__/compile-states.json,
 * gc-count.test.ts). Left: a fidelity program whose constant folding raises (two 2-tuples too
 * many), two generated ones a 4-tuple short, and two that reach the collection threshold while
 * compiling (followed by the collector in a real run, not by that test).
 */
import type * as A from '../parse/ast.ts';
import type { SymbolTable } from '../interpreter/symtable.ts';
import { ConstCache } from './constants.ts';
import { CodegenModel } from './codegen.ts';
import type { CodeSummary } from './codegen.ts';
import { freeAll } from './ledger.ts';
import type { GcLedger } from './ledger.ts';
import { optimize } from './optimizer.ts';
import { buildSymtable, directivesByScope } from './symtable-events.ts';

export type { CodeSummary } from './codegen.ts';
export { RecordingLedger } from './ledger.ts';
export type { GcLedger, GcKind, GcBlock } from './ledger.ts';

/** Runs the model; returns the code objects' summaries (compile-model.test.ts). */
export function modelCompilation(mod: A.Module, table: SymbolTable, ledger: GcLedger): CodeSummary[] {
  const summaries = modelCompiler(mod, table, ledger);
  ledger.alloc('other'); // PyEval_EvalCode's function object, alive while the module runs
  return summaries;
}

/** From `_PyAST_Compile` to `run_eval_code_obj` (src/tools/measure/cpython_gc_state.sh compile). */
export function modelCompiler(mod: A.Module, table: SymbolTable, ledger: GcLedger): CodeSummary[] {
  // (the parser's arena list, alive until the program ends, is in the state the model starts from:
  // gc.ts PRECOMPILE_FREE_LISTS)
  const constCacheDict = ledger.alloc('dict');
  const unitStack = ledger.alloc('list');
  const cache = new ConstCache(ledger);
  const folded = optimize(mod, ledger);
  const symtable = buildSymtable(ledger, table.top, directivesByScope(mod, table.scopes, table.top));
  const codegen = new CodegenModel(ledger, table, folded, cache);
  codegen.compileModule(mod);
  codegen.keepLive();
  // compiler_free: the symbol table, the constant cache and its keys, the unit stack
  freeAll(ledger, symtable);
  cache.free();
  ledger.free(constCacheDict);
  ledger.free(unitStack);
  return codegen.summaries;
}
