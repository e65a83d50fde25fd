/**
 * What compiling a module adds to gc.get_count() before its first line runs.
 *
 * CPython 3.11 compiles the whole file first. The compiler allocates gc objects and keeps some:
 * each code object's co_consts / co_names / co_localsplusnames tuples, the symbol table's
 * per-scope dicts and lists and the constant cache's key tuples, freed at the end of the
 * compilation onto the list/dict/tuple free lists (an object freed onto a free list does not
 * lower the count: heap.ts). None of these objects is visible to a program (the simulator has no
 * code objects), so the simulator adds their number to generation 0's count, which decides when
 * the first automatic collection runs and so the order objects end up in the gc lists.
 *
 * Simulating CPython's compiler allocation by allocation would mean simulating the compiler; the
 * count is instead modelled per construct, with weights fitted by least squares on CPython's
 * first-line count of the fidelity corpus and the fuzz regression programs (about 150 programs,
 * RMS error about 4.5 allocations where the count itself ranges 0..230; measured by
 * src/tools/measure/gc_compile_count.py, which prints the fit; gc-count.test.ts checks it):
 * - a scope with a code object: def 11, lambda 8, comprehension 8, class body 14 (its methods
 *   are defs of their own), plus 6 once when the module has any (the compiler's first unit
 *   fills the free lists);
 * - a constant the compiler folds into a tuple (a tuple of constants; a list of 3+ constants,
 *   or of any length when a `for` iterates it or it is right of `in`) 5, into a frozenset (a set
 *   of 3+ constants, or right of `in`) 6.
 */
import type * as A from './parse/ast.ts';

export const COMPILE_WEIGHTS = { def: 11, lambda: 8, comprehension: 8, classBody: 14, firstScope: 6, constTuple: 5, constFrozenset: 6 };

type Node = { _type?: string } & Record<string, unknown>;

function isConstExpr(e: A.expr): boolean {
  switch (e._type) {
    case 'Constant':
      return true;
    case 'UnaryOp':
      return e.operand._type === 'Constant';
    case 'BinOp':
      return isConstExpr(e.left) && isConstExpr(e.right);
    case 'Tuple':
      return e.elts.every(isConstExpr);
    default:
      return false;
  }
}

/** gc.get_count()[0] growth from compiling `mod` (see the file comment). */
export function compileAllocations(mod: A.Module): number {
  const w = COMPILE_WEIGHTS;
  // lists and sets CPython folds whatever their length: iterated, or right of `in`
  const folded = new Set<unknown>();
  let n = 0;
  let scopes = 0;
  const stack: unknown[] = [mod];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) {
      for (const y of x) stack.push(y);
      continue;
    }
    if (x === null || typeof x !== 'object') continue;
    const node = x as Node;
    const t = node._type;
    if (t === undefined) continue;
    switch (t) {
      case 'FunctionDef':
        n += w.def;
        scopes++;
        break;
      case 'Lambda':
        n += w.lambda;
        scopes++;
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        n += w.comprehension;
        scopes++;
        break;
      case 'ClassDef':
        n += w.classBody;
        scopes++;
        break;
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
        if (e.elts.length > 0 && e.elts.every(isConstExpr)) n += w.constTuple;
        break;
      }
      case 'List':
      case 'Set': {
        const e = node as unknown as A.List | A.Set;
        if (e.elts.length > 0 && e.elts.every(isConstExpr) && (e.elts.length >= 3 || folded.has(e))) {
          n += t === 'List' ? w.constTuple : w.constFrozenset;
        }
        break;
      }
    }
    // children after the parent's own check: a Compare/For marks its operand before it is visited
    for (const k in node) {
      if (k === '_type' || k === 'lineno' || k === 'col_offset' || k === 'end_lineno' || k === 'end_col_offset') continue;
      const v = node[k];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
  return scopes > 0 ? n + w.firstScope : n;
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
