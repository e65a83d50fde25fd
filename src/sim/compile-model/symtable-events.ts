/**
 * The gc objects of CPython 3.11's symbol table pass (Python/symtable.c): per block (module,
 * function, lambda, comprehension, class body) an entry with a dict (ste_symbols) and two lists
 * (ste_varnames, ste_children), plus, in a block with `global` or `nonlocal`, a list of
 * directives holding a 5-tuple per declared name. All live until the compiler ends. Then the
 * analysis pass (`analyze_block`), whose sets and `scopes` dict are freed block by block.
 */
import type * as A from '../parse/ast.ts';
import type { Scope } from '../interpreter/symtable.ts';
import { freeAll } from './ledger.ts';
import type { GcBlock, GcLedger } from './ledger.ts';

/** Global and Nonlocal statements of a scope's own code, by scope. */
export function directivesByScope(mod: A.Module, scopes: Map<object, Scope>, top: Scope): Map<Scope, number> {
  const out = new Map<Scope, number>();
  const visit = (x: unknown, sc: Scope): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y, sc);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const n = x as { _type?: string } & Record<string, unknown>;
    if (n._type === 'Global' || n._type === 'Nonlocal') {
      out.set(sc, (out.get(sc) ?? 0) + (n as unknown as A.Global).names.length);
    }
    const inner = scopes.get(n);
    for (const k in n) {
      const v = n[k];
      if (v === null || typeof v !== 'object') continue;
      // a def's body is its own scope; the rest (decorators, defaults) is the enclosing one's
      const own = inner !== undefined && inner !== sc && (k === 'body' || k === 'elt' || k === 'key' || k === 'value' || k === 'generators');
      visit(v, own ? inner : sc);
    }
  };
  visit(mod.body, top);
  return out;
}

/** The symbol table's objects, built before the compiler runs; returns what compiler_free frees. */
export function buildSymtable(ledger: GcLedger, top: Scope, directives: Map<Scope, number>): GcBlock[] {
  const kept: GcBlock[] = [ledger.alloc('dict'), ledger.alloc('list')]; // st_blocks, st_stack
  const enter = (sc: Scope): void => {
    kept.push(ledger.alloc('dict'), ledger.alloc('list'), ledger.alloc('list'));
    const d = directives.get(sc) ?? 0;
    if (d > 0) {
      kept.push(ledger.alloc('list'));
      for (let i = 0; i < d; i++) kept.push(ledger.alloc('tuple', 5));
    }
    for (const c of sc.children) enter(c);
  };
  enter(top);
  analyze(ledger, top);
  return kept;
}

/** symtable_analyze and analyze_block: sets (no free list) and a dict per block, all freed. */
function analyze(ledger: GcLedger, top: Scope): void {
  const block = (sc: Scope): void => {
    const local = ledger.alloc('other');
    const scopes = ledger.alloc('dict');
    const temps = [ledger.alloc('other'), ledger.alloc('other'), ledger.alloc('other')]; // newglobal, newfree, newbound
    const allfree = ledger.alloc('other');
    for (const c of sc.children) {
      const child = [ledger.alloc('other'), ledger.alloc('other'), ledger.alloc('other')];
      block(c);
      for (const b of child) ledger.free(b);
    }
    // update_symbols iterates the free set
    ledger.free(ledger.alloc('other'));
    ledger.free(scopes);
    ledger.free(local);
    freeAll(ledger, [...temps.reverse(), allfree].reverse());
  };
  const free = ledger.alloc('other');
  const global = ledger.alloc('other');
  block(top);
  ledger.free(free);
  ledger.free(global);
}
