/**
 * A model of CPython 3.11's code generator (Python/compile.c) that keeps, per code object, only
 * what decides the gc objects the compiler makes: the constants in the order it adds them
 * (co_consts), the names (co_names), the local, cell and free variable names
 * (co_localsplusnames), and enough of the bytecode and its positions to tell when two code
 * objects' bytecode, line table or exception table are equal (the compiler merges them, so their
 * bytes keys are not kept twice). It follows compile.c function by function (`compiler_visit_expr`,
 * `compiler_call_helper`, `compiler_try_except`, `assemble`, `makecode`...), in the same order,
 * because the order of co_consts is what makes two code objects' tuples equal or not.
 */
import type * as A from '../parse/ast.ts';
import type { Scope, SymbolTable } from '../interpreter/symtable.ts';
import { ConstCache, NONE, displayText, keyText } from './constants.ts';
import type { ConstValue } from './constants.ts';
import { freeAll, tupleOf } from './ledger.ts';
import type { GcBlock, GcLedger } from './ledger.ts';
import type { Folded } from './optimizer.ts';
import { literalValue, setItems } from './optimizer.ts';

type UnitKind = 'module' | 'function' | 'lambda' | 'class' | 'comp';
type Node = { _type?: string } & Record<string, unknown>;

/** What a code object ends up with (compared with CPython's by compile-model.test.ts). */
export interface CodeSummary {
  name: string;
  consts: string[];
  names: string[];
  lpn: string[];
  /** Whether its bytecode, line table, exception table equal an earlier code object's. */
  sameCode: boolean;
  sameLines: boolean;
  sameExc: boolean;
  /** Its co_consts tuple is an earlier code object's (equal tuples are merged). */
  constsShared: boolean;
}

type FBlock =
  | { type: 'while' | 'for' | 'try_except' | 'finally_end' | 'exception_handler' | 'pop_value' }
  | { type: 'finally_try'; body: A.stmt[] }
  | { type: 'with' }
  | { type: 'handler_cleanup'; name: string | null };

class Unit {
  consts: ConstValue[] = [];
  constIndex = new Map<string, number>();
  names: string[] = [];
  nameIndex = new Map<string, number>();
  varnames: string[] = [];
  varIndex = new Map<string, number>();
  cellvars: string[] = [];
  freevars: string[] = [];
  maxUsed = 0;
  live = true;
  /** The last instruction emitted was a RETURN_VALUE (no implicit `return None`). */
  returned = false;
  /** Tuples of constants the CFG optimizer folds a BUILD_TUPLE into, and whether the code is live. */
  folds: { c: ConstValue; live: boolean }[] = [];
  code: string[] = [];
  lines: string[] = [];
  /** The line of the last position recorded (the unit's first line to begin with). */
  lastLine: number;
  handlers = false;
  fblocks: FBlock[] = [];
  dicts: GcBlock[] = [];
  loopBroken: boolean[] = [];
  constructor(readonly kind: UnitKind, readonly scope: Scope, readonly name: string, readonly qualname: string, readonly firstLine: number, readonly priv: string | null) {
    this.lastLine = firstLine;
  }
}

const STACK_USE_GUARD = 30;

export class CodegenModel {
  readonly summaries: CodeSummary[] = [];
  private readonly cache: ConstCache;
  private unit!: Unit;
  private readonly stack: Unit[] = [];
  private readonly classFree = new Set<Scope>();
  private readonly classCell = new Set<Scope>();

  constructor(private readonly ledger: GcLedger, private readonly table: SymbolTable, private readonly folded: Folded, cache: ConstCache) {
    this.cache = cache;
    this.markClassFree(table.top);
  }

  // ---- symbol table facts the simulator's SymbolTable leaves out --------------------------------

  /** `super` or `__class__` in a function makes `__class__` free up to the nearest class. */
  private markClassFree(sc: Scope): boolean {
    let needs = sc.kind !== 'class' && sc.kind !== 'module' && (sc.usesSuper || sc.uses.has('__class__'));
    for (const c of sc.children) {
      const child = this.markClassFree(c);
      if (child && sc.kind === 'class') this.classCell.add(sc);
      else if (child && sc.kind !== 'module') needs = true;
    }
    if (needs && sc.kind !== 'class' && sc.kind !== 'module' && this.insideClass(sc)) {
      this.classFree.add(sc);
      return true;
    }
    return false;
  }

  private insideClass(sc: Scope): boolean {
    for (let p = sc.parent; p !== null; p = p.parent) if (p.kind === 'class') return true;
    return false;
  }

  // ---- constants and names ----------------------------------------------------------------------

  private valueOf(e: A.expr): ConstValue | undefined {
    if (e._type === 'Constant') return literalValue(e.value);
    return this.folded.constants.get(e);
  }

  /** compiler_add_const; `used`: the LOAD_CONST survives the optimizer (a live one, not folded away). */
  private addConst(c: ConstValue, used = true): number {
    const u = this.unit;
    const text = this.cache.mergeRecursive(c);
    let i = u.constIndex.get(text);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(c);
      u.constIndex.set(text, i);
    }
    if (used && u.live && i > u.maxUsed) u.maxUsed = i;
    u.code.push(`C${i}`);
    return i;
  }

  /** ADDOP_LOAD_CONST_NEW of a tuple or frozenset the compiler builds (it is freed after). */
  private addNewConst(c: ConstValue): void {
    const n = c.t === 'tuple' || c.t === 'frozenset' ? c.items.length : 0;
    this.addOwnedConst(c, c.t === 'frozenset' ? this.newFrozenset(n) : tupleOf(this.ledger, n));
  }

  private addOwnedConst(c: ConstValue, object: GcBlock): void {
    const before = this.cache.size;
    this.addConst(c);
    // the cache keeps a new tuple (it is the value in its key); a frozenset is replaced there by
    // a merged copy, and a duplicate goes with its key
    if (c.t === 'frozenset' || this.cache.size === before) freeAll(this.ledger, [object]);
    else this.cache.own(keyText(c), object);
  }

  private newFrozenset(n: number): GcBlock {
    const items = tupleOf(this.ledger, n);
    const set = this.ledger.alloc('other');
    freeAll(this.ledger, [items]);
    return set;
  }

  private mangle(name: string): string {
    const p = this.unit.priv;
    if (p === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
    const stripped = p.replace(/^_+/, '');
    return stripped === '' ? name : `_${stripped}${name}`;
  }

  private addName(name: string): void {
    const u = this.unit;
    let i = u.nameIndex.get(name);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(name);
      u.nameIndex.set(name, i);
    }
    u.code.push(`N${i}`);
  }

  private addVarname(name: string): void {
    const u = this.unit;
    let i = u.varIndex.get(name);
    if (i === undefined) {
      i = u.varnames.length;
      u.varnames.push(name);
      u.varIndex.set(name, i);
    }
    u.code.push(`F${i}`);
  }

  /** compiler_nameop: which table the name goes to. */
  private nameOp(raw: string, ctx: string): void {
    const u = this.unit;
    const name = this.mangle(raw);
    const sc = u.scope;
    u.code.push(`op:${ctx}`);
    if (u.freevars.includes(name) || (u.cellvars.includes(name) && (u.kind !== 'class' || name === '__class__'))) {
      u.code.push(`D${name}`);
      return;
    }
    if (u.kind === 'module' || u.kind === 'class') {
      this.addName(name);
      return;
    }
    if (sc.isLocal(name)) this.addVarname(name);
    else this.addName(name);
  }

  // ---- units ------------------------------------------------------------------------------------

  private enter(kind: UnitKind, sc: Scope, name: string, firstLine: number): void {
    const priv = kind === 'class' ? name : this.unit === undefined ? null : this.unit.priv;
    const qualname = this.unit === undefined ? name : this.qualname(name);
    const u = new Unit(kind, sc, name, qualname, firstLine, priv);
    const cells = [...sc.cells];
    if (this.classCell.has(sc)) cells.push('__class__');
    u.cellvars = cells.sort();
    const frees = [...sc.frees];
    if (this.classFree.has(sc) && !frees.includes('__class__')) frees.push('__class__');
    u.freevars = frees.sort();
    for (const p of sc.params) {
      u.varIndex.set(p, u.varnames.length);
      u.varnames.push(p);
    }
    if (kind === 'comp' && !u.varIndex.has('.0')) {
      u.varIndex.set('.0', 0);
      u.varnames.unshift('.0');
    }
    // compiler_enter_scope: u_varnames, u_cellvars and u_freevars (each from the sorted list of
    // the block's symbols, freed), u_consts, u_names
    const l = this.ledger;
    u.dicts.push(l.alloc('dict'));
    u.dicts.push(l.alloc('dict'));
    l.free(l.alloc('list'));
    u.dicts.push(l.alloc('dict'));
    l.free(l.alloc('list'));
    u.dicts.push(l.alloc('dict'), l.alloc('dict'));
    if (this.unit !== undefined) this.stack.push(this.unit);
    this.unit = u;
  }

  private exit(): void {
    freeAll(this.ledger, this.unit.dicts);
    this.unit = this.stack.pop()!;
  }

  /** assemble() and makecode(): the code object's tuples and bytes, merged through the cache. */
  private assemble(id: string): ConstValue {
    const u = this.unit;
    const l = this.ledger;
    if (!u.returned) {
      this.addConst(NONE);
      u.code.push('RET');
    }
    const constsList = l.alloc('list');
    for (const { c: t, live } of u.folds) {
      const object = tupleOf(l, t.t === 'tuple' ? t.items.length : 0);
      this.cache.mergeOne(t, object);
      if (!u.constIndex.has(keyText(t))) {
        u.constIndex.set(keyText(t), u.consts.length);
        u.consts.push(t);
      }
      if (live) u.maxUsed = Math.max(u.maxUsed, u.constIndex.get(keyText(t))!);
    }
    const consts = u.consts.slice(0, u.consts.length === 0 ? 0 : u.maxUsed + 1);
    const code = u.code.join(' ');
    const exc = u.handlers ? `E ${code}` : '';
    const sameExc = !this.cache.mergeOne({ t: 'bytes', v: `exc:${exc}` }, null);
    const sameLines = !this.cache.mergeOne({ t: 'bytes', v: `lines:${code}|${u.lines.join(' ')}` }, null);
    const sameCode = !this.cache.mergeOne({ t: 'bytes', v: `code:${code}` }, null);
    // co_names, co_consts, co_localsplusnames: a new tuple lives in its cache key until the
    // code object takes it; an equal earlier one is used instead (and this one freed)
    const tuple = (c: ConstValue & { t: 'tuple' }): string => {
      const text = keyText(c);
      const object = tupleOf(l, c.items.length);
      if (this.cache.mergeOne(c, object)) this.cache.own(text, object);
      return text;
    };
    const lpnNames = [...u.varnames, ...u.cellvars.filter((c) => !u.varIndex.has(c)), ...u.freevars];
    const before = this.cache.size;
    const tupleTexts = [
      tuple({ t: 'tuple', items: u.names.map((v) => ({ t: 'str', v })) }),
    ];
    const constsBefore = this.cache.size;
    tupleTexts.push(tuple({ t: 'tuple', items: consts }));
    const constsShared = this.cache.size === constsBefore;
    tupleTexts.push(tuple({ t: 'tuple', items: lpnNames.map((v) => ({ t: 'str', v })) }));
    void before;
    this.codeRecords.set(id, { consts: consts.map(keyText), tuples: tupleTexts });
    // _PyCode_New interns the strings of a frozenset constant through a tuple copy
    for (const c of consts) if (c.t === 'frozenset') freeAll(l, [tupleOf(l, c.items.length)]);
    l.free(constsList);
    this.summaries.push({ name: u.qualname, consts: consts.map(displayText), names: [...u.names], lpn: lpnNames, sameCode, sameLines, sameExc, constsShared });
    return { t: 'code', id, qualname: u.qualname };
  }

  // ---- module -----------------------------------------------------------------------------------

  compileModule(mod: A.Module): void {
    this.enter('module', this.table.top, '<module>', 1);
    this.body(mod.body, false);
    this.assemble('<module>');
    this.exit();
  }

  private docstring(body: A.stmt[]): string | null {
    const first = body[0];
    if (first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') return first.value.value;
    return null;
  }

  /** compiler_body (module and class). */
  private body(stmts: A.stmt[], isClass: boolean): void {
    void isClass;
    let i = 0;
    const doc = this.docstring(stmts);
    if (doc !== null) {
      this.addConst({ t: 'str', v: doc });
      this.nameOp('__doc__', 'Store');
      i = 1;
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  // ---- statements -------------------------------------------------------------------------------

  private stmts(list: A.stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private pos(n: A.Position, pass = false): void {
    const u = this.unit;
    // a `pass` on the line of the instruction before it leaves no position: its NOP goes, and
    // what follows takes the earlier instruction's (`def f(): pass` returns at (1, 1, 0, 0))
    if (pass && n.lineno === u.lastLine) return;
    u.lastLine = n.lineno;
    u.lines.push(`${n.lineno - u.firstLine}:${n.col_offset}:${n.end_lineno - n.lineno}:${n.end_col_offset}`);
  }

  private stmt(s: A.stmt): void {
    this.stmtInner(s);
    // the current block ends with a RETURN_VALUE only right after a return statement
    this.unit.returned = s._type === 'Return';
  }

  private stmtInner(s: A.stmt): void {
    const u = this.unit;
    u.code.push(shape(s));
    this.pos(s, s._type === 'Pass');
    switch (s._type) {
      case 'FunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.expr(t);
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        this.expr(s.target);
        if (s.target._type === 'Name' && s.simple && (u.kind === 'module' || u.kind === 'class')) {
          this.expr(s.annotation);
          this.addName('__annotations__');
          this.addConst({ t: 'str', v: this.mangle(s.target.id) });
        }
        return;
      case 'For': {
        const live = u.live;
        this.expr(s.iter);
        u.fblocks.push({ type: 'for' });
        u.loopBroken.push(false);
        this.expr(s.target);
        this.stmts(s.body);
        u.fblocks.pop();
        const broke = u.loopBroken.pop()!;
        u.live = live;
        this.stmts(s.orelse);
        u.live = u.live || (broke && live);
        return;
      }
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'With': return this.withStmt(s, 0);
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        u.live = false;
        return;
      case 'Try':
        u.handlers = true;
        if (s.finalbody.length) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case 'Assert': {
        const live = u.live;
        const truth = this.jumpIf(s.test);
        u.live = live && truth !== true;
        if (s.msg) this.expr(s.msg);
        u.live = live;
        return;
      }
      case 'Import':
        for (const a of s.names) {
          this.addConst({ t: 'int', v: 0n });
          this.addConst(NONE);
          this.addName(a.name);
          if (a.asname) {
            const parts = a.name.split('.');
            for (let i = 1; i < parts.length; i++) this.addName(parts[i]);
            this.nameOp(a.asname, 'Store');
          } else this.nameOp(a.name.split('.')[0], 'Store');
        }
        return;
      case 'ImportFrom': {
        this.addConst({ t: 'int', v: BigInt(s.level) });
        this.addNewConst({ t: 'tuple', items: s.names.map((a) => ({ t: 'str', v: a.name })) });
        this.addName(s.module ?? '');
        for (const a of s.names) {
          if (a.name === '*') return;
          this.addName(a.name);
          this.nameOp(a.asname ?? a.name, 'Store');
        }
        return;
      }
      case 'Expr':
        if (this.valueOf(s.value) !== undefined) return;
        this.expr(s.value);
        return;
      case 'Break': {
        this.unwind(false, true);
        if (u.loopBroken.length) u.loopBroken[u.loopBroken.length - 1] = true;
        u.live = false;
        return;
      }
      case 'Continue':
        this.unwind(false, true);
        u.live = false;
        return;
      default:
        return;
    }
  }

  private functionDef(s: A.FunctionDef): void {
    for (const d of s.decorator_list) this.expr(d);
    const first = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.defaults(s.args);
    this.annotations(s.args, s.returns);
    const sc = this.table.scopes.get(s)!;
    const id = this.codeId(s);
    this.enter('function', sc, s.name, first);
    const doc = this.docstring(s.body);
    this.addConst(doc !== null ? { t: 'str', v: doc } : NONE);
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.stmt(s.body[i]);
    const code = this.assemble(id);
    this.exit();
    this.makeClosure(sc, code);
    this.nameOp(s.name, 'Store');
  }

  private classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    const first = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const sc = this.table.scopes.get(s)!;
    const id = this.codeId(s);
    const qual = this.qualname(s.name);
    this.enter('class', sc, s.name, first);
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.addConst({ t: 'str', v: qual });
    this.nameOp('__qualname__', 'Store');
    this.body(s.body, true);
    if (this.classCell.has(sc)) this.nameOp('__classcell__', 'Store');
    else this.addConst(NONE);
    this.unit.returned = true;
    const code = this.assemble(id);
    this.exit();
    this.makeClosure(sc, code);
    this.addConst({ t: 'str', v: s.name });
    this.callHelper(2, s.bases, s.keywords);
    this.nameOp(s.name, 'Store');
  }

  private qualname(name: string): string {
    // compiler_set_qualname: enclosing function scopes add `.<locals>`
    const parts: string[] = [];
    for (const u of [...this.stack.slice(1), ...(this.unit.kind === 'module' ? [] : [this.unit])]) {
      parts.push(u.kind === 'function' || u.kind === 'lambda' ? `${u.name}.<locals>` : u.name);
    }
    return [...parts, name].join('.');
  }

  private codeIds = new Map<object, string>();
  /** Per code object: its co_consts (key texts) and its three tuples (see `keepLive`). */
  private readonly codeRecords = new Map<string, { consts: string[]; tuples: string[] }>();

  /**
   * The code objects that outlive the compiler are the module's and those its co_consts keep,
   * recursively (a def in dead code is compiled, then dropped with the unused constants); what
   * they keep is kept, the rest of the compiler's constant tuples goes with the cache.
   */
  keepLive(): void {
    const live = ['<module>'];
    const seen = new Set(live);
    while (live.length) {
      const r = this.codeRecords.get(live.pop()!);
      if (r === undefined) continue;
      this.cache.keep(r.consts);
      this.cache.keep(r.tuples);
      for (const c of r.consts) {
        if (c.startsWith('code:') && !seen.has(c.slice(5))) {
          seen.add(c.slice(5));
          live.push(c.slice(5));
        }
      }
    }
  }
  private codeId(node: object): string {
    let id = this.codeIds.get(node);
    if (id === undefined) {
      id = String(this.codeIds.size);
      this.codeIds.set(node, id);
    }
    return id;
  }

  /** compiler_make_closure: the free variables' cells, then the code object. */
  private makeClosure(sc: Scope, code: ConstValue): void {
    const frees = [...sc.frees];
    if (this.classFree.has(sc) && !frees.includes('__class__')) frees.push('__class__');
    for (const f of frees.sort()) this.unit.code.push(`CL${f}`);
    this.addConst(code);
  }

  /** compiler_default_arguments: a tuple of constant defaults is folded by the CFG optimizer. */
  private defaults(a: A.arguments): void {
    if (a.defaults.length) this.buildTuple(a.defaults);
    if (a.kwonlyargs.length) {
      // compiler_visit_kwonlydefaults: the names go into a list, then a tuple constant
      const keys: string[] = [];
      let list: GcBlock | null = null;
      a.kwonlyargs.forEach((arg, i) => {
        const d = a.kw_defaults[i];
        if (d) {
          keys.push(this.mangle(arg.arg));
          if (list === null) list = this.ledger.alloc('list');
          this.expr(d);
        }
      });
      if (list !== null) {
        const c: ConstValue = { t: 'tuple', items: keys.map((v) => ({ t: 'str', v })) };
        const tuple = tupleOf(this.ledger, keys.length);
        this.ledger.free(list);
        this.addOwnedConst(c, tuple);
      }
    }
  }

  private annotations(a: A.arguments, returns: A.expr | null): void {
    const pairs: [string, A.expr][] = [];
    for (const arg of [...a.args, ...a.posonlyargs]) if (arg.annotation) pairs.push([arg.arg, arg.annotation]);
    if (a.vararg?.annotation) pairs.push([a.vararg.arg, a.vararg.annotation]);
    for (const arg of a.kwonlyargs) if (arg.annotation) pairs.push([arg.arg, arg.annotation]);
    if (a.kwarg?.annotation) pairs.push([a.kwarg.arg, a.kwarg.annotation]);
    if (returns) pairs.push(['return', returns]);
    if (!pairs.length) return;
    const all = pairs.every(([, e]) => this.valueOf(e) !== undefined);
    const items: ConstValue[] = [];
    for (const [name, e] of pairs) {
      const n: ConstValue = { t: 'str', v: this.mangle(name) };
      this.addConst(n, !all);
      items.push(n);
      if (all) {
        const v = this.valueOf(e)!;
        this.addConst(v, false);
        items.push(v);
      } else this.expr(e);
    }
    if (all) this.unit.folds.push({ c: { t: 'tuple', items }, live: this.unit.live });
  }

  /** Elements, then BUILD_TUPLE: folded into one constant when they are all constants. */
  private buildTuple(elts: A.expr[]): void {
    const values = elts.map((e) => this.valueOf(e));
    if (values.every((v) => v !== undefined)) {
      for (const v of values) this.addConst(v!, false);
      this.unit.folds.push({ c: { t: 'tuple', items: values as ConstValue[] }, live: this.unit.live });
      return;
    }
    for (const e of elts) this.expr(e);
  }

  private returnStmt(s: A.Return): void {
    const u = this.unit;
    const value = s.value;
    const constant = value !== null ? this.valueOf(value) : undefined;
    const preserve = value !== null && constant === undefined;
    if (preserve) this.expr(value!);
    this.unwind(preserve, false);
    if (value === null) this.addConst(NONE);
    else if (constant !== undefined) this.addConst(constant);
    u.code.push('RET');
    u.live = false;
    u.returned = true;
  }

  /** compiler_unwind_fblock_stack: what a return, break or continue runs on its way out. */
  private unwind(preserve: boolean, toLoop: boolean): void {
    const u = this.unit;
    const saved = u.fblocks;
    let i = saved.length - 1;
    for (; i >= 0; i--) {
      const fb = saved[i];
      if (toLoop && (fb.type === 'while' || fb.type === 'for')) break;
      u.fblocks = saved.slice(0, i);
      switch (fb.type) {
        case 'finally_try':
          if (preserve) u.fblocks.push({ type: 'pop_value' });
          this.stmts(fb.body);
          break;
        case 'with':
          this.addConst(NONE);
          this.addConst(NONE);
          this.addConst(NONE);
          break;
        case 'handler_cleanup':
          if (fb.name !== null) {
            this.addConst(NONE);
            this.nameOp(fb.name, 'Store');
            this.nameOp(fb.name, 'Del');
          }
          break;
      }
    }
    u.fblocks = saved;
  }

  private augAssign(s: A.AugAssign): void {
    const t = s.target;
    if (t._type === 'Attribute') {
      this.expr(t.value);
      this.addName(t.attr);
      this.expr(s.value);
      return;
    }
    if (t._type === 'Subscript') {
      this.expr(t.value);
      this.expr(t.slice);
      this.expr(s.value);
      return;
    }
    this.nameOp(t.id, 'Load');
    this.expr(s.value);
    this.nameOp(t.id, 'Store');
  }

  /**
   * compiler_jump_if: a test for a jump. Returns the test's truth when it is a constant (the
   * optimizer then drops the LOAD_CONST and one of the branches).
   */
  private jumpIf(e: A.expr): boolean | undefined {
    const v = this.valueOf(e);
    if (v !== undefined) {
      this.addConst(v, false);
      return truthOf(v);
    }
    if (e._type === 'UnaryOp' && e.op === 'Not') {
      const t = this.jumpIf(e.operand);
      return t === undefined ? undefined : !t;
    }
    if (e._type === 'BoolOp') {
      for (const x of e.values) this.jumpIf(x);
      return undefined;
    }
    if (e._type === 'IfExp') {
      this.jumpIf(e.test);
      this.jumpIf(e.body);
      this.jumpIf(e.orelse);
      return undefined;
    }
    this.expr(e);
    return undefined;
  }

  private ifStmt(s: A.If): void {
    const u = this.unit;
    const live = u.live;
    const truth = this.jumpIf(s.test);
    u.live = live && truth !== false;
    this.stmts(s.body);
    const bodyLive = u.live;
    u.live = live && truth !== true;
    this.stmts(s.orelse);
    u.live = bodyLive || u.live;
  }

  private whileStmt(s: A.While): void {
    const u = this.unit;
    const live = u.live;
    u.fblocks.push({ type: 'while' });
    u.loopBroken.push(false);
    const truth = this.jumpIf(s.test);
    u.live = live && truth !== false;
    this.stmts(s.body);
    u.live = live && truth !== false;
    this.jumpIf(s.test);
    u.fblocks.pop();
    const broke = u.loopBroken.pop()!;
    u.live = live && truth !== true;
    this.stmts(s.orelse);
    u.live = u.live || (broke && live);
  }

  private withStmt(s: A.With, pos: number): void {
    const u = this.unit;
    const live = u.live;
    u.handlers = true;
    const item = s.items[pos];
    this.expr(item.context_expr);
    u.fblocks.push({ type: 'with' });
    if (item.optional_vars) this.expr(item.optional_vars);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos + 1);
    u.fblocks.pop();
    this.addConst(NONE);
    u.live = live;
  }

  private tryExcept(s: A.Try): void {
    const u = this.unit;
    const live = u.live;
    u.fblocks.push({ type: 'try_except' });
    this.stmts(s.body);
    u.fblocks.pop();
    this.stmts(s.orelse);
    let after = u.live;
    u.fblocks.push({ type: 'exception_handler' });
    for (const h of s.handlers) {
      u.live = live;
      if (h.type) this.expr(h.type);
      if (h.name) {
        this.nameOp(h.name, 'Store');
        u.fblocks.push({ type: 'handler_cleanup', name: h.name });
        this.stmts(h.body);
        u.fblocks.pop();
        this.addConst(NONE);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        after = after || u.live;
        u.live = live;
        this.addConst(NONE);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
      } else {
        u.fblocks.push({ type: 'handler_cleanup', name: null });
        this.stmts(h.body);
        u.fblocks.pop();
        after = after || u.live;
      }
    }
    u.fblocks.pop();
    u.live = after;
  }

  private tryFinally(s: A.Try): void {
    const u = this.unit;
    const live = u.live;
    u.fblocks.push({ type: 'finally_try', body: s.finalbody });
    if (s.handlers.length) this.tryExcept(s);
    else this.stmts(s.body);
    u.fblocks.pop();
    const normal = u.live;
    this.stmts(s.finalbody);
    const after = u.live;
    u.live = live;
    u.fblocks.push({ type: 'finally_end' });
    this.stmts(s.finalbody);
    u.fblocks.pop();
    u.live = normal && after;
  }

  // ---- expressions ------------------------------------------------------------------------------

  private expr(e: A.expr): void {
    const u = this.unit;
    const v = this.valueOf(e);
    // a folded expression is a LOAD_CONST like any constant
    u.code.push(v !== undefined ? 'Constant' : shape(e));
    this.pos(e);
    if (v !== undefined) {
      this.addConst(v);
      return;
    }
    const pieces = this.folded.formats.get(e);
    if (pieces !== undefined) {
      // an f-string now (compiler_joined_str, compiler_formatted_value)
      for (const p of pieces) {
        if ('lit' in p) this.addConst({ t: 'str', v: p.lit });
        else {
          this.expr(p.arg);
          if (p.spec !== null) this.addConst({ t: 'str', v: p.spec });
        }
      }
      return;
    }
    switch (e._type) {
      case 'BoolOp':
        for (const x of e.values) this.expr(x);
        return;
      case 'NamedExpr':
        this.expr(e.value);
        this.expr(e.target);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        return;
      case 'Lambda': return this.lambda(e);
      case 'IfExp': {
        const live = u.live;
        const truth = this.jumpIf(e.test);
        u.live = live && truth !== false;
        this.expr(e.body);
        const bodyLive = u.live;
        u.live = live && truth !== true;
        this.expr(e.orelse);
        u.live = bodyLive || u.live;
        return;
      }
      case 'Dict': return this.dict(e);
      case 'Set': return this.starUnpack(e.elts, 0, 'set');
      case 'List':
        if (this.folded.listsAsTuples.has(e)) return this.starUnpack(e.elts, 0, 'tuple');
        return this.starUnpack(e.elts, 0, 'list');
      case 'Tuple':
        if (e.ctx !== 'Load') {
          for (const x of e.elts) this.expr(x);
          return;
        }
        return this.starUnpack(e.elts, 0, 'tuple');
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        return this.comprehension(e);
      case 'Yield':
        if (e.value) this.expr(e.value);
        else this.addConst(NONE);
        return;
      case 'YieldFrom':
        this.expr(e.value);
        this.addConst(NONE);
        return;
      case 'Compare':
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        return;
      case 'Call': return this.call(e);
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        return;
      case 'JoinedStr':
        if (e.values.length > STACK_USE_GUARD) {
          this.addConst({ t: 'str', v: '' });
          this.addName('join');
        }
        for (const x of e.values) this.expr(x);
        return;
      case 'Constant':
        return;
      case 'Attribute':
        this.expr(e.value);
        this.addName(e.attr);
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        return;
      case 'Starred':
        this.expr(e.value);
        return;
      case 'Name':
        this.nameOp(e.id, e.ctx);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        else this.addConst(NONE);
        if (e.upper) this.expr(e.upper);
        else this.addConst(NONE);
        if (e.step) this.expr(e.step);
        return;
    }
  }

  /** starunpack_helper for list, set and tuple displays and a call's positional arguments. */
  private starUnpack(elts: A.expr[], pushed: number, kind: 'list' | 'set' | 'tuple'): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant' || this.folded.constants.has(x))) {
      const items = elts.map((x) => this.valueOf(x)!);
      const c: ConstValue = kind === 'set' ? { t: 'frozenset', items: setItems(items) } : { t: 'tuple', items };
      this.addNewConst(c);
      return;
    }
    const big = n + pushed > STACK_USE_GUARD;
    const star = elts.some((x) => x._type === 'Starred');
    if (!star && !big) {
      if (kind === 'tuple') return this.buildTuple(elts);
      for (const x of elts) this.expr(x);
      return;
    }
    for (const x of elts) this.expr(x);
  }

  private dict(e: A.Dict): void {
    let elements = 0;
    const n = e.values.length;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) this.subdict(e, i - elements, i);
        elements = 0;
        this.expr(e.values[i]);
      } else if (elements * 2 > STACK_USE_GUARD) {
        this.subdict(e, i - elements, i + 1);
        elements = 0;
      } else elements++;
    }
    if (elements) this.subdict(e, n - elements, n);
  }

  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUARD;
    const keys = e.keys.slice(begin, end) as A.expr[];
    if (n > 1 && !big && keys.every((k) => k._type === 'Constant' || this.folded.constants.has(k))) {
      for (let i = begin; i < end; i++) this.expr(e.values[i]);
      this.addNewConst({ t: 'tuple', items: keys.map((k) => this.valueOf(k)!) });
      return;
    }
    for (let i = begin; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]);
    }
  }

  private call(e: A.Call): void {
    const f = e.func;
    const starred = e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null);
    if (f._type === 'Attribute' && f.ctx === 'Load' && !starred && e.args.length + e.keywords.length + (e.keywords.length ? 1 : 0) < STACK_USE_GUARD) {
      this.expr(f.value);
      this.unit.code.push('METHOD');
      this.addName(f.attr);
      for (const a of e.args) this.expr(a);
      if (e.keywords.length) {
        for (const k of e.keywords) this.expr(k.value);
        this.kwNames(e.keywords);
      }
      return;
    }
    this.expr(f);
    this.callHelper(0, e.args, e.keywords);
  }

  /** compiler_call_simple_kw_helper: the keyword names are a tuple constant (KW_NAMES). */
  private kwNames(kws: A.keyword[]): void {
    this.addNewConst({ t: 'tuple', items: kws.map((k) => ({ t: 'str', v: k.arg! })) });
  }

  /** compiler_call_helper. */
  private callHelper(pushed: number, args: A.expr[], keywords: A.keyword[]): void {
    const nelts = args.length;
    const nkw = keywords.length;
    const ex = pushed + nelts + nkw * 2 > STACK_USE_GUARD || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (!ex) {
      for (const a of args) this.expr(a);
      if (nkw) {
        for (const k of keywords) this.expr(k.value);
        this.kwNames(keywords);
      }
      return;
    }
    if (pushed === 0 && nelts === 1 && args[0]._type === 'Starred') this.expr((args[0] as A.Starred).value);
    else this.starUnpack(args, pushed, 'tuple');
    let seen = 0;
    keywords.forEach((k, i) => {
      if (k.arg === null) {
        if (seen) this.subkwargs(keywords, i - seen, i);
        seen = 0;
        this.expr(k.value);
      } else seen++;
    });
    if (seen) this.subkwargs(keywords, nkw - seen, nkw);
  }

  private subkwargs(kws: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUARD;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.expr(kws[i].value);
      this.addNewConst({ t: 'tuple', items: kws.slice(begin, end).map((k) => ({ t: 'str', v: k.arg! })) });
      return;
    }
    for (let i = begin; i < end; i++) {
      this.addConst({ t: 'str', v: kws[i].arg! });
      this.expr(kws[i].value);
    }
  }

  private lambda(e: A.Lambda): void {
    this.defaults(e.args);
    const sc = this.table.scopes.get(e)!;
    const id = this.codeId(e);
    this.enter('lambda', sc, '<lambda>', e.lineno);
    this.addConst(NONE);
    this.expr(e.body);
    this.unit.returned = true;
    const code = this.assemble(id);
    this.exit();
    this.makeClosure(sc, code);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const sc = this.table.scopes.get(e)!;
    const id = this.codeId(e);
    const name = e._type === 'GeneratorExp' ? '<genexpr>' : e._type === 'ListComp' ? '<listcomp>' : e._type === 'SetComp' ? '<setcomp>' : '<dictcomp>';
    this.enter('comp', sc, name, e.lineno);
    const gens = e.generators;
    const u = this.unit;
    u.code.push(e._type);
    this.pos(e);
    const gen = (i: number): void => {
      const g = gens[i];
      if (i > 0) {
        const it = g.iter;
        const elts = this.valueOf(it) === undefined && (it._type === 'List' || it._type === 'Tuple') ? it.elts : null;
        if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') this.expr(elts[0]);
        else this.expr(it);
      }
      this.expr(g.target);
      const live = u.live;
      for (const c of g.ifs) this.jumpIf(c);
      if (i + 1 < gens.length) gen(i + 1);
      else if (e._type === 'DictComp') {
        this.expr(e.key);
        this.expr(e.value);
      } else this.expr(e.elt);
      u.live = live;
    };
    gen(0);
    u.returned = e._type !== 'GeneratorExp';
    const code = this.assemble(id);
    this.exit();
    this.makeClosure(sc, code);
    this.expr(gens[0].iter);
  }
}

const SHAPE_SKIP = new Set(['_type', 'lineno', 'col_offset', 'end_lineno', 'end_col_offset', 'id', 'attr', 'arg', 'name', 'module', 'value', 'type_comment', 'asname']);

/**
 * What of a node's own fields shows in its bytecode besides names and constants (which the
 * code signature records by their index): its operators, context, and how many items of each
 * kind it has. Equal signatures, equal bytecode (for the cases the programs here have).
 */
function shape(n: object): string {
  const node = n as Node;
  let out = node._type ?? '';
  for (const k in node) {
    if (SHAPE_SKIP.has(k)) continue;
    const v = node[k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out += `,${k}=${v}`;
    else if (Array.isArray(v)) out += `,${k}#${v.length}${v.every((x) => typeof x === 'string') ? `:${v.join('/')}` : ''}`;
    else if (v === null) out += `,${k}-`;
  }
  return out;
}

function truthOf(v: ConstValue): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
    case 'complex': return v.re !== 0 || v.im !== 0;
    case 'tuple':
    case 'frozenset': return v.items.length > 0;
    default: return true;
  }
}
