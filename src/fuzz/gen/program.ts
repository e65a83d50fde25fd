/**
 * Whole programs of the simulator's subset that print what they compute: classes with a
 * `__repr__` (so no address is ever printed), typed helper functions, then statements —
 * assignments, aliasing and mutation, prints, refcounts of fresh containers, control flow,
 * caught exceptions, reference cycles with `gc.collect()`. Deterministic under CPython
 * (no ids, no hash order of str sets) so CPython's output is the expected output.
 *
 * `chaos` adds constructs fine for "never an internal error" fuzzing but not for comparing
 * with CPython (endless loops, deep recursion, addresses, huge values).
 */
import type { Choices } from '../choices.ts';
import { chance, oneOf } from '../choices.ts';
import type { Feature } from './expr.ts';
import { ExprGen } from './expr.ts';
import type { ClassInfo, FuncInfo, Ty, Var } from './scope.ts';
import { CONTAINER_TYPES, Scope } from './scope.ts';
import { KEYS, SUBSTRS } from './literals.ts';
import { chaosStatement } from './chaos.ts';

export interface GenOptions {
  /** Statements at module level (blocks add more inside). */
  statements: number;
  chaos?: boolean;
  /** Percent chance that the program ends with an uncaught exception (traceback on stderr). */
  uncaughtPercent?: number;
  exclude?: ReadonlySet<Feature>;
}

const SAFE_DEFAULT: Record<Ty, string> = {
  int: '0', float: '0.0', bool: 'False', str: "''", none: 'None', 'list[int]': '[]', 'list[str]': '[]',
  'list[any]': '[]', dict: '{}', set: 'set()', tuple: '()', inst: 'None',
};

export class ProgramGen {
  readonly lines: string[] = [];
  private indent = 0;
  private scope: Scope;
  private readonly classes: ClassInfo[] = [];
  private readonly funcs: FuncInfo[] = [];
  private counter = 0;
  private loopDepth = 0;
  readonly x: ExprGen;
  private readonly exclude: ReadonlySet<Feature>;

  constructor(
    readonly c: Choices,
    private readonly opts: GenOptions,
  ) {
    this.scope = new Scope(null, false);
    this.exclude = opts.exclude ?? new Set();
    this.x = new ExprGen({ c, scope: this.scope, classes: this.classes, funcs: this.funcs, exclude: this.exclude });
  }

  generate(): string {
    this.emit('import gc, sys');
    const nClasses = 1 + this.c.pick(2);
    for (let i = 0; i < nClasses; i++) this.classDef();
    const nFuncs = this.c.pick(3);
    for (let i = 0; i < nFuncs; i++) this.funcDef();
    for (let i = 0; i < this.opts.statements; i++) this.statement(2);
    if (chance(this.c, this.opts.uncaughtPercent ?? 0)) this.uncaught();
    return this.lines.join('\n') + '\n';
  }

  emit(line: string): void {
    this.lines.push('    '.repeat(this.indent) + line);
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  private setScope(s: Scope): Scope {
    const old = this.scope;
    this.scope = s;
    this.x.ctx.scope = s;
    return old;
  }

  /** An expression, plus whether evaluating it may raise. */
  expr(ty: Ty, depth = 2): { code: string; risky: boolean } {
    this.x.risky = false;
    const code = this.x.gen(ty, depth);
    return { code, risky: this.x.risky };
  }

  /** `body` inside try/except printing the exception, or bare when it cannot raise. */
  guarded(risky: boolean, body: () => void, onError?: () => void): void {
    if (!risky && !chance(this.c, 5)) {
      body();
      return;
    }
    this.emit('try:');
    this.indent++;
    body();
    this.indent--;
    this.emit(`except ${oneOf(this.c, ['Exception', 'Exception', '(ValueError, TypeError, ZeroDivisionError, IndexError, KeyError, OverflowError, AttributeError, AssertionError)', 'BaseException'])} as e:`);
    this.indent++;
    this.emit(oneOf(this.c, ['print(type(e).__name__, e)', "print(type(e).__name__ + ':', str(e))", 'print(repr(e))', 'print(type(e).__name__, e.args)']));
    onError?.();
    this.indent--;
  }

  private classDef(): void {
    const name = `C${this.classes.length}`;
    const base = this.classes.length > 0 && chance(this.c, 40) ? this.classes[0] : null;
    const hasDel = chance(this.c, 25) && !this.exclude.has('del');
    this.emit(`class ${name}${base ? `(${base.name})` : ''}:`);
    this.indent++;
    this.emit(`kind = '${name.toLowerCase()}'`);
    if (!base || chance(this.c, 50)) {
      this.emit('def __init__(self, x):');
      this.emit('    self.x = x');
    }
    this.emit('def __repr__(self):');
    this.emit(`    return f'${name}({self.x!r})'`);
    this.emit('def get(self):');
    this.emit(base ? '    return super().get() + 1' : `    return self.x * ${1 + this.c.pick(3)}`);
    if (chance(this.c, 30)) {
      this.emit('def __eq__(self, other):');
      this.emit(`    return isinstance(other, ${name}) and self.x == other.x`);
      if (chance(this.c, 50)) {
        this.emit('def __hash__(self):');
        this.emit('    return hash(self.x)');
      }
    }
    if (hasDel) {
      this.emit('def __del__(self):');
      this.emit(`    print('del ${name}', self.x)`);
    }
    this.indent--;
    this.classes.push({ name, base: base?.name ?? null, hasDel });
  }

  private funcDef(): void {
    const name = `f${this.funcs.length}`;
    const params: Ty[] = Array.from({ length: 1 + this.c.pick(2) }, () => oneOf(this.c, ['int', 'str', 'list[int]', 'dict'] as Ty[]));
    const ret: Ty = oneOf(this.c, ['int', 'str'] as Ty[]);
    const local = new Scope(null, true);
    const names = params.map((ty, i) => {
      const v: Var = { name: `p${i}`, ty };
      local.add(v);
      return v.name;
    });
    const defaults = chance(this.c, 30) ? `=${SAFE_DEFAULT[params[params.length - 1]]}` : '';
    this.emit(`def ${name}(${names.join(', ')}${defaults}):`);
    this.indent++;
    const outer = this.setScope(local);
    const n = 1 + this.c.pick(3);
    for (let i = 0; i < n; i++) this.statement(1);
    const r = this.expr(ret, 1);
    this.guarded(r.risky, () => this.emit(`return ${r.code}`));
    this.emit(`return ${SAFE_DEFAULT[ret]}`);
    this.setScope(outer);
    this.indent--;
    this.funcs.push({ name, params, ret });
  }

  /** One statement (maybe compound); `nest` bounds block depth. */
  statement(nest: number): void {
    if (this.opts.chaos && chance(this.c, 8)) {
      chaosStatement(this);
      return;
    }
    const k = this.c.pick(nest > 0 ? 30 : 22);
    switch (k) {
      case 0: case 1: case 2: return this.printStmt();
      case 3: case 4: case 5: return this.assignNew();
      case 6: return this.reassign();
      case 7: return this.augAssign();
      case 8: return this.alias();
      case 9: case 10: return this.mutate();
      case 11: return this.refcount();
      case 12: return this.identity();
      case 13: return this.delName();
      case 14: return this.cycle();
      case 15: return this.raiseCaught();
      case 16: return this.callStmt();
      case 17: return this.unpack();
      case 18: return this.attrStmt();
      case 19: return this.printMulti();
      case 20: return this.assertStmt();
      case 21: return this.printStmt();
      case 22: case 23: return this.ifStmt(nest - 1);
      case 24: case 25: return this.forStmt(nest - 1);
      case 26: return this.whileStmt(nest - 1);
      case 27: return this.tryStmt(nest - 1);
      case 28: return this.funcRefcount();
      default: return this.compStmt();
    }
  }

  private printStmt(): void {
    const ty = this.x.anyType();
    const e = this.expr(ty);
    this.guarded(e.risky, () => this.emit(`print(${e.code})`));
  }

  private printMulti(): void {
    const a = this.expr(this.x.anyType(), 1);
    const ar = a.risky;
    const b = this.expr(this.x.anyType(), 1);
    const kw = oneOf(this.c, ['', ", sep=' | '", ", end='!\\n'", ", sep=''", ", sep=', ', end='.\\n'"]);
    this.guarded(ar || b.risky, () => this.emit(`print(${a.code}, ${b.code}${kw})`));
  }

  private assignNew(): void {
    const ty = this.x.anyType();
    const e = this.expr(ty);
    const name = this.fresh(ty === 'inst' ? 'o' : ty.startsWith('list') ? 'L' : ty === 'dict' ? 'd' : ty === 'set' ? 's' : 'v');
    this.guarded(e.risky, () => this.emit(`${name} = ${e.code}`), () => this.emit(`${name} = ${SAFE_DEFAULT[ty]}`));
    // A failed instance creation leaves None behind: track it as what it then is.
    this.scope.add({ name, ty: ty === 'inst' && e.risky ? 'none' : ty });
  }

  private reassign(): void {
    const own = this.scope.vars;
    if (own.length === 0) return this.assignNew();
    const v = oneOf(this.c, own);
    if (v.ty === 'inst' || v.ty === 'none') return this.assignNew();
    const e = this.expr(v.ty);
    this.guarded(e.risky, () => this.emit(`${v.name} = ${e.code}`));
  }

  private augAssign(): void {
    const nums = this.scope.ownOfType('int');
    const strs = this.scope.ownOfType('str');
    const lists = this.scope.ownOfType('list[int]');
    const pickFrom = [nums.length ? 'int' : '', strs.length ? 'str' : '', lists.length ? 'list' : ''].filter(Boolean);
    if (pickFrom.length === 0) return this.assignNew();
    const what = oneOf(this.c, pickFrom);
    if (what === 'int') {
      const v = oneOf(this.c, nums).name;
      const op = oneOf(this.c, ['+=', '-=', '*=', '//=', '%=', '|=', '^=']);
      const e = this.expr('int', 1);
      this.guarded(e.risky || op === '//=' || op === '%=', () => this.emit(`${v} ${op} ${e.code}`));
    } else if (what === 'str') {
      const v = oneOf(this.c, strs).name;
      const e = this.expr('str', 1);
      this.guarded(e.risky, () => this.emit(`${v} += ${e.code}`));
    } else {
      const v = oneOf(this.c, lists).name;
      const e = this.expr('list[int]', 1);
      const code = this.c.pick(3) === 0 ? `${v} *= ${this.c.pick(3)}` : `${v} += ${e.code}`;
      this.guarded(e.risky, () => this.emit(code));
    }
  }

  private containerVar(): Var | null {
    const vs = this.scope.visible().filter((v) => CONTAINER_TYPES.includes(v.ty));
    return vs.length ? oneOf(this.c, vs) : null;
  }

  private alias(): void {
    const v = this.containerVar();
    if (!v) return this.assignNew();
    const name = this.fresh('a');
    this.emit(`${name} = ${v.name}`);
    this.scope.add({ name, ty: v.ty });
    if (chance(this.c, 50)) this.emit(`print(${name} is ${v.name}, ${name} == ${v.name})`);
  }

  private mutate(): void {
    const v = this.containerVar();
    if (!v) return this.assignNew();
    const n = v.name;
    const elem = (ty: Ty) => this.expr(ty, 1);
    switch (v.ty) {
      case 'list[int]': case 'list[str]': case 'list[any]': {
        const et: Ty = v.ty === 'list[int]' ? 'int' : v.ty === 'list[str]' ? 'str' : this.x.anyType();
        const e = elem(et);
        const ops: Array<[string, boolean]> = [
          [`${n}.append(${e.code})`, false],
          [`${n}.extend([${e.code}, ${e.code}])`, false],
          [`${n}.insert(${this.c.pick(5) - 2}, ${e.code})`, false],
          [`print(${n}.pop())`, true],
          [`${n}.remove(${e.code})`, true],
          [`${n}.reverse()`, false],
          [`${n}[${this.c.pick(5) - 2}] = ${e.code}`, true],
          [`del ${n}[${this.c.pick(5) - 2}]`, true],
          [`${n}[1:3] = [${e.code}]`, false],
          [`${n}.clear()`, false],
          [`print(${n}.index(${e.code}))`, true],
          [`print(${n}.count(${e.code}))`, false],
        ];
        if (v.ty !== 'list[any]') ops.push([`${n}.sort(${oneOf(this.c, ['', 'reverse=True'])})`, false]);
        const [code, risky] = oneOf(this.c, ops);
        this.guarded(risky || e.risky, () => this.emit(code));
        break;
      }
      case 'dict': {
        const k = oneOf(this.c, KEYS);
        const e = elem('int');
        const [code, risky] = oneOf(this.c, [
          [`${n}[${k}] = ${e.code}`, false],
          [`del ${n}[${k}]`, true],
          [`print(${n}.pop(${k}))`, true],
          [`print(${n}.pop(${k}, None))`, false],
          [`print(${n}.setdefault(${k}, ${e.code}))`, false],
          [`${n}.update({${k}: ${e.code}})`, false],
          [`${n}.clear()`, false],
          [`print(${n}.popitem())`, true],
          [`print(list(${n}.items()))`, false],
        ] as Array<[string, boolean]>);
        this.guarded(risky || e.risky, () => this.emit(code));
        break;
      }
      case 'set': {
        const e = elem('int');
        const [code, risky] = oneOf(this.c, [
          [`${n}.add(${e.code})`, false],
          [`${n}.discard(${e.code})`, false],
          [`${n}.remove(${e.code})`, true],
          [`${n}.update(${this.expr('list[int]', 1).code})`, true],
          [`print(${n}.pop())`, true],
          [`${n} |= {${e.code}}`, false],
        ] as Array<[string, boolean]>);
        this.guarded(risky || e.risky, () => this.emit(code));
        break;
      }
      default:
        return this.attrStmt();
    }
  }

  private attrStmt(): void {
    const insts = this.scope.visible().filter((v) => v.ty === 'inst');
    if (insts.length === 0) return this.assignNew();
    const o = oneOf(this.c, insts).name;
    switch (this.c.pick(5)) {
      case 0: {
        const e = this.expr('int', 1);
        this.guarded(e.risky, () => this.emit(`${o}.x = ${e.code}`));
        break;
      }
      case 1: {
        const w = this.containerVar();
        this.emit(`${o}.ref = ${w ? w.name : '[]'}`);
        break;
      }
      case 2: this.guarded(true, () => this.emit(`print(${o}.ref)`)); break;
      case 3: this.emit(`print(${o}.x, ${o}.get(), ${o}.kind, type(${o}).__name__)`); break;
      default: this.guarded(true, () => this.emit(`print(${o}.${oneOf(this.c, ['missing', 'y', 'ref', 'kind'])})`));
    }
  }

  private refcount(): void {
    const v = this.containerVar();
    if (!v) {
      const name = this.fresh('L');
      this.emit(`${name} = [${this.c.pick(10)}]`);
      this.scope.add({ name, ty: 'list[int]' });
      this.emit(`print(sys.getrefcount(${name}))`);
      return;
    }
    this.emit(`print(sys.getrefcount(${v.name}))`);
  }

  private identity(): void {
    const vs = this.scope.visible();
    if (vs.length < 2) return this.printStmt();
    const a = oneOf(this.c, vs);
    const b = oneOf(this.c, vs);
    this.emit(`print(${a.name} is ${b.name}, id(${a.name}) == id(${b.name}))`);
  }

  private delName(): void {
    const own = this.scope.vars.filter((v) => !v.name.startsWith('p'));
    if (own.length === 0 || this.indent > (this.scope.isFunction ? 1 : 0)) return this.printStmt();
    const v = oneOf(this.c, own);
    this.emit(`del ${v.name}`);
    this.scope.remove(v.name);
  }

  /** A reference cycle among fresh objects, names dropped, then what the collector finds. */
  private cycle(): void {
    if (this.exclude.has('gc')) return this.refcount();
    const a = this.fresh('cy');
    const b = this.fresh('cy');
    const cls = oneOf(this.c, this.classes).name;
    switch (this.c.pick(5)) {
      case 0:
        this.emit(`${a} = []`);
        this.emit(`${a}.append(${a})`);
        this.emit(`print(${a}, sys.getrefcount(${a}))`);
        this.emit(`del ${a}`);
        break;
      case 1:
        this.emit(`${a} = ${cls}(${this.c.pick(9)})`);
        this.emit(`${b} = ${cls}(${this.c.pick(9)})`);
        this.emit(`${a}.other = ${b}`);
        this.emit(`${b}.other = ${a}`);
        this.emit(`print(sys.getrefcount(${a}), sys.getrefcount(${b}))`);
        this.emit(oneOf(this.c, [`del ${a}, ${b}`, `del ${a}`, `${a} = None`, `${b} = ${a} = 0`]));
        break;
      case 2:
        this.emit(`${a} = {${oneOf(this.c, KEYS)}: ${this.c.pick(9)}}`);
        this.emit(`${a}['self'] = ${a}`);
        this.emit(`${b} = [${a}, [${a}]]`);
        this.emit(`del ${a}`);
        this.emit(`print(len(${b}))`);
        this.emit(oneOf(this.c, [`del ${b}`, `${b}.clear()`, `${b}.pop()`]));
        break;
      case 3:
        this.emit(`${a} = ${cls}(${this.c.pick(9)})`);
        this.emit(`${a}.me = ${a}`);
        this.emit(`${a}.tail = [${cls}(${this.c.pick(9)}), {'k': [1, 2]}]`);
        this.emit(`${a} = None`);
        break;
      default: {
        const n = 2 + this.c.pick(4);
        this.emit(`${a} = [[] for _ in range(${n})]`);
        this.emit(`for i in range(${n}):`);
        this.emit(`    ${a}[i].append(${a}[(i + 1) % ${n}])`);
        this.emit(`${b} = ${a}[0]`);
        this.emit(`del ${a}`);
        this.emit(`print(sys.getrefcount(${b}))`);
        this.emit(oneOf(this.c, [`del ${b}`, `${b} = 1`, 'pass']));
      }
    }
    this.emit(oneOf(this.c, ['print(gc.collect())', "print('collected', gc.collect())", 'print(gc.collect(), gc.collect())']));
  }

  private raiseCaught(): void {
    const exc = oneOf(this.c, ['ValueError', 'TypeError', 'KeyError', 'RuntimeError', 'IndexError', 'ZeroDivisionError', 'Exception', 'AssertionError', 'NameError']);
    const arg = oneOf(this.c, ["'boom'", '', '42', "'a', 'b'", "'x' * 3", "f'{1 + 1}'", "''"]);
    this.emit('try:');
    this.emit(`    raise ${exc}(${arg})`);
    this.emit(`except ${exc} as e:`);
    this.emit(`    print(type(e).__name__, str(e), repr(e), e.args)`);
    if (chance(this.c, 30)) this.emit(`finally:\n${'    '.repeat(this.indent)}    print('finally')`);
  }

  private callStmt(): void {
    if (this.funcs.length === 0) return this.printStmt();
    const f = oneOf(this.c, this.funcs);
    const args = f.params.map((p) => this.x.gen(p, 1));
    this.guarded(true, () => this.emit(`print(${f.name}(${args.join(', ')}))`));
  }

  /** Refcounts seen from inside a function: parameter, local, argument (3.11 moves arguments into the frame). */
  private funcRefcount(): void {
    const f = this.fresh('rc');
    const v = this.containerVar();
    this.emit(`def ${f}(p, q=None):`);
    this.emit(`    loc = [p]`);
    // q defaults to None, a cached object: its count is not the program's to predict.
    this.emit(`    print(sys.getrefcount(p), sys.getrefcount(loc)${chance(this.c, 50) ? ', q is p' : ''})`);
    this.emit(`    return loc`);
    const arg = v ? v.name : '[]';
    this.emit(oneOf(this.c, [`${f}(${arg})`, `print(len(${f}(${arg}, ${arg})))`, `keep = ${f}(${arg})\nprint(sys.getrefcount(keep))`.replace('\n', '\n' + '    '.repeat(this.indent))]));
  }

  private unpack(): void {
    const a = this.fresh('u');
    const b = this.fresh('u');
    switch (this.c.pick(3)) {
      case 0: {
        const x = this.expr('int', 1);
        const y = this.expr('str', 1);
        this.guarded(x.risky || y.risky, () => this.emit(`${a}, ${b} = ${x.code}, ${y.code}`), () => this.emit(`${a}, ${b} = 0, ''`));
        this.scope.add({ name: a, ty: 'int' });
        this.scope.add({ name: b, ty: 'str' });
        this.emit(`${a}, ${b} = ${a}, ${b}`);
        break;
      }
      case 1: {
        const l = this.expr('list[int]', 1);
        this.guarded(true, () => this.emit(`${a}, *${b} = ${l.code}`), () => this.emit(`${a}, ${b} = 0, []`));
        this.scope.add({ name: a, ty: 'int' });
        this.scope.add({ name: b, ty: 'list[int]' });
        break;
      }
      default: {
        const t = this.expr('tuple', 1);
        this.guarded(true, () => this.emit(`${a}, ${b} = ${t.code}`), () => this.emit(`${a} = ${b} = 0`));
        this.scope.add({ name: a, ty: 'int' });
        this.scope.add({ name: b, ty: 'int' });
      }
    }
  }

  private assertStmt(): void {
    const e = this.expr('bool', 1);
    this.guarded(true, () => this.emit(`assert ${e.code}, ${oneOf(this.c, ["'failed'", 'f"value {1 + 2}"', "'x'"])}`));
  }

  private compStmt(): void {
    const src = this.expr('list[int]', 1);
    const names = this.expr('list[str]', 1);
    const text = this.expr('str', 1);
    const risky = src.risky || names.risky || text.risky;
    const form = oneOf(this.c, [
      `[y * 2 for y in ${src.code} if y != 3]`,
      `{y: y ** 2 for y in ${src.code}}`,
      this.exclude.has('sets') ? `{y % 3: y for y in ${src.code}}` : `{y % 3 for y in ${src.code}}`,
      `[(i, y) for i, y in enumerate(${src.code})]`,
      `list(zip(${src.code}, ${names.code}))`,
      `[[y] * 2 for y in ${src.code}][:3]`,
      `sum(y for y in ${src.code} if y > 0)`,
      `min(${src.code}, default=None), max(${src.code}, default=-1)`,
      `[c for c in ${text.code} if c not in ${oneOf(this.c, SUBSTRS)}]`,
    ]);
    this.guarded(risky, () => this.emit(`print(${form})`));
  }

  private block(nest: number, n: number): void {
    this.indent++;
    const mark = this.scope.mark();
    for (let i = 0; i < n; i++) this.statement(nest);
    this.emit('pass');
    this.scope.restore(mark);
    this.indent--;
  }

  private ifStmt(nest: number): void {
    const e = this.expr('bool', 2);
    if (e.risky) return this.printStmt();
    this.emit(`if ${e.code}:`);
    this.block(nest, 1 + this.c.pick(2));
    if (chance(this.c, 40)) {
      const e2 = this.expr('bool', 1);
      if (!e2.risky) {
        this.emit(`elif ${e2.code}:`);
        this.block(nest, 1);
      }
    }
    if (chance(this.c, 50)) {
      this.emit('else:');
      this.block(nest, 1 + this.c.pick(2));
    }
  }

  private forStmt(nest: number): void {
    if (this.loopDepth >= 2) return this.printStmt();
    const v = this.fresh('i');
    const mark = this.scope.mark();
    const lists = this.scope.visible().filter((w) => w.ty === 'list[int]' || w.ty === 'list[str]');
    const k = this.c.pick(5);
    if (k === 1 && lists.length) {
      const l = oneOf(this.c, lists);
      // Iterate over a copy: the body may mutate the list.
      this.emit(`for ${v} in list(${l.name}):`);
      this.scope.add({ name: v, ty: l.ty === 'list[int]' ? 'int' : 'str' });
    } else if (k === 2) {
      this.emit(`for ${v} in ${this.expr('str', 0).code}:`);
      this.scope.add({ name: v, ty: 'str' });
    } else if (k === 3) {
      this.emit(`for ${v}, ${v}v in enumerate(${oneOf(this.c, ["'abc'", "['x', 'y']", "'é€'"])}):`);
      this.scope.add({ name: v, ty: 'int' });
    } else {
      this.emit(`for ${v} in range(${this.c.pick(4)}${oneOf(this.c, ['', ', 6', ', 0, -1', ', 9, 3'])}):`);
      this.scope.add({ name: v, ty: 'int' });
    }
    this.loopDepth++;
    this.block(nest, 1 + this.c.pick(3));
    if (chance(this.c, 20)) {
      this.indent++;
      this.emit(`if ${v} == ${k === 2 ? "'l'" : '2'}:`);
      this.emit(`    ${oneOf(this.c, ['break', 'continue'])}`);
      this.indent--;
    }
    this.loopDepth--;
    this.scope.restore(mark);
    if (chance(this.c, 20)) {
      this.emit('else:');
      this.emit("    print('loop done')");
    }
  }

  private whileStmt(nest: number): void {
    if (this.loopDepth >= 2) return this.printStmt();
    const v = this.fresh('w');
    this.emit(`${v} = 0`);
    this.emit(`while ${v} < ${1 + this.c.pick(5)}:`);
    const mark = this.scope.mark();
    this.scope.add({ name: v, ty: 'none' });
    this.loopDepth++;
    this.block(nest, 1 + this.c.pick(2));
    this.indent++;
    this.emit(`${v} += 1`);
    if (chance(this.c, 20)) this.emit(`if ${v} == 2:\n${'    '.repeat(this.indent)}    break`);
    this.indent--;
    this.loopDepth--;
    this.scope.restore(mark);
  }

  private tryStmt(nest: number): void {
    this.emit('try:');
    this.block(nest, 1 + this.c.pick(2));
    const inner = this.expr('int', 1);
    this.indent++;
    this.emit(`print(${this.c.pick(2) ? inner.code : `${this.expr('int', 0).code} // ${this.c.pick(2)}`})`);
    this.indent--;
    // Mostly a clause that matches: an uncaught error here would end the program early.
    this.emit(`except ${chance(this.c, 80) ? 'Exception' : oneOf(this.c, ['ZeroDivisionError', '(KeyError, IndexError)', 'ArithmeticError', 'LookupError'])} as e:`);
    this.emit("    print('caught', type(e).__name__, e)");
    if (chance(this.c, 40)) this.emit("except Exception:\n" + '    '.repeat(this.indent) + "    print('other')");
    if (chance(this.c, 30)) this.emit("else:\n" + '    '.repeat(this.indent) + "    print('no error')");
    if (chance(this.c, 40)) this.emit("finally:\n" + '    '.repeat(this.indent) + "    print('finally')");
  }

  /** An uncaught exception ends the program: CPython's traceback text is compared too. */
  private uncaught(): void {
    const ints = this.scope.ofType('int');
    const x = ints.length ? oneOf(this.c, ints).name : '1';
    const funcs = this.funcs;
    switch (this.c.pick(8)) {
      case 0: this.emit(`print(${x} // 0)`); break;
      case 1: this.emit(`print([1, 2, 3][${x} + 10])`); break;
      case 2: this.emit(`print({'a': 1}['missing'])`); break;
      case 3: this.emit(`print(undefined_name)`); break;
      case 4: this.emit(`print(int('abc'))`); break;
      case 5: this.emit(`print(${x} + 'a')`); break;
      case 6: this.emit(`raise ValueError('the end')`); break;
      default:
        if (funcs.length) {
          this.emit(`def boom(n):`);
          this.emit(`    return ${funcs[0].name}(${funcs[0].params.map(() => 'None').join(', ')}) + n`);
          this.emit(`boom(${x})`);
        } else {
          this.emit(`None.attr`);
        }
    }
  }
}

export function generateProgram(c: Choices, opts: GenOptions): string {
  return new ProgramGen(c, opts).generate();
}
