/**
 * What compiling a module adds to gc.get_count() before its first line runs.
 *
 * CPython 3.11 compiles the whole file first. The compiler allocates gc objects and keeps some:
 * each code object's co_consts / co_names / co_localsplusnames tuples (equal ones merged, with
 * the key tuples of its constant cache), the symbol table's per-scope dicts and lists, freed at
 * the end of the compilation onto the list/dict/tuple free lists (an object freed onto a free
 * list does not lower the count: heap.ts). None of these objects is visible to a program (the
 * simulator has no code objects), so the simulator adds their number to generation 0's count,
 * which decides when the first automatic collection runs and so the order objects end up in the
 * gc lists.
 *
 * Simulating CPython's compiler allocation by allocation would mean simulating the compiler; the
 * count is instead modelled from features of the module, with weights fitted by least squares on
 * CPython's first-line count of the fidelity corpus, the fuzz regression programs and 120 programs
 * of the differential fuzzer's generator (276 programs; the weighted sum rounded: RMS error 5.0
 * on the corpora, 10.4 on the generated 25-statement programs, where the count ranges 0..260;
 * a program whose compilation reaches the collection threshold is left out; measured by
 * src/tools/measure/gc_compile_count.py, which prints the fit; gc-count.test.ts checks it):
 * scopes by kind (def, lambda, comprehension, class body; a class's methods are defs of their
 * own), constants the compiler folds into a tuple (a tuple of constants; a list of 3+ constants,
 * or of any length when a `for` iterates it or it is right of `in`) or a frozenset (a set of 3+
 * constants, or right of `in`), and the distinct co_consts, co_names and co_localsplusnames
 * tuples of the nested code objects (compile-features.ts): a new tuple costs about 3 (the tuple
 * and its two cache keys), one equal to an earlier one's almost nothing, so 10 methods that only
 * read `self.x` cost less than 10 that each use other names; and the distinct bool, float and
 * complex constants, whose cache keys are tuples too. (Measured with the module's own code
 * reachable: CPython's optimizer skips code after a `raise`, and folds the constants of the rest.)
 */
import type * as A from './parse/ast.ts';
import type { SymbolTable } from './interpreter/symtable.ts';
import { isFoldedConst, moduleFeatures, walkAst } from './compile-features.ts';
import type { ModuleFeatures, Node } from './compile-features.ts';

export const COMPILE_WEIGHTS = {
  def: 3.9, lambda: 3.93, comprehension: 4.32, classBody: 5.87, firstScope: -1.6, constTuple: 5.75,
  constFrozenset: 4.19, distinctConsts: 3.57, distinctNames: 4.61, distinctVarnames: 4.85, keyedConstants: 3.91,
};

/** gc.get_count()[0] growth from compiling `mod` (see the file comment). */
export function compileAllocations(mod: A.Module, table?: SymbolTable, features?: ModuleFeatures): number {
  const w = COMPILE_WEIGHTS;
  const f = features ?? moduleFeatures(mod, table);
  const scopes = f.def + f.lambda + f.comp + f.class;
  let n = f.def * w.def + f.lambda * w.lambda + f.comp * w.comprehension + f.class * w.classBody
    + (scopes > 0 ? w.firstScope : 0)
    + f.dconsts * w.distinctConsts + f.dnames * w.distinctNames + f.dvars * w.distinctVarnames + f.floats * w.keyedConstants;
  // lists and sets CPython folds whatever their length: iterated, or right of `in` (a Compare or
  // For marks its operand before the walk reaches it: parents come first)
  const folded = new Set<unknown>();
  walkAst(mod, (node) => {
    const t = node._type;
    switch (t) {
      case 'Compare': {
        const c = node as unknown as A.Compare;
        c.ops.forEach((op, i) => {
          if (op === 'In' || op === 'NotIn') folded.add(c.comparators[i]);
        });
        break;
      }
      case 'For':
      case 'comprehension': {
        const it = (node as unknown as A.For | A.comprehension).iter;
        if (it._type === 'List') folded.add(it);
        break;
      }
      case 'Tuple': {
        const e = node as unknown as A.Tuple;
        if (e.elts.length > 0 && e.elts.every((x) => isFoldedConst(x as unknown as Node))) n += w.constTuple;
        break;
      }
      case 'List':
      case 'Set': {
        const e = node as unknown as A.List | A.Set;
        if (e.elts.length > 0 && e.elts.every((x) => isFoldedConst(x as unknown as Node)) && (e.elts.length >= 3 || folded.has(e))) {
          n += t === 'List' ? w.constTuple : w.constFrozenset;
        }
        break;
      }
    }
    return true;
  });
  return Math.round(n);
}

/**
 * What compiling `mod` leaves on CPython's list and dict free lists (each holds at most 80), on
 * top of STARTUP_FREE_LISTS (gc.ts, the free lists of a module without functions or classes).
 * The lists and dicts the compiler frees at its end are reused by the program's first lists
 * and dicts, which then do not add to gc.get_count() (heap.ts freeListPop). Measured on CPython
 * 3.11 by taking lists and dicts one by one at the first line until the count moves
 * (fuzz-probe programs in the session notes of issue 8):
 * - the symbol table keeps, per function, lambda, comprehension or class body, two lists
 *   (ste_varnames, ste_children) and a dict (ste_symbols), plus a list (ste_directives) in any
 *   scope, the module's too, with a `global` or `nonlocal` statement;
 * - each compiler unit nested in another holds five dicts (u_consts, u_names, u_varnames,
 *   u_cellvars, u_freevars) while it is compiled: a unit's are reused by its next sibling, so
 *   the deepest nesting decides how many end up free.
 */
export function compileFreeLists(mod: A.Module): { lists: number; dicts: number } {
  let scopes = 0;
  let deepest = 0;
  let directiveScopes = 0;
  const visit = (x: unknown, depth: number, scope: { directive: boolean }): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y, depth, scope);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const node = x as Node;
    const t = node._type;
    let inner = scope;
    let d = depth;
    if (t === 'FunctionDef' || t === 'Lambda' || t === 'ClassDef' || t === 'ListComp' || t === 'SetComp' || t === 'DictComp' || t === 'GeneratorExp') {
      scopes++;
      d = depth + 1;
      if (d > deepest) deepest = d;
      inner = { directive: false };
    } else if ((t === 'Global' || t === 'Nonlocal') && !scope.directive) {
      scope.directive = true;
      directiveScopes++;
    }
    for (const k in node) {
      if (k === '_type' || k === 'lineno' || k === 'col_offset' || k === 'end_lineno' || k === 'end_col_offset') continue;
      const v = node[k];
      if (v === null || typeof v !== 'object') continue;
      // a def's decorators, defaults and annotations, a class's bases, and a comprehension's
      // first iterable belong to the enclosing scope (only its body is the inner scope's)
      const outside = (t === 'FunctionDef' && (k === 'decorator_list' || k === 'args' || k === 'returns'))
        || (t === 'Lambda' && k === 'args') || (t === 'ClassDef' && k !== 'body');
      visit(v, outside ? depth : d, outside ? scope : inner);
    }
  };
  visit(mod, 0, { directive: false });
  return { lists: 2 * scopes + directiveScopes, dicts: scopes + 5 * deepest };
}
