/**
 * Per-scope features of a module for compile-count.ts: how many distinct co_consts, co_names and
 * co_localsplusnames tuples its code objects have. CPython 3.11's compiler merges equal tuples
 * (merge_const_one), and each new one costs the gc count about 3: the tuple, and the key tuples
 * of the constant cache (_PyCode_ConstantKey), which the compiler frees only at its end, onto
 * the tuple free lists. The tuples are approximated from the AST and the symbol table (sorted
 * names, the scope's constants, its nested code objects): what matters is which scopes share one.
 * src/tools/measure/gc_compile_count.py computes the same features in Python for the fit.
 */
import type * as A from './parse/ast.ts';
import { SymbolTable } from './interpreter/symtable.ts';
import type { Scope } from './interpreter/symtable.ts';

export type Node = { _type?: string } & Record<string, unknown>;

const SCOPE_TYPES = new Set(['FunctionDef', 'Lambda', 'ClassDef', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);
const POSITION_KEYS = new Set(['_type', 'lineno', 'col_offset', 'end_lineno', 'end_col_offset']);

export type ScopeKind = 'def' | 'lambda' | 'comp' | 'class';

export interface ModuleFeatures {
  def: number;
  lambda: number;
  comp: number;
  class: number;
  /** Distinct non-empty tuples over the module's nested code objects. */
  dconsts: number;
  dnames: number;
  dvars: number;
  /** Their lengths (each leaves its cache key tuples on the tuple free lists at the end). */
  tupleLengths: number[];
  /**
   * Distinct bool, float and complex constants: their constant-cache key is a (type, value)
   * tuple (ints, strings and None are their own key).
   */
  floats: number;
}

function kindOf(n: Node): ScopeKind {
  if (n._type === 'FunctionDef') return 'def';
  if (n._type === 'Lambda') return 'lambda';
  if (n._type === 'ClassDef') return 'class';
  return 'comp';
}

/** A constant the compiler keeps as one co_consts entry: a literal, `-literal`, a tuple of those. */
export function isFoldedConst(e: Node): boolean {
  if (e._type === 'Constant') return true;
  if (e._type === 'UnaryOp') return (e as unknown as A.UnaryOp).op === 'USub' && (e as unknown as A.UnaryOp).operand._type === 'Constant';
  if (e._type === 'Tuple') {
    const elts = (e as unknown as A.Tuple).elts as unknown as Node[];
    return elts.length > 0 && elts.every(isFoldedConst);
  }
  return false;
}

function valueText(v: A.ConstantValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return `bool:${v}`;
    case 'bigint': return `int:${v}`;
    case 'number': return `float:${Object.is(v, -0) ? '-0' : String(v)}`;
    case 'string': return `str:${JSON.stringify(v)}`;
    case 'symbol': return 'Ellipsis';
    default: return `other:${JSON.stringify(v)}`;
  }
}

function constText(e: Node): string {
  if (e._type === 'Constant') return valueText((e as unknown as A.Constant).value);
  if (e._type === 'UnaryOp') return `-${valueText(((e as unknown as A.UnaryOp).operand as A.Constant).value)}`;
  return `(${((e as unknown as A.Tuple).elts as unknown as Node[]).map(constText).join(',')})`;
}

/** The AST of a scope's own code (a comprehension's first iterable belongs to the enclosing scope). */
function ownParts(n: Node): unknown[] {
  switch (n._type) {
    case 'FunctionDef':
    case 'ClassDef':
      return (n as unknown as A.FunctionDef).body;
    case 'Lambda':
      return [(n as unknown as A.Lambda).body];
  }
  const c = n as unknown as { elt?: A.expr; key?: A.expr; value?: A.expr; generators: A.comprehension[] };
  const parts: unknown[] = n._type === 'DictComp' ? [c.key, c.value] : [c.elt];
  c.generators.forEach((g, i) => {
    parts.push(g.target);
    if (i > 0) parts.push(g.iter);
    parts.push(...g.ifs);
  });
  return parts;
}

/** What a nested scope leaves to its enclosing scope: decorators, defaults, bases, first iterable. */
function enclosingParts(n: Node): unknown[] {
  switch (n._type) {
    case 'FunctionDef': {
      const f = n as unknown as A.FunctionDef;
      return [...f.decorator_list, ...f.args.defaults, ...f.args.kw_defaults.filter((d) => d !== null)];
    }
    case 'Lambda': {
      const a = (n as unknown as A.Lambda).args;
      return [...a.defaults, ...a.kw_defaults.filter((d) => d !== null)];
    }
    case 'ClassDef': {
      const c = n as unknown as A.ClassDef;
      return [...c.decorator_list, ...c.bases, ...c.keywords.map((k) => k.value)];
    }
  }
  return [(n as unknown as A.ListComp).generators[0].iter];
}

/** The nodes of one scope's own code; each nested scope node goes to `onScope` instead. */
function walkOwn(parts: unknown[], onScope: (n: Node) => void, visit: (n: Node) => void): void {
  const stack: unknown[] = [...parts];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
      continue;
    }
    if (x === null || typeof x !== 'object') continue;
    const n = x as Node;
    if (n._type !== undefined) {
      if (SCOPE_TYPES.has(n._type)) {
        onScope(n);
        for (const p of enclosingParts(n)) stack.push(p);
        continue;
      }
      visit(n);
      if (n._type === 'Constant' || (isFoldedConst(n))) continue;
    }
    // a node's fields, or a helper record's (keyword, alias, arguments, comprehension...); the
    // order of a scope's nodes does not matter: what is kept of them are sets
    for (const k in n) {
      const v = n[k];
      if (v !== null && typeof v === 'object' && !POSITION_KEYS.has(k)) stack.push(v);
    }
  }
}

export function moduleFeatures(mod: A.Module, table: SymbolTable = new SymbolTable(mod)): ModuleFeatures {
  const f: ModuleFeatures = { def: 0, lambda: 0, comp: 0, class: 0, dconsts: 0, dnames: 0, dvars: 0, tupleLengths: [], floats: 0 };
  const consts = new Set<string>();
  const names = new Set<string>();
  const vars = new Set<string>();
  let codeIds = 0;
  const scopes: Node[] = [];
  const collect = (parts: unknown[]) => {
    const found: Node[] = [];
    walkOwn(parts, (n) => found.push(n), () => {});
    for (const n of found) {
      scopes.push(n);
      collect(ownParts(n));
    }
  };
  collect(mod.body);
  for (const node of scopes) {
    const kind = kindOf(node);
    f[kind]++;
    const sc = table.scopes.get(node) as Scope | undefined;
    if (sc === undefined) continue;
    const frees = new Set(sc.frees);
    if (sc.usesSuper && sc.kind === 'function') frees.add('__class__');
    const local = (name: string) => sc.isLocal(name) || sc.cells.has(name);
    let v: string[];
    if (kind === 'class') v = [...frees].sort();
    else {
      v = [...new Set([...sc.bound.filter(local), ...sc.cells, ...frees])].filter((x) => !x.startsWith('.')).sort();
      if (kind === 'comp') v.push('.0');
    }
    const nm = new Set<string>();
    const cs: string[] = [];
    let parts: unknown[];
    if (kind === 'def') {
      const body = (node as unknown as A.FunctionDef).body;
      const first = body[0];
      const doc = first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string';
      cs.push(doc ? constText(first.value as unknown as Node) : 'None');
      parts = doc ? body.slice(1) : body;
    } else if (kind === 'lambda') {
      cs.push('None');
      parts = ownParts(node);
    } else if (kind === 'class') {
      cs.push(`str:${JSON.stringify((node as unknown as A.ClassDef).name)}`, 'None');
      for (const n of ['__name__', '__module__', '__qualname__']) nm.add(n);
      parts = (node as unknown as A.ClassDef).body;
    } else parts = ownParts(node);
    const cset = new Set<string>();
    const nested: string[] = [];
    walkOwn(parts, () => nested.push(`code:${codeIds++}`), (n) => {
      if (isFoldedConst(n)) cset.add(constText(n));
      else if (n._type === 'Attribute') nm.add((n as unknown as A.Attribute).attr);
      else if (n._type === 'Name') {
        const id = (n as unknown as A.Name).id;
        if (kind === 'class' || !(local(id) || frees.has(id))) nm.add(id);
      } else if (n._type === 'Call') {
        const kw = (n as unknown as A.Call).keywords.filter((k) => k.arg !== null).map((k) => k.arg);
        if (kw.length) cset.add(`kwnames:${kw.join(',')}`);
      } else if (n._type === 'Import' || n._type === 'ImportFrom') {
        for (const a of (n as unknown as A.Import).names) nm.add(a.name.split('.')[0]);
      }
    });
    cs.push(...[...cset].sort(), ...nested);
    const add = (set: Set<string>, key: string, length: number) => {
      if (length === 0 || set.has(key)) return;
      set.add(key);
      f.tupleLengths.push(length);
    };
    add(consts, cs.join('\u0000'), cs.length);
    add(names, [...nm].sort().join('\u0000'), nm.size);
    add(vars, v.join('\u0000'), v.length);
  }
  f.floats = keyedConstants(mod);
  f.dconsts = consts.size;
  f.dnames = names.size;
  f.dvars = vars.size;
  return f;
}

/**
 * Every AST node under `root`, parents before children (a visit that returns false skips the
 * node's children); helper records without `_type` (keyword, arguments, comprehension...) are
 * walked through, not visited.
 */
export function walkAst(root: unknown, visit: (n: Node) => boolean): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) {
      for (const y of x) stack.push(y);
      continue;
    }
    if (x === null || typeof x !== 'object') continue;
    const n = x as Node;
    if (n._type !== undefined && !visit(n)) continue;
    for (const k in n) {
      const v = n[k];
      if (v !== null && typeof v === 'object' && !POSITION_KEYS.has(k)) stack.push(v);
    }
  }
}

/** The number of distinct bool, float and complex constants anywhere in the module. */
function keyedConstants(mod: A.Module): number {
  const seen = new Set<string>();
  walkAst(mod, (n) => {
    if (n._type !== 'Constant') return true;
    const v = (n as unknown as A.Constant).value;
    if (typeof v === 'boolean' || typeof v === 'number' || (typeof v === 'object' && v !== null && 'complex' in v)) seen.add(valueText(v));
    return false;
  });
  return seen.size;
}
