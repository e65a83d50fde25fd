/**
 * Errors CPython raises after parsing but before running anything, in CPython's order:
 * first the symbol table (Python/symtable.c: visiting, then analyze_block), then the
 * compiler (Python/compile.c). A learner sees them as SyntaxErrors like any other.
 */
import type * as A from './ast.ts';
import { PythonSyntaxError } from './errors.ts';
import type { Source } from './source.ts';

// symtable.h flags
const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_IMPORT = 64;
const DEF_ANNOT = 128;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

type BlockType = 'module' | 'function' | 'class';

class Scope {
  readonly symbols = new Map<string, number>();
  readonly directives = new Map<string, A.Position>();
  readonly children: Scope[] = [];
  constructor(
    readonly type: BlockType,
    readonly comprehension = false,
  ) {}
}

export function checkModule(mod: A.Module, src: Source): void {
  const err = (msg: string, p: A.Position): PythonSyntaxError => {
    const off = src.byteToCharCol(p.lineno, p.col_offset) + 1;
    const end = src.byteToCharCol(p.end_lineno, p.end_col_offset) + 1;
    let text = src.line(p.lineno);
    if (!text.endsWith('\n')) text += '\n';
    return new PythonSyntaxError('SyntaxError', msg, p.lineno, off, p.end_lineno, end, text);
  };
  checkFuture(mod, err);
  const top = new Scope('module');
  new SymtableBuilder(err).visitModule(mod, top);
  analyzeBlock(top, null, err);
  new CompilerChecks(err).module(mod);
}

type ErrFn = (msg: string, p: A.Position) => PythonSyntaxError;

// ---- future statements (Python/future.c) ----------------------------------------------------------

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/**
 * `from __future__ import x` must come first (after a docstring) and name a known feature.
 * CPython leaves end_offset None for an unknown feature; we report the statement's range.
 */
function checkFuture(mod: A.Module, err: ErrFn): void {
  let done = false;
  mod.body.forEach((s, i) => {
    const isDoc = i === 0 && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
    if (s._type === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (done) throw err('from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (a.name === 'braces') throw err('not a chance', s);
        if (!FUTURE_FEATURES.has(a.name)) throw err(`future feature ${a.name} is not defined`, s);
      }
    } else if (!isDoc) {
      done = true;
    }
  });
}

// ---- symbol table: visiting --------------------------------------------------------------------

class SymtableBuilder {
  private cur!: Scope;
  constructor(private readonly err: ErrFn) {}

  visitModule(mod: A.Module, top: Scope): void {
    this.cur = top;
    for (const s of mod.body) this.stmt(s);
  }

  private addDef(name: string, flag: number, loc: A.Position | null, scope: Scope = this.cur): void {
    const old = scope.symbols.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM && loc !== null) {
      throw this.err(`duplicate argument '${name}' in function definition`, loc);
    }
    scope.symbols.set(name, old | flag);
  }

  private enter(type: BlockType, f: () => void, comprehension = false): void {
    const scope = new Scope(type, comprehension);
    this.cur.children.push(scope);
    const saved = this.cur;
    this.cur = scope;
    try {
      f();
    } finally {
      this.cur = saved;
    }
  }

  private stmts(b: A.stmt[]): void {
    for (const s of b) this.stmt(s);
  }

  private args(a: A.arguments): void {
    // defaults and annotations are evaluated in the enclosing scope
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d !== null) this.expr(d);
  }

  private annotations(a: A.arguments, returns: A.expr | null): void {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const x of all) if (x.annotation !== null) this.expr(x.annotation);
    if (returns !== null) this.expr(returns);
  }

  private params(a: A.arguments): void {
    for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(x.arg, DEF_PARAM, x);
    if (a.vararg) this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
    if (a.kwarg) this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.args(s.args);
        this.annotations(s.args, s.returns);
        for (const d of s.decorator_list) this.expr(d);
        this.enter('function', () => {
          this.params(s.args);
          this.stmts(s.body);
        });
        return;
      case 'ClassDef':
        this.addDef(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorator_list) this.expr(d);
        this.enter('class', () => this.stmts(s.body));
        return;
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign':
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        return;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const cur = this.cur.symbols.get(s.target.id) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && !(cur & DEF_ANNOT) && s.simple) {
            const kind = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            throw this.err(`annotated name '${s.target.id}' can't be ${kind}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') throw this.err('import * only allowed at module level', a);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.addDef(stored, DEF_IMPORT, a);
        }
        return;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const kind = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.cur.symbols.get(name) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
            else msg = `name '${name}' is assigned to before ${kind} declaration`;
            throw this.err(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!this.cur.directives.has(name)) this.cur.directives.set(name, s);
        }
        return;
      }
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private expr(e: A.expr): void {
    switch (e._type) {
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        return;
      case 'NamedExpr': {
        // the target binds in the nearest enclosing scope that is not a comprehension
        this.expr(e.value);
        this.addDef(e.target.id, DEF_LOCAL, e.target, this.cur);
        return;
      }
      case 'Lambda':
        this.args(e.args);
        this.enter('function', () => {
          this.params(e.args);
          this.expr(e.body);
        });
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e.generators, () => this.expr(e.elt));
        return;
      case 'DictComp':
        this.comprehension(e.generators, () => {
          this.expr(e.key);
          this.expr(e.value);
        });
        return;
      default:
        for (const c of childExprs(e)) this.expr(c);
    }
  }

  private comprehension(gens: A.comprehension[], elt: () => void): void {
    this.expr(gens[0].iter);
    this.enter(
      'function',
      () => {
        gens.forEach((g, i) => {
          if (i > 0) this.expr(g.iter);
          this.expr(g.target);
          for (const c of g.ifs) this.expr(c);
        });
        elt();
      },
      true,
    );
  }
}

/** Direct sub-expressions of an expression (those visited in the same scope). */
function childExprs(e: A.expr): A.expr[] {
  switch (e._type) {
    case 'BoolOp':
      return e.values;
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'Dict':
      return [...e.keys.filter((k): k is A.expr => k !== null), ...e.values];
    case 'Set':
    case 'List':
    case 'Tuple':
      return e.elts;
    case 'Yield':
      return e.value ? [e.value] : [];
    case 'YieldFrom':
      return [e.value];
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'Call':
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue':
      return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case 'JoinedStr':
      return e.values;
    case 'Attribute':
      return [e.value];
    case 'Subscript':
      return [e.value, e.slice];
    case 'Starred':
      return [e.value];
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is A.expr => x !== null);
    case 'NamedExpr':
      return [e.target, e.value];
    default:
      return [];
  }
}

// ---- symbol table: analysis ---------------------------------------------------------------------

/** analyze_block: this block's names first (in first-use order), then its children. */
function analyzeBlock(scope: Scope, bound: Set<string> | null, err: ErrFn): void {
  for (const [name, flags] of scope.symbols) {
    if (flags & DEF_GLOBAL && flags & DEF_NONLOCAL) {
      throw err(`name '${name}' is nonlocal and global`, scope.directives.get(name) as A.Position);
    }
    if (flags & DEF_NONLOCAL) {
      const at = scope.directives.get(name) as A.Position;
      if (bound === null) throw err('nonlocal declaration not allowed at module level', at);
      if (!bound.has(name)) throw err(`no binding for nonlocal '${name}' found`, at);
    }
  }
  let newbound: Set<string> | null;
  if (scope.type === 'class') {
    // methods see the implicit __class__ cell (used by super())
    newbound = new Set(bound ?? []);
    newbound.add('__class__');
  } else {
    newbound = new Set(bound ?? []);
    if (scope.type === 'function') {
      for (const [name, flags] of scope.symbols) {
        if (flags & (DEF_BOUND | DEF_NONLOCAL) && !(flags & DEF_GLOBAL)) newbound.add(name);
      }
    }
  }
  for (const c of scope.children) analyzeBlock(c, scope.type === 'module' ? new Set() : newbound, err);
}

// ---- compiler -------------------------------------------------------------------------------------

class CompilerChecks {
  private inFunction = false;
  private loops = 0;
  constructor(private readonly err: ErrFn) {}

  module(mod: A.Module): void {
    this.stmts(mod.body);
  }

  private stmts(b: A.stmt[]): void {
    for (const s of b) this.stmt(s);
  }

  private block(inFunction: boolean, f: () => void): void {
    const saved = [this.inFunction, this.loops] as const;
    this.inFunction = inFunction;
    this.loops = 0;
    try {
      f();
    } finally {
      [this.inFunction, this.loops] = saved;
    }
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef': {
        for (const d of s.decorator_list) this.expr(d);
        this.arguments(s.args);
        // annotations are evaluated at definition time (no `from __future__ import annotations`)
        const a = s.args;
        for (const x of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) {
          if (x?.annotation) this.expr(x.annotation, x === a.vararg);
        }
        if (s.returns) this.expr(s.returns);
        this.debugArgs(s.args, s);
        this.block(true, () => this.stmts(s.body));
        return;
      }
      case 'ClassDef':
        for (const d of s.decorator_list) this.expr(d);
        for (const b of s.bases) this.expr(b, true);
        this.keywords(s.keywords);
        this.block(false, () => this.stmts(s.body));
        return;
      case 'Return':
        if (!this.inFunction) throw this.err("'return' outside function", s);
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        return;
      case 'AugAssign':
        this.expr(s.value);
        this.expr(s.target);
        return;
      case 'AnnAssign':
        if (s.target._type === 'Name') this.forbidden(s.target.id, 'Store', s);
        if (s.value) this.expr(s.value);
        this.expr(s.target);
        this.expr(s.annotation);
        return;
      case 'For':
        this.expr(s.iter);
        this.target(s.target);
        this.loops++;
        this.stmts(s.body);
        this.loops--;
        this.stmts(s.orelse);
        return;
      case 'While':
        this.expr(s.test);
        this.loops++;
        this.stmts(s.body);
        this.loops--;
        this.stmts(s.orelse);
        return;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.target(it.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Break':
        if (this.loops === 0) throw this.err("'break' outside loop", s);
        return;
      case 'Continue':
        if (this.loops === 0) throw this.err("'continue' not properly in loop", s);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') continue;
          this.forbidden(a.asname ?? a.name.split('.')[0], 'Store', a);
        }
        return;
      default:
        return;
    }
  }

  private arguments(a: A.arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d !== null) this.expr(d);
  }

  private keywords(kws: A.keyword[]): void {
    const seen = new Set<string>();
    for (const k of kws) {
      if (k.arg !== null) {
        this.forbidden(k.arg, 'Store', k);
        if (seen.has(k.arg)) throw this.err(`keyword argument repeated: ${k.arg}`, k);
        seen.add(k.arg);
      }
    }
    for (const k of kws) this.expr(k.value);
  }

  /** An assignment target: starred rules of compiler_visit_expr / unpack_helper. */
  private target(t: A.expr): void {
    if (t._type === 'Starred') throw this.err('starred assignment target must be in a list or tuple', t);
    this.targetInner(t);
  }

  private targetInner(t: A.expr): void {
    if (t._type === 'Tuple' || t._type === 'List') {
      let seen = false;
      for (const e of t.elts) {
        if (e._type === 'Starred') {
          if (seen) throw this.err('multiple starred expressions in assignment', t);
          seen = true;
        }
      }
      for (const e of t.elts) this.targetInner(e._type === 'Starred' ? e.value : e);
      return;
    }
    if (t._type === 'Starred') {
      throw this.err('starred assignment target must be in a list or tuple', t);
    }
    this.expr(t);
  }

  /** forbidden_name: __debug__ can be neither assigned nor deleted. */
  private forbidden(name: string, ctx: A.expr_context, at: A.Position): void {
    if (name === '__debug__' && ctx !== 'Load') {
      throw this.err(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', at);
    }
  }

  private debugArgs(a: A.arguments, lambda: A.Position | null = null): void {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const x of all) this.forbidden(x.arg, 'Store', lambda ?? x);
  }

  /** starOk: this expression sits where `*x` is allowed (display element, call argument). */
  private expr(e: A.expr, starOk = false): void {
    switch (e._type) {
      case 'Name':
        this.forbidden(e.id, e.ctx, e);
        return;
      case 'Attribute':
        this.forbidden(e.attr, e.ctx, e);
        this.expr(e.value);
        return;
      case 'Starred':
        if (!starOk && e.ctx === 'Load') throw this.err("can't use starred expression here", e);
        this.expr(e.value);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        if (e._type !== 'Set' && e.ctx !== 'Load') {
          this.targetInner(e);
          return;
        }
        for (const x of e.elts) this.expr(x, true);
        return;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a, true);
        for (const k of e.keywords) if (k.arg !== null) this.forbidden(k.arg, 'Store', e);
        this.keywords(e.keywords);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (!this.inFunction) throw this.err("'yield' outside function", e);
        if (e.value) this.expr(e.value);
        return;
      case 'Lambda':
        this.arguments(e.args);
        this.debugArgs(e.args, e);
        this.block(true, () => this.expr(e.body));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        const gens = e.generators;
        this.expr(gens[0].iter);
        this.block(true, () => {
          gens.forEach((g, i) => {
            if (i > 0) this.expr(g.iter);
            this.target(g.target);
            for (const c of g.ifs) this.expr(c);
          });
          if (e._type === 'DictComp') {
            this.expr(e.key);
            this.expr(e.value);
          } else this.expr(e.elt);
        });
        return;
      }
      default:
        for (const c of childExprs(e)) this.expr(c);
    }
  }
}
