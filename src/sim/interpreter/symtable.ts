/**
 * Scope analysis (CPython's Python/symtable.c, simplified): decides for every name in every
 * scope whether it is a fast local, a cell, a free variable, a global or a class-namespace name.
 */
import type * as A from '../parse/ast.ts';

export type ScopeKind = 'module' | 'function' | 'class' | 'comp';

export class Scope {
  kind: ScopeKind;
  name: string;
  parent: Scope | null;
  params: string[] = [];
  /** Names bound in this scope, in order of first binding (params first). */
  bound: string[] = [];
  boundSet = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  uses = new Set<string>();
  children: Scope[] = [];
  /** Locals captured by inner scopes. */
  cells = new Set<string>();
  /** Names this scope takes from enclosing scopes (in order of discovery). */
  frees: string[] = [];
  freeSet = new Set<string>();
  usesSuper = false;
  constructor(kind: ScopeKind, name: string, parent: Scope | null) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    parent?.children.push(this);
  }
  bind(name: string): void {
    if (!this.boundSet.has(name)) {
      this.boundSet.add(name);
      this.bound.push(name);
    }
  }
  isLocal(name: string): boolean {
    return this.boundSet.has(name) && !this.globals.has(name) && !this.nonlocals.has(name);
  }
}

export class SymbolTable {
  scopes = new Map<object, Scope>();
  top: Scope;
  constructor(mod: A.Module) {
    this.top = new Scope('module', '<module>', null);
    this.scopes.set(mod, this.top);
    for (const s of mod.body) this.stmt(s, this.top);
    this.resolve(this.top);
  }

  private stmt(s: A.stmt, sc: Scope): void {
    switch (s._type) {
      case 'FunctionDef': {
        for (const d of s.decorator_list) this.expr(d, sc);
        this.args(s.args, sc);
        this.annotations(s.args, s.returns, sc);
        sc.bind(s.name);
        const fs = new Scope('function', s.name, sc);
        this.scopes.set(s, fs);
        this.params(s.args, fs);
        for (const b of s.body) this.stmt(b, fs);
        break;
      }
      case 'ClassDef': {
        for (const d of s.decorator_list) this.expr(d, sc);
        for (const b of s.bases) this.expr(b, sc);
        for (const k of s.keywords) this.expr(k.value, sc);
        sc.bind(s.name);
        const cs = new Scope('class', s.name, sc);
        this.scopes.set(s, cs);
        for (const b of s.body) this.stmt(b, cs);
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value, sc);
        break;
      case 'Delete':
        for (const t of s.targets) this.expr(t, sc);
        break;
      case 'Assign':
        this.expr(s.value, sc);
        for (const t of s.targets) this.expr(t, sc);
        break;
      case 'AugAssign':
        this.expr(s.value, sc);
        this.expr(s.target, sc);
        if (s.target._type === 'Name') sc.uses.add(s.target.id);
        break;
      case 'AnnAssign':
        if (s.value) this.expr(s.value, sc);
        this.expr(s.target, sc);
        // CPython's symtable visits every annotation (its compiler evaluates some: the compiler
        // model needs their comprehensions' and lambdas' scopes)
        this.expr(s.annotation, sc);
        break;
      case 'For':
        this.expr(s.iter, sc);
        this.expr(s.target, sc);
        for (const b of s.body) this.stmt(b, sc);
        for (const b of s.orelse) this.stmt(b, sc);
        break;
      case 'While':
      case 'If':
        this.expr(s.test, sc);
        for (const b of s.body) this.stmt(b, sc);
        for (const b of s.orelse) this.stmt(b, sc);
        break;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context_expr, sc);
          if (it.optional_vars) this.expr(it.optional_vars, sc);
        }
        for (const b of s.body) this.stmt(b, sc);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc, sc);
        if (s.cause) this.expr(s.cause, sc);
        break;
      case 'Try':
        for (const b of s.body) this.stmt(b, sc);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, sc);
          if (h.name) sc.bind(h.name);
          for (const b of h.body) this.stmt(b, sc);
        }
        for (const b of s.orelse) this.stmt(b, sc);
        for (const b of s.finalbody) this.stmt(b, sc);
        break;
      case 'Assert':
        this.expr(s.test, sc);
        if (s.msg) this.expr(s.msg, sc);
        break;
      case 'Import':
        for (const a of s.names) sc.bind(a.asname ?? a.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of s.names) sc.bind(a.asname ?? a.name);
        break;
      case 'Global':
        for (const n of s.names) sc.globals.add(n);
        break;
      case 'Nonlocal':
        for (const n of s.names) sc.nonlocals.add(n);
        break;
      case 'Expr':
        this.expr(s.value, sc);
        break;
    }
  }

  /** symtable_visit_annotations: parameter and return annotations, in the defining scope. */
  private annotations(a: A.arguments, returns: A.expr | null, sc: Scope): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      if (arg.annotation) this.expr(arg.annotation, sc);
    }
    if (returns) this.expr(returns, sc);
  }

  private args(a: A.arguments, sc: Scope): void {
    for (const d of a.defaults) this.expr(d, sc);
    for (const d of a.kw_defaults) if (d) this.expr(d, sc);
  }

  private params(a: A.arguments, fs: Scope): void {
    const names = [...a.posonlyargs, ...a.args].map((x) => x.arg);
    for (const k of a.kwonlyargs) names.push(k.arg);
    if (a.vararg) names.splice(names.length - a.kwonlyargs.length, 0, a.vararg.arg);
    if (a.kwarg) names.push(a.kwarg.arg);
    // CPython orders co_varnames: positional, keyword-only, *args, **kwargs
    const ordered = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((x) => x.arg);
    if (a.vararg) ordered.push(a.vararg.arg);
    if (a.kwarg) ordered.push(a.kwarg.arg);
    fs.params = ordered;
    for (const n of ordered) fs.bind(n);
    void names;
  }

  private comp(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, sc: Scope, elts: A.expr[]): void {
    const gens = node.generators;
    this.expr(gens[0].iter, sc);
    const cs = new Scope('comp', node._type === 'GeneratorExp' ? '<genexpr>' : `<${node._type === 'ListComp' ? 'listcomp' : node._type === 'SetComp' ? 'setcomp' : 'dictcomp'}>`, sc);
    this.scopes.set(node, cs);
    cs.params = ['.0'];
    cs.bind('.0');
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.expr(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    for (const e of elts) this.expr(e, cs);
  }

  private expr(e: A.expr, sc: Scope): void {
    switch (e._type) {
      case 'Name':
        if (e.ctx === 'Load') {
          sc.uses.add(e.id);
          if (e.id === 'super') sc.usesSuper = true;
        } else sc.bind(e.id);
        break;
      case 'BoolOp':
        for (const v of e.values) this.expr(v, sc);
        break;
      case 'NamedExpr': {
        this.expr(e.value, sc);
        let t: Scope = sc;
        while (t.kind === 'comp' && t.parent) t = t.parent;
        t.bind(e.target.id);
        if (t !== sc) sc.uses.add(e.target.id);
        break;
      }
      case 'BinOp':
        this.expr(e.left, sc);
        this.expr(e.right, sc);
        break;
      case 'UnaryOp':
        this.expr(e.operand, sc);
        break;
      case 'Lambda': {
        this.args(e.args, sc);
        const fs = new Scope('function', '<lambda>', sc);
        this.scopes.set(e, fs);
        this.params(e.args, fs);
        this.expr(e.body, fs);
        break;
      }
      case 'IfExp':
        this.expr(e.test, sc);
        this.expr(e.body, sc);
        this.expr(e.orelse, sc);
        break;
      case 'Dict':
        e.keys.forEach((k) => k && this.expr(k, sc));
        for (const v of e.values) this.expr(v, sc);
        break;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const v of e.elts) this.expr(v, sc);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comp(e, sc, [e.elt]);
        break;
      case 'DictComp':
        this.comp(e, sc, [e.key, e.value]);
        break;
      case 'Yield':
        if (e.value) this.expr(e.value, sc);
        break;
      case 'YieldFrom':
        this.expr(e.value, sc);
        break;
      case 'Compare':
        this.expr(e.left, sc);
        for (const c of e.comparators) this.expr(c, sc);
        break;
      case 'Call':
        this.expr(e.func, sc);
        for (const a of e.args) this.expr(a, sc);
        for (const k of e.keywords) this.expr(k.value, sc);
        break;
      case 'FormattedValue':
        this.expr(e.value, sc);
        if (e.format_spec) this.expr(e.format_spec, sc);
        break;
      case 'JoinedStr':
        for (const v of e.values) this.expr(v, sc);
        break;
      case 'Attribute':
        this.expr(e.value, sc);
        break;
      case 'Subscript':
        this.expr(e.value, sc);
        this.expr(e.slice, sc);
        break;
      case 'Starred':
        this.expr(e.value, sc);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower, sc);
        if (e.upper) this.expr(e.upper, sc);
        if (e.step) this.expr(e.step, sc);
        break;
    }
  }

  /** Link free names to the enclosing function scope that binds them. */
  private resolve(sc: Scope): void {
    if (sc.kind !== 'module') {
      const wanted = new Set<string>([...sc.uses, ...sc.nonlocals]);
      if (sc.usesSuper && sc.kind === 'function') wanted.add('__class__');
      for (const name of wanted) {
        if (sc.globals.has(name)) continue;
        if (sc.kind !== 'class' && sc.isLocal(name)) continue;
        if (sc.kind === 'class' && sc.boundSet.has(name)) continue;
        this.findFree(sc, name);
      }
    }
    for (const c of sc.children) this.resolve(c);
  }

  private findFree(sc: Scope, name: string): void {
    const chain: Scope[] = [sc];
    let p = sc.parent;
    while (p !== null) {
      if (p.kind === 'module') return;
      if (p.kind === 'class') {
        if (name === '__class__') return; // zero-argument super() uses the frame's function
        chain.push(p);
        p = p.parent;
        continue;
      }
      if (p.globals.has(name)) return;
      if (p.isLocal(name)) {
        p.cells.add(name);
        for (const c of chain) {
          if (!c.freeSet.has(name)) {
            c.freeSet.add(name);
            c.frees.push(name);
          }
        }
        return;
      }
      chain.push(p);
      p = p.parent;
    }
  }
}
