/**
 * The compiler: turns the AST into JS closures ONCE; running a program only calls closures.
 * Expression closures return a NEW reference (CPython's evaluation stack owns it); the consumer
 * stores it (steals) or drops it (decref), exactly where CPython 3.11's bytecode would.
 */
import { newComplex } from '../objects/complex.ts';
import { unsupportedBuiltin } from '../objects/unsupported.ts';
import type * as A from '../parse/ast.ts';
import { PyObject, PyType, Tag } from '../objects/pyobject.ts';
import type { DictEntry } from '../objects/core.ts';
import {
  None, True, False, EllipsisObj, newInt, newFloat, newStr, newStrOfRepr, newList, newTuple, newDict, newSet,
  newBool, newObject, newCell, internStr, intType, floatType, strType, functionType, tupleType,
  NameError, UnboundLocalError, TypeError, ValueError, AssertionError, BaseException, RuntimeError,
  NotImplementedError, ExcState, listType, typeType, objectType, emptyStr, RecursionError, dictType, builtinType,
} from '../objects/core.ts';
import {
  callObject, getAttr, setAttr, delAttr, truthy, richCompare, contains, hashKey, typeName,
  repr, str as pyStr, methodDescrType, runtime, heapTypes, isInstance,
} from '../objects/abstract.ts';
import type { BuiltinInfo, FuncInfo } from '../objects/abstract.ts';
import { binaryOp, inplaceOp, unaryOp } from '../objects/number.ts';
import type { BinOpName } from '../objects/number.ts';
import { getItem, setItem, delItem, getSlice, setSlice, delSlice, dictSetItemTake2 } from '../objects/subscript.ts';
import { getIter, iterNext, unpackIterable } from '../objects/iter.ts';
import { formatValue, formatsToItself, withFormatLookup } from '../objects/format.ts';
import { decref, incref, xdecref, isStaticAddr, dealloc, gcFreedUnseen, gcLinkedUnseen, heapBudget, isJsSizeError } from '../heap.ts';
import { pyErr, typeErr, newException } from '../objects/errors.ts';
import { Frame, R, NORMAL, BREAK, CONTINUE, RETURN } from './frame.ts';
import { QUICKENING_INITIAL_WARMUP_VALUE, UnpackSequenceSite, warmUp } from './specialize.ts';
import { constTruth, constantOf, optimize } from '../compile-model/optimizer.ts';
import type { Folded } from '../compile-model/optimizer.ts';
import type { ConstValue } from '../compile-model/constants.ts';
import { RecordingLedger } from '../compile-model/ledger.ts';
import { stepCheckpoint } from './step-budget.ts';
import { enterContext, exitContext } from './with-stmt.ts';
import type { CodeInfo, Ex, St, Pos } from './frame.ts';
import { Scope, SymbolTable } from './symtable.ts';
import { addTraceback, setContext } from './exceptions.ts';
import { builtinsMap, frozensetConstant, setFromConstants } from '../modules/builtins.ts';
import { importModule } from '../modules/index.ts';
import { makeGenerator } from './generator.ts';
import { setNames } from './set-names.ts';
import { initClassParts } from '../objects/class-parts.ts';
import { callEx } from './call-ex.ts';
import type { KeywordPart, PositionalPart } from './call-ex.ts';
import { LimitExceeded } from '../objects/errors.ts';
import { AttrSite, MethodSite, cachedMethod, fillMethod, loadInstanceAttr, storeInstanceAttr } from './attrcache.ts';
import { GlobalSite, fillSite, siteBuiltin, siteEntry } from './globals.ts';
import type { GlobalsMap } from './globals.ts';
import { evalStack, loopEnd, loopStart, receiverReplaced, tracedCond, tracedExpr, tracedWith } from '../trace-stack.ts';
import { allocClosure, allocDefaults, allocKwDefaults } from '../objects/function-parts.ts';

type Store = (f: Frame, v: PyObject) => void;
type Cond = (f: Frame) => boolean;

interface Ctx {
  scope: Scope;
  code: CodeInfo;
  /** name -> fast index */
  fast: Map<string, number>;
  /** name -> index into frame.cells */
  cell: Map<string, number>;
  qualPrefix: string;
  inLoop: boolean;
}

/** Constants merged across the whole compilation unit (3.11 merges equal constants). */
class ConstPool {
  map = new Map<string, PyObject>();
  get(v: A.ConstantValue): PyObject {
    const key = constKey(v);
    let o = this.map.get(key);
    if (o === undefined) {
      o = makeConst(v);
      this.map.set(key, o);
    }
    return o;
  }
  frozenset(items: PyObject[]): PyObject {
    return this.merged('fs', items, () => frozensetConstant(items.map((i) => incref(i))));
  }
  tuple(items: PyObject[]): PyObject {
    return this.merged('t', items, () => newTuple(items.map((i) => incref(i))));
  }
  /** One constant per kind and items (merge_consts_recursive). */
  private merged(kind: string, items: PyObject[], make: () => PyObject): PyObject {
    const key = kind + '(' + items.map((i) => i.addr).join(',') + ')';
    let o = this.map.get(key);
    if (o === undefined) {
      o = make();
      this.map.set(key, o);
    }
    return o;
  }
}

function constKey(v: A.ConstantValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return 'i' + v;
    case 'number': return 'f' + (Object.is(v, -0) ? '-0' : String(v));
    case 'string': return 's' + v;
    case 'symbol': return '...';
    default: return 'x' + JSON.stringify(v);
  }
}

const IDENT = /^[A-Za-z0-9_]*$/;

function makeConst(v: A.ConstantValue): PyObject {
  if (v === null) return None;
  switch (typeof v) {
    case 'boolean': return v ? True : False;
    case 'bigint': {
      const o = newInt(v);
      // a cached small int: the pool owns no reference (occurrences are counted in constant())
      if (isStaticAddr(o)) o.ob_refcnt--;
      return o;
    }
    case 'number': return newFloat(v);
    case 'string':
      // identifier-like constants are interned; others are plain (but merged) objects
      // (internStr gives a one-character string its latin-1 singleton where CPython's is one)
      if (IDENT.test(v)) return internStr(v);
      if (v.length === 1 && v.charCodeAt(0) < 256) return internStr(v);
      return newStr(v);
    case 'symbol': return EllipsisObj;
    case 'object':
      if ('complex' in v) return newComplex(0, v.complex);
  }
  throw pyErr(NotImplementedError, 'this kind of literal is not supported by the simulator');
}

export class Compiler {
  consts = new ConstPool();
  table: SymbolTable;
  filename: string;
  source: string[];
  codes: CodeInfo[] = [];
  /** CPython's AST optimizer's work on this module (compile-model/optimizer.ts). */
  readonly folded: Folded;
  constructor(mod: A.Module, filename: string, source: string) {
    this.table = new SymbolTable(mod);
    this.folded = optimize(mod, new RecordingLedger());
    this.filename = filename;
    this.source = source.split('\n');
  }

  compileModule(mod: A.Module): CodeInfo {
    const code = this.newCode('<module>', '<module>', this.table.top);
    const ctx: Ctx = { scope: this.table.top, code, fast: new Map(), cell: new Map(), qualPrefix: '', inLoop: false };
    code.body = mod.body.map((s) => this.stmt(s, ctx));
    if (findAnnotations(mod.body)) code.body.unshift(this.setupAnnotations(ctx));
    this.noteConst(code, None);
    return code;
  }

  /**
   * SETUP_ANNOTATIONS, first in a module or class body with annotated names: an
   * `__annotations__` dict in the namespace unless there is one.
   */
  private setupAnnotations(ctx: Ctx): St {
    const load = this.expr(annotationsName(), ctx);
    const store = this.storeName('__annotations__', ctx);
    return (f) => {
      // a class body looks in its own namespace only
      if (f.ns !== null) {
        if (!f.ns.has('__annotations__')) store(f, newDict());
        return NORMAL;
      }
      try {
        decref(load(f));
      } catch (e) {
        if (!(e instanceof PyObject) || e.ob_type !== NameError) throw e;
        decref(e);
        store(f, newDict());
      }
      return NORMAL;
    };
  }

  /** An annotation CPython evaluates (module and class level): stored in __annotations__ for a name. */
  private annotation(s: A.AnnAssign, ctx: Ctx): St | null {
    if (ctx.scope.kind !== 'module' && ctx.scope.kind !== 'class') return null;
    const ann = this.expr(s.annotation, ctx);
    if (!(s.simple && s.target._type === 'Name')) {
      return (f) => {
        decref(ann(f));
        return NORMAL;
      };
    }
    const dict = this.expr(annotationsName(s), ctx);
    const key = this.constant(s.target.id, ctx);
    return (f) => {
      const v = ann(f);
      let d: PyObject;
      try {
        d = dict(f);
      } catch (e) {
        decref(v);
        throw e;
      }
      try {
        setItem(d, key, v);
      } finally {
        decref(d);
        decref(v);
      }
      return NORMAL;
    };
  }

  private newCode(name: string, qualname: string, scope: Scope): CodeInfo {
    const code: CodeInfo = {
      name, qualname, filename: this.filename, varnames: [], nlocals: 0, argcount: 0, posonlycount: 0,
      kwonlynames: [], hasVarargs: false, hasVarkw: false, cellParam: [], cellnames: [], freenames: [],
      body: [], consts: new Set(), source: this.source, isGenerator: false,
      warmup: QUICKENING_INITIAL_WARMUP_VALUE,
    };
    void scope;
    this.codes.push(code);
    if (evalStack.on) evalStack.codes.push(code);
    return code;
  }

  private noteConst(code: CodeInfo, o: PyObject): void {
    if (!code.consts.has(o)) {
      code.consts.add(o);
      o.ob_refcnt++;
    }
  }

  // ---- names -------------------------------------------------------------------------------------

  private nameKind(name: string, ctx: Ctx): 'fast' | 'cell' | 'global' | 'name' | 'classcell' {
    const sc = ctx.scope;
    if (sc.kind === 'module') return 'global';
    if (sc.globals.has(name)) return 'global';
    if (sc.kind === 'class') {
      if (sc.freeSet.has(name) && !sc.boundSet.has(name)) return 'classcell';
      return 'name';
    }
    if (ctx.cell.has(name)) return 'cell';
    if (ctx.fast.has(name)) return 'fast';
    return 'global';
  }

  private loadName(name: string, ctx: Ctx, node: Pos): Ex {
    const kind = this.nameKind(name, ctx);
    if (kind === 'fast') {
      const i = ctx.fast.get(name)!;
      return (f) => {
        const o = f.fast[i];
        if (o === null) {
          f.pos = node;
          throw pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
        }
        o.ob_refcnt++;
        return o;
      };
    }
    if (kind === 'cell' || kind === 'classcell') {
      const i = ctx.cell.get(name)!;
      const isFree = ctx.scope.freeSet.has(name);
      return (f) => {
        const o = f.cells[i].v as PyObject | null;
        if (o === null) {
          f.pos = node;
          if (isFree) throw pyErr(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
          throw pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
        }
        o.ob_refcnt++;
        return o;
      };
    }
    if (kind === 'name') {
      return (f) => {
        const v = f.ns!.get(name);
        if (v !== undefined) return incref(v);
        return loadGlobal(f, name, node);
      };
    }
    const site = new GlobalSite(name);
    return (f) => {
      const m = f.gmap;
      const c = siteEntry(site, m);
      if (c !== undefined) {
        c.v.ob_refcnt++;
        return c.v;
      }
      const cb = siteBuiltin(site, m);
      if (cb !== null) {
        cb.ob_refcnt++;
        return cb;
      }
      const e = m.get(name);
      if (e !== undefined) {
        fillSite(site, m, e, null);
        e.v.ob_refcnt++;
        return e.v;
      }
      const b = loadBuiltin(f, name, node);
      fillSite(site, m, undefined, b);
      return b;
    };
  }

  private storeName(name: string, ctx: Ctx): Store {
    const kind = this.nameKind(name, ctx);
    if (kind === 'fast') {
      const i = ctx.fast.get(name)!;
      return (f, v) => {
        const old = f.fast[i];
        f.fast[i] = v;
        if (old !== null) decref(old);
      };
    }
    if (kind === 'cell' || kind === 'classcell') {
      const i = ctx.cell.get(name)!;
      return (f, v) => {
        const c = f.cells[i];
        const old = c.v as PyObject | null;
        c.v = v;
        if (old !== null) decref(old);
      };
    }
    if (kind === 'name') {
      return (f, v) => {
        const old = f.ns!.get(name);
        f.ns!.set(name, v);
        if (old !== undefined) decref(old);
      };
    }
    const key = internStr(name);
    if (evalStack.on) evalStack.names.push({ code: ctx.code, key });
    const site = new GlobalSite(name);
    return (f, v) => {
      const m = f.gmap;
      let e = siteEntry(site, m);
      if (e === undefined) {
        e = m.get(name);
        if (e === undefined) {
          if ((m as GlobalsMap).shadows !== undefined) (m as GlobalsMap).insert(name, { k: incref(key), v });
          else m.set(name, { k: incref(key), v });
          return;
        }
        fillSite(site, m, e, null);
      }
      const old = e.v;
      e.v = v;
      decref(old);
    };
  }

  private delName(name: string, ctx: Ctx, node: Pos): St {
    const kind = this.nameKind(name, ctx);
    if (kind === 'fast') {
      const i = ctx.fast.get(name)!;
      return (f) => {
        const o = f.fast[i];
        if (o === null) {
          f.pos = node;
          throw pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
        }
        f.fast[i] = null;
        decref(o);
        return NORMAL;
      };
    }
    if (kind === 'cell' || kind === 'classcell') {
      const i = ctx.cell.get(name)!;
      return (f) => {
        const c = f.cells[i];
        const o = c.v as PyObject | null;
        if (o === null) {
          f.pos = node;
          throw pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
        }
        c.v = null;
        decref(o);
        return NORMAL;
      };
    }
    if (kind === 'name') {
      return (f) => {
        const o = f.ns!.get(name);
        if (o === undefined) {
          f.pos = node;
          throw nameError(name);
        }
        f.ns!.delete(name);
        decref(o);
        return NORMAL;
      };
    }
    return (f) => {
      const e = f.gmap.get(name);
      if (e === undefined) {
        f.pos = node;
        throw nameError(name);
      }
      f.gmap.delete(name);
      decref(e.k);
      decref(e.v);
      return NORMAL;
    };
  }

  // ---- statements --------------------------------------------------------------------------------

  private block(stmts: A.stmt[], ctx: Ctx): St {
    return this.blockOf(stmts.map((s) => this.stmt(s, ctx)));
  }

  private blockOf(list: St[]): St {
    const n = list.length;
    if (n === 1) return list[0];
    return (f) => {
      for (let i = 0; i < n; i++) {
        const c = list[i](f);
        if (c !== NORMAL) return c;
      }
      return NORMAL;
    };
  }

  stmt(s: A.stmt, ctx: Ctx): St {
    const node = s as Pos;
    // The most common statements do their own bookkeeping: one JS frame less per statement
    // keeps deep Python recursion inside the JS stack.
    if (s._type === 'Return' && s.value !== null) {
      const value = this.expr(s.value, ctx);
      return (f) => {
        f.pos = node;
        if (++R.steps > R.stepBudget) stepCheckpoint();
        const v = value(f);
        const old = f.retval;
        f.retval = v;
        if (old !== null) decref(old);
        return RETURN;
      };
    }
    if (s._type === 'Expr') {
      const e = this.expr(s.value, ctx);
      return (f) => {
        f.pos = node;
        if (++R.steps > R.stepBudget) stepCheckpoint();
        decref(e(f));
        return NORMAL;
      };
    }
    if (s._type === 'Assign' && s.targets.length === 1) {
      const swap = this.swapAssign(s, ctx);
      if (swap !== null) {
        return (f) => {
          f.pos = node;
          if (++R.steps > R.stepBudget) stepCheckpoint();
          return swap(f);
        };
      }
      const value = this.expr(s.value, ctx);
      const t0 = this.store(s.targets[0], ctx);
      return (f) => {
        f.pos = node;
        if (++R.steps > R.stepBudget) stepCheckpoint();
        t0(f, value(f));
        return NORMAL;
      };
    }
    // Compound statements run their blocks' statements themselves (no block closure between):
    // every JS frame saved per nesting level is Python recursion depth gained.
    if (s._type === 'If') {
      const test = this.cond(s.test, ctx);
      const body = s.body.map((x) => this.stmt(x, ctx));
      const orelse = s.orelse.length ? s.orelse.map((x) => this.stmt(x, ctx)) : null;
      return (f) => {
        f.pos = node;
        if (++R.steps > R.stepBudget) stepCheckpoint();
        const list = test(f) ? body : orelse;
        if (list === null) return NORMAL;
        for (let i = 0; i < list.length; i++) {
          const c = list[i](f);
          if (c !== NORMAL) return c;
        }
        return NORMAL;
      };
    }
    if (s._type === 'For') return this.forStmt(s, ctx);
    if (s._type === 'Try') return this.tryStmt(s, ctx);
    if (s._type === 'While') {
      const test = this.cond(s.test, ctx);
      const loopCtx = { ...ctx, inLoop: true };
      const body = s.body.map((x) => this.stmt(x, loopCtx));
      const n = body.length;
      const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
      return (f) => {
        tick(f, node);
        while (test(f)) {
          let c = NORMAL;
          for (let i = 0; i < n; i++) {
            c = body[i](f);
            if (c !== NORMAL) break;
          }
          if (c === BREAK) return NORMAL;
          if (c === RETURN) return c;
        }
        return orelse === null ? NORMAL : orelse(f);
      };
    }
    const inner = this.stmtInner(s, ctx);
    return (f) => {
      f.pos = node;
      if (++R.steps > R.stepBudget) stepCheckpoint();
      return inner(f);
    };
  }

  private stmtInner(s: A.stmt, ctx: Ctx): St {
    switch (s._type) {
      case 'Expr': {
        const e = this.expr(s.value, ctx);
        return (f) => {
          decref(e(f));
          return NORMAL;
        };
      }
      case 'Assign': {
        const value = this.expr(s.value, ctx);
        const targets = s.targets.map((t) => this.store(t, ctx));
        if (targets.length === 1) {
          const t0 = targets[0];
          return (f) => {
            t0(f, value(f));
            return NORMAL;
          };
        }
        return (f) => {
          const v = value(f);
          for (let i = 0; i < targets.length; i++) {
            if (i < targets.length - 1) v.ob_refcnt++;
            targets[i](f, v);
          }
          return NORMAL;
        };
      }
      case 'AnnAssign': {
        // the value is stored first, then the annotation evaluated (and recorded)
        const ann = this.annotation(s, ctx);
        if (!s.value) return ann ?? (() => NORMAL);
        const value = this.expr(s.value, ctx);
        const t = this.store(s.target, ctx);
        return (f) => {
          t(f, value(f));
          return ann === null ? NORMAL : ann(f);
        };
      }
      case 'AugAssign':
        return this.augAssign(s, ctx);
      case 'Return': {
        const value = s.value ? this.expr(s.value, ctx) : null;
        return (f) => {
          const v = value === null ? incref(None) : value(f);
          const old = f.retval;
          f.retval = v;
          if (old !== null) decref(old);
          return RETURN;
        };
      }
      case 'Delete': {
        const dels = s.targets.map((t) => this.del(t, ctx));
        return (f) => {
          for (const d of dels) d(f);
          return NORMAL;
        };
      }
      case 'Pass':
        return () => NORMAL;
      case 'Break':
        return () => BREAK;
      case 'Continue':
        return () => CONTINUE;
      case 'If': {
        const test = this.cond(s.test, ctx);
        const body = this.block(s.body, ctx);
        const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
        return (f) => {
          if (test(f)) return body(f);
          return orelse === null ? NORMAL : orelse(f);
        };
      }
      case 'While': {
        const test = this.cond(s.test, ctx);
        const body = this.block(s.body, { ...ctx, inLoop: true });
        const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
        // the loop's own back edge is the test repeated at the bottom, a conditional jump that
        // does not warm the code up, unless the test is a constant (an unconditional JUMP)
        const known = constantOf(s.test, this.folded.constants);
        const constantTest = known !== undefined && constTruth(known);
        return (f) => {
          while (test(f)) {
            const c = body(f);
            if (c === BREAK) return NORMAL;
            if (c === RETURN) return c;
            if (c === CONTINUE || constantTest) warmUp(f.code); // JUMP_BACKWARD
          }
          return orelse === null ? NORMAL : orelse(f);
        };
      }
      case 'For':
        return this.forStmt(s, ctx);
      case 'Try':
        return this.tryStmt(s, ctx);
      case 'Raise':
        return this.raiseStmt(s, ctx);
      case 'Assert': {
        const test = this.cond(s.test, ctx);
        const msg = s.msg ? this.expr(s.msg, ctx) : null;
        return (f) => {
          if (test(f)) return NORMAL;
          const args: PyObject[] = msg ? [msg(f)] : [];
          f.pos = s.test as Pos;
          throw newException(AssertionError, args);
        };
      }
      case 'FunctionDef':
        return this.funcDef(s, ctx);
      case 'ClassDef':
        return this.classDef(s, ctx);
      case 'Import': {
        const parts = s.names.map((a) => {
          const top = a.name.split('.')[0];
          return { name: a.name, store: this.storeName(a.asname ?? top, ctx) };
        });
        return (f) => {
          for (const p of parts) p.store(f, importModule(p.name));
          return NORMAL;
        };
      }
      case 'ImportFrom': {
        const modName = s.module ?? '';
        const parts = s.names.map((a) => ({ name: a.name, store: this.storeName(a.asname ?? a.name, ctx) }));
        return (f) => {
          const m = importModule(modName);
          try {
            for (const p of parts) {
              if (p.name === '*') throw pyErr(NotImplementedError, "'from module import *' is not supported by the simulator");
              let v: PyObject;
              try {
                v = getAttr(m, p.name);
              } catch (e) {
                if (e instanceof PyObject) decref(e);
                throw pyErr(importErrorType(), `cannot import name '${p.name}' from '${modName}' (unknown location)`);
              }
              p.store(f, v);
            }
          } finally {
            decref(m);
          }
          return NORMAL;
        };
      }
      case 'Global':
      case 'Nonlocal':
        return () => NORMAL;
      case 'With':
        return this.withStmt(s, ctx);
    }
    return notSupported(`the '${(s as A.stmt)._type}' statement`);
  }

  private augAssign(s: A.AugAssign, ctx: Ctx): St {
    const op = s.op as BinOpName;
    const value = this.expr(s.value, ctx);
    const t = s.target;
    const node = s as Pos;
    if (t._type === 'Name') {
      const load = this.loadName(t.id, ctx, t as Pos);
      const store = this.storeName(t.id, ctx);
      const intAddSub = op === 'Add' || op === 'Sub';
      const isAdd = op === 'Add';
      return (f) => {
        const cur = load(f);
        let v: PyObject;
        try {
          v = value(f);
        } catch (err) {
          decref(cur); // the evaluation stack is unwound
          throw err;
        }
        f.pos = node;
        let r: PyObject;
        if (intAddSub && cur.ob_type === intType && v.ob_type === intType && typeof cur.v === 'number' && typeof v.v === 'number') {
          // BINARY_OP_INPLACE_ADD_INT: the result exists before the operands are released
          const x = isAdd ? cur.v + v.v : cur.v - v.v;
          if (x >= -9007199254740991 && x <= 9007199254740991) {
            r = newInt(x);
            if (--cur.ob_refcnt === 0) decrefZero(cur);
            if (--v.ob_refcnt === 0) decrefZero(v);
            store(f, r);
            return NORMAL;
          }
        }
        try {
          r = inplaceOp(op, cur, v);
        } finally {
          decref(cur);
          decref(v);
        }
        store(f, r);
        return NORMAL;
      };
    }
    if (t._type === 'Attribute') {
      const obj = this.expr(t.value, ctx);
      const name = t.attr;
      return (f) => {
        const o = obj(f);
        try {
          f.pos = t as Pos;
          const cur = getAttr(o, name);
          let v: PyObject;
          try {
            v = value(f);
          } catch (err) {
            decref(cur);
            throw err;
          }
          f.pos = node;
          let r: PyObject;
          try {
            r = inplaceOp(op, cur, v);
          } finally {
            decref(cur);
            decref(v);
          }
          try {
            setAttr(o, name, r);
          } finally {
            decref(r);
          }
        } finally {
          decref(o);
        }
        return NORMAL;
      };
    }
    if (t._type === 'Subscript') {
      const obj = this.expr(t.value, ctx);
      const key = this.expr(t.slice, ctx);
      return (f) => {
        const o = obj(f);
        let k: PyObject;
        try {
          k = key(f);
        } catch (err) {
          decref(o);
          throw err;
        }
        try {
          f.pos = t as Pos;
          const cur = getItem(o, k);
          let v: PyObject;
          try {
            v = value(f);
          } catch (err) {
            decref(cur);
            throw err;
          }
          f.pos = node;
          let r: PyObject;
          try {
            r = inplaceOp(op, cur, v);
          } finally {
            decref(cur);
            decref(v);
          }
          try {
            setItem(o, k, r);
          } finally {
            decref(r);
          }
        } finally {
          decref(o);
          decref(k);
        }
        return NORMAL;
      };
    }
    return notSupported('this augmented assignment target');
  }

  /**
   * `a, b = b, a`: CPython's peephole optimizer replaces BUILD_TUPLE n + UNPACK_SEQUENCE n
   * (n <= 3) by SWAPs, so no tuple is made (a tuple of constants is one constant, unpacked).
   */
  private swapAssign(s: A.Assign, ctx: Ctx): St | null {
    if (s.targets.length !== 1) return null;
    const t = s.targets[0];
    const v = s.value;
    if ((t._type !== 'Tuple' && t._type !== 'List') || v._type !== 'Tuple') return null;
    const n = v.elts.length;
    if (n < 1 || n > 3 || t.elts.length !== n) return null;
    if (t.elts.some((e) => e._type === 'Starred') || v.elts.some((e) => e._type === 'Starred')) return null;
    // a tuple the AST optimizer folds (`-1, 2` too) is one constant, unpacked with an iterator
    if (this.folded.constants.has(v)) return null;
    const parts = this.seqParts(v.elts, ctx);
    const stores = t.elts.map((e) => this.store(e, ctx));
    return (f) => {
      const items = parts(f);
      let i = 0;
      try {
        for (; i < n; i++) stores[i](f, items[i]);
      } catch (err) {
        for (let j = i + 1; j < n; j++) decref(items[j]);
        throw err;
      }
      return NORMAL;
    };
  }

  private forStmt(s: A.For, ctx: Ctx): St {
    const iterE = this.expr(s.iter, ctx);
    const target = this.store(s.target, ctx);
    const loopCtx = { ...ctx, inLoop: true };
    const body = s.body.map((x) => this.stmt(x, loopCtx));
    const n = body.length;
    const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
    // 3.11 gives GET_ITER the for statement's location (the whole loop: no carets)
    const node = s as Pos;
    if (evalStack.on) {
      const why = `the iterator of the for loop on line ${node.lineno} (held on the evaluation stack until the loop ends)`;
      return (f) => {
        tick(f, node);
        const it = iterOf(f, iterE, node);
        loopStart(f, it, why);
        try {
          for (;;) {
            const x = iterNext(it);
            if (x === null) break;
            target(f, x);
            let c = NORMAL;
            for (let i = 0; i < n; i++) {
              c = body[i](f);
              if (c !== NORMAL) break;
            }
            if (c === BREAK) return NORMAL;
            if (c === RETURN) return c;
            warmUp(f.code); // JUMP_BACKWARD
          }
        } finally {
          loopEnd(it);
          decref(it);
        }
        return orelse === null ? NORMAL : orelse(f);
      };
    }
    return (f) => {
      tick(f, node);
      const it = iterOf(f, iterE, node);
      try {
        for (;;) {
          const x = iterNext(it);
          if (x === null) break;
          target(f, x);
          let c = NORMAL;
          for (let i = 0; i < n; i++) {
            c = body[i](f);
            if (c !== NORMAL) break;
          }
          if (c === BREAK) return NORMAL;
          if (c === RETURN) return c;
          warmUp(f.code); // JUMP_BACKWARD
        }
      } finally {
        decref(it);
      }
      return orelse === null ? NORMAL : orelse(f);
    };
  }

  private tryStmt(s: A.Try, ctx: Ctx): St {
    const bodyList = s.body.map((x) => this.stmt(x, ctx));
    const nbody = bodyList.length;
    const body = this.blockOf(bodyList);
    const handlers = s.handlers.map((h) => ({
      type: h.type ? this.expr(h.type, ctx) : null,
      store: h.name ? this.storeName(h.name, ctx) : null,
      del: h.name ? this.delNameQuiet(h.name, ctx) : null,
      body: this.block(h.body, ctx),
      node: h as unknown as Pos,
    }));
    const orelse = s.orelse.length ? this.block(s.orelse, ctx) : null;
    const finalbody = s.finalbody.length ? this.block(s.finalbody, ctx) : null;

    const handle = (f: Frame, exc: PyObject): number => {
      for (const h of handlers) {
        if (h.type !== null) {
          const t = h.type(f);
          let m: boolean;
          try {
            m = excMatches(exc, t);
          } finally {
            decref(t);
          }
          if (!m) continue;
        }
        R.excStack.push(exc);
        if (h.store !== null) h.store(f, incref(exc));
        let thrown: unknown = null;
        try {
          return h.body(f);
        } catch (e2) {
          thrown = e2;
          if (e2 instanceof PyObject && e2 !== exc) setContext(e2, exc);
          throw e2;
        } finally {
          R.excStack.pop();
          if (h.del !== null) h.del(f);
          if (thrown !== exc) decref(exc);
        }
      }
      throw exc;
    };

    const node = s as Pos;
    const tryExcept = handlers.length === 0
      ? (orelse === null ? body : (f: Frame) => {
        const c = body(f);
        return c === NORMAL ? orelse(f) : c;
      })
      : (f: Frame): number => {
        if (finalbody === null) tick(f, node);
        let c = NORMAL;
        try {
          for (let i = 0; i < nbody; i++) {
            c = bodyList[i](f);
            if (c !== NORMAL) break;
          }
        } catch (e) {
          return handle(f, caught(e, f));
        }
        if (c === NORMAL && orelse !== null) return orelse(f);
        return c;
      };
    if (finalbody === null) {
      if (handlers.length > 0) return tryExcept;
      return (f) => {
        tick(f, node);
        return tryExcept(f);
      };
    }
    // try/finally without handlers: the body runs right here, one JS frame less
    const direct = handlers.length === 0 && orelse === null;
    return (f) => {
      tick(f, node);
      let c = NORMAL;
      try {
        if (direct) {
          for (let i = 0; i < nbody; i++) {
            c = bodyList[i](f);
            if (c !== NORMAL) break;
          }
        } else c = tryExcept(f);
      } catch (e) {
        return runFinally(f, finalbody, NORMAL, caught(e, f));
      }
      return runFinally(f, finalbody, c, null);
    };
  }

  /** `with a as x, b:` is `with a as x:` around `with b:`; see with-stmt.ts for the protocol. */
  private withStmt(s: A.With, ctx: Ctx): St {
    const node = s as Pos;
    let inner = this.block(s.body, ctx);
    for (let i = s.items.length - 1; i >= 0; i--) inner = this.withItem(s.items[i], inner, ctx);
    return (f) => {
      tick(f, node);
      return inner(f);
    };
  }

  private withItem(item: A.withitem, body: St, ctx: Ctx): St {
    const manager = this.expr(item.context_expr, ctx);
    const store = item.optional_vars ? this.store(item.optional_vars, ctx) : null;
    // a traced run shows the bound __exit__ the statement holds (src/sim/trace-stack.ts)
    if (evalStack.on) return tracedWith(this.withRun(manager, store, body, tracedEnter((item.context_expr as Pos).lineno)));
    return this.withRun(manager, store, body, enterContext);
  }

  private withRun(manager: Ex, store: Store | null, body: St, enter: typeof enterContext): St {
    return (f) => {
      const { exit, value } = enter(manager(f));
      let c: number;
      try {
        if (store !== null) store(f, value);
        else decref(value);
        c = body(f);
      } catch (e) {
        const exc = caught(e, f);
        R.excStack.push(exc);
        let swallow: boolean;
        try {
          swallow = exitContext(exit, exc);
        } catch (e2) {
          if (e2 instanceof PyObject && e2 !== exc) {
            setContext(e2, exc);
            decref(exc);
          }
          throw e2;
        } finally {
          R.excStack.pop();
        }
        if (!swallow) throw exc;
        decref(exc);
        return NORMAL;
      }
      // the block ended normally or by return/break/continue: __exit__(None, None, None)
      try {
        exitContext(exit, null);
      } catch (e) {
        if (c === RETURN && f.retval !== null) {
          decref(f.retval);
          f.retval = null;
        }
        throw e;
      }
      return c;
    };
  }

  private delNameQuiet(name: string, ctx: Ctx): (f: Frame) => void {
    const kind = this.nameKind(name, ctx);
    if (kind === 'fast') {
      const i = ctx.fast.get(name)!;
      return (f) => {
        const o = f.fast[i];
        f.fast[i] = null;
        xdecref(o);
      };
    }
    if (kind === 'cell' || kind === 'classcell') {
      const i = ctx.cell.get(name)!;
      return (f) => {
        const o = f.cells[i].v as PyObject | null;
        f.cells[i].v = null;
        xdecref(o);
      };
    }
    if (kind === 'name') {
      return (f) => {
        const o = f.ns!.get(name);
        f.ns!.delete(name);
        xdecref(o);
      };
    }
    return (f) => {
      const e = f.gmap.get(name);
      if (e !== undefined) {
        f.gmap.delete(name);
        decref(e.k);
        decref(e.v);
      }
    };
  }

  private raiseStmt(s: A.Raise, ctx: Ctx): St {
    const node = s as Pos;
    if (s.exc === null) {
      return (f) => {
        f.pos = node;
        const top = R.excStack[R.excStack.length - 1];
        if (top === undefined) throw pyErr(RuntimeError, 'No active exception to reraise');
        throw top;
      };
    }
    const excE = this.expr(s.exc, ctx);
    const causeE = s.cause ? this.expr(s.cause, ctx) : null;
    return (f) => {
      const e = instantiateExc(excE(f), 'exceptions must derive from BaseException');
      if (causeE !== null) {
        const c = causeE(f);
        const st = e.v as ExcState;
        let cause: PyObject | null;
        if (c === None) {
          decref(c);
          cause = null;
        } else cause = instantiateExc(c, 'exception causes must derive from BaseException');
        if (st.cause !== null) decref(st.cause);
        st.cause = cause;
        st.suppress = true;
      }
      f.pos = node;
      throw e;
    };
  }

  // ---- functions and classes ------------------------------------------------------------------------

  private makeFunctionCode(
    node: A.FunctionDef | A.Lambda, name: string, ctx: Ctx,
  ): { code: CodeInfo; fctx: Ctx } {
    const scope = this.table.scopes.get(node)!;
    const qualname = ctx.qualPrefix + name;
    const code = this.newCode(name, qualname, scope);
    const fctx = this.functionCtx(scope, code, qualname + '.<locals>.');
    const a = node.args;
    code.argcount = a.posonlyargs.length + a.args.length;
    code.posonlycount = a.posonlyargs.length;
    code.kwonlynames = a.kwonlyargs.map((k) => k.arg);
    code.hasVarargs = a.vararg !== null;
    code.hasVarkw = a.kwarg !== null;
    if (node._type === 'FunctionDef') {
      const first = node.body[0];
      if (first && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
        this.noteConst(code, this.consts.get(first.value.value));
      } else this.noteConst(code, None);
      code.body = node.body.map((st) => this.stmt(st, fctx));
    } else {
      const bodyE = this.expr(node.body, fctx);
      const bnode = node.body as Pos;
      code.body = [(f) => {
        f.pos = bnode;
        if (++R.steps > R.stepBudget) stepCheckpoint();
        f.retval = bodyE(f);
        return RETURN;
      }];
    }
    if (scope.children.length === 0 && hasYield(node)) code.isGenerator = true;
    return { code, fctx };
  }

  /** Fast slots for params and locals; cells for captured locals; then free variables. */
  private functionCtx(scope: Scope, code: CodeInfo, qualPrefix: string): Ctx {
    const fast = new Map<string, number>();
    const cell = new Map<string, number>();
    for (const n of scope.bound) {
      if (scope.globals.has(n) || scope.nonlocals.has(n)) continue;
      fast.set(n, fast.size);
    }
    code.varnames = [...fast.keys()];
    code.nlocals = fast.size;
    for (const n of scope.bound) {
      if (scope.cells.has(n) && fast.has(n)) {
        cell.set(n, cell.size);
        code.cellnames.push(n);
        const pi = scope.params.indexOf(n);
        code.cellParam.push(pi >= 0 ? fast.get(n)! : -1);
      }
    }
    for (const n of scope.frees) {
      cell.set(n, cell.size);
      code.freenames.push(n);
    }
    return { scope, code, fast, cell, qualPrefix, inLoop: false };
  }

  private funcDef(s: A.FunctionDef, ctx: Ctx): St {
    const make = this.functionMaker(s, s.name, ctx);
    const decos = s.decorator_list.map((d) => this.expr(d, ctx));
    const store = this.storeName(s.name, ctx);
    return (f) => {
      const ds = decos.map((d) => d(f));
      let fn = make(f);
      for (let i = ds.length - 1; i >= 0; i--) {
        const r = callObject(ds[i], [fn], null);
        decref(ds[i]);
        fn = r;
      }
      store(f, fn);
      return NORMAL;
    };
  }

  private functionMaker(node: A.FunctionDef | A.Lambda, name: string, ctx: Ctx): Ex {
    const { code } = this.makeFunctionCode(node, name, ctx);
    const defaults = node.args.defaults.map((d) => this.expr(d, ctx));
    const kwd = node.args.kwonlyargs.map((k, i) => ({ name: k.arg, e: node.args.kw_defaults[i] ? this.expr(node.args.kw_defaults[i]!, ctx) : null }));
    const closureIdx = code.freenames.map((n) => ctx.cell.get(n));
    for (let i = 0; i < closureIdx.length; i++) {
      if (closureIdx[i] === undefined) throw new Error(`internal: free variable ${code.freenames[i]} not found`);
    }
    const cl = closureIdx as number[];
    const callFn = makeCaller(code);
    const codeLike: CompiledCode = { name: code.name, qualname: code.qualname, call: callFn, info: code, simple: isSimple(code) };
    // func_doc: co_consts[0] when it is a str (the docstring), else None; a strong reference
    const first = node._type === 'FunctionDef' ? node.body[0] : undefined;
    const docstring = first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string'
      ? this.consts.get(first.value.value) : None;
    // a default that is not a constant makes the defaults tuple at run time (function-parts.ts)
    const builtDefaults = node.args.defaults.some((d) => constantOf(d, this.folded.constants) === undefined);
    // a method using zero-argument super() or __class__ closes over the class's cell (the
    // simulator finds the class through FuncInfo.klass instead)
    const classCellClosure = ctx.scope.kind === 'class' && usesClassCell(this.table.scopes.get(node)!);
    return (f) => {
      const dv = defaults.length ? defaults.map((d) => d(f)) : null;
      if (dv !== null && builtDefaults) allocDefaults(dv.length);
      let kw: Map<string, PyObject> | null = null;
      for (const k of kwd) {
        if (k.e !== null) {
          if (kw === null) kw = new Map();
          kw.set(k.name, k.e(f));
        }
      }
      if (kw !== null) allocKwDefaults();
      const closure = cl.length ? cl.map((i) => incref(f.cells[i])) : null;
      if (closure !== null) allocClosure(closure.length);
      else if (classCellClosure) allocClosure(1);
      const fi: FuncInfo = {
        // func_globals is a strong reference: sys.getrefcount(globals()) grows with each def
        code: codeLike, globals: incref(f.globals), defaults: dv, builtDefaults, classCellClosure, kwdefaults: kw, closure, name: code.name,
        qualname: code.qualname, klass: null, doc: incref(docstring), module: '__main__',
      };
      return newObject(functionType, fi);
    };
  }

  private classDef(s: A.ClassDef, ctx: Ctx): St {
    const scope = this.table.scopes.get(s)!;
    const qualname = ctx.qualPrefix + s.name;
    const code = this.newCode(s.name, qualname, scope);
    const cctx: Ctx = { scope, code, fast: new Map(), cell: new Map(), qualPrefix: qualname + '.', inLoop: false };
    for (const n of scope.frees) {
      cctx.cell.set(n, cctx.cell.size);
      code.freenames.push(n);
    }
    const body = findAnnotations(s.body) ? this.blockOf([this.setupAnnotations(cctx), ...s.body.map((x) => this.stmt(x, cctx))]) : this.block(s.body, cctx);
    const bases = s.bases.map((b) => this.expr(b, ctx));
    const decos = s.decorator_list.map((d) => this.expr(d, ctx));
    const store = this.storeName(s.name, ctx);
    const closureIdx = code.freenames.map((n) => ctx.cell.get(n)!);
    const classCell = classCellUsers(scope);
    const name = s.name;
    let doc: PyObject | null = null;
    const first = s.body[0];
    if (first && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
      doc = this.consts.get(first.value.value);
    }
    const buildClass = (f: Frame): PyObject => {
      const bs = bases.map((b) => b(f));
      // __build_class__ packs the bases into a tuple (kept as __bases__), looks up the
      // metaclass's __prepare__ (a bound method, called and freed), and the namespace dict it
      // returns lives until the class is made
      if (bs.length > 0) gcLinkedUnseen('tuple', bs.length);
      gcLinkedUnseen('other');
      gcFreedUnseen('other');
      gcLinkedUnseen('dict');
      const cf = new Frame(code, f.globals, R.frame, null, 0);
      cf.ns = new Map();
      cf.ns.set('__module__', internStr('__main__'));
      cf.ns.set('__qualname__', newStr(qualname));
      if (doc !== null) cf.ns.set('__doc__', incref(doc));
      cf.cells = closureIdx.map((i) => incref(f.cells[i]));
      if (classCell) gcLinkedUnseen('other'); // MAKE_CELL __class__
      cf.back = R.frame;
      R.frame = cf;
      warmUp(code); // RESUME
      try {
        for (const st of s.body.length ? [body] : []) st(cf);
      } catch (e) {
        if (e instanceof PyObject) addTraceback(e, cf);
        throw e;
      } finally {
        R.frame = cf.back;
        for (const c of cf.cells) decref(c);
      }
      // the metaclass call type(name, bases, namespace) goes through _PyObject_MakeTpCall: an
      // argument tuple for the call
      gcLinkedUnseen('tuple', 3);
      const cls = makeClass(name, qualname, bs, cf.ns);
      // type_new_init_subclass: super(cls, cls).__init_subclass__() makes a super object and a
      // bound method, freed after the call (a collection can start at either: gdb); then the
      // argument tuple and the namespace are freed
      gcLinkedUnseen('other');
      gcLinkedUnseen('other');
      gcFreedUnseen('other');
      gcFreedUnseen('other');
      gcFreedUnseen('tuple', 3);
      gcFreedUnseen('dict');
      for (const b of bs) decref(b);
      return cls;
    };
    return (f) => {
      const ds = decos.map((d) => d(f));
      // MAKE_FUNCTION: the class body's function, alive until __build_class__ returns
      gcLinkedUnseen('other');
      let cls: PyObject;
      try {
        cls = buildClass(f);
      } finally {
        gcFreedUnseen('other');
      }
      for (let i = ds.length - 1; i >= 0; i--) {
        const r = callObject(ds[i], [cls], null);
        decref(ds[i]);
        cls = r;
      }
      store(f, cls);
      return NORMAL;
    };
  }

  // ---- assignment targets --------------------------------------------------------------------------

  store(t: A.expr, ctx: Ctx): Store {
    switch (t._type) {
      case 'Name':
        return this.storeName(t.id, ctx);
      case 'Attribute': {
        const obj = this.expr(t.value, ctx);
        const name = t.attr;
        const node = t as Pos;
        const site = new AttrSite(name);
        return (f, v) => {
          let o: PyObject;
          try {
            o = obj(f);
          } catch (e) {
            decref(v);
            throw e;
          }
          f.pos = node;
          if (storeInstanceAttr(site, o, v)) {
            if (--o.ob_refcnt === 0) decrefZero(o);
            return;
          }
          try {
            setAttr(o, name, v);
          } finally {
            decref(v);
            decref(o);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, ctx);
        const node = t as Pos;
        if (t.slice._type === 'Slice') {
          const sl = t.slice;
          const lo = sl.lower ? this.expr(sl.lower, ctx) : null;
          const hi = sl.upper ? this.expr(sl.upper, ctx) : null;
          const st = sl.step ? this.expr(sl.step, ctx) : null;
          return (f, v) => {
            const o = obj(f);
            const a = lo ? lo(f) : null;
            const b = hi ? hi(f) : null;
            const c = st ? st(f) : null;
            f.pos = node;
            try {
              setSlice(o, a, b, c, v);
            } finally {
              decref(v);
              decref(o);
              xdecref(a);
              xdecref(b);
              xdecref(c);
            }
          };
        }
        const key = this.expr(t.slice, ctx);
        return (f, v) => {
          const o = obj(f);
          let k: PyObject;
          try {
            k = key(f);
          } catch (err) {
            decref(o);
            throw err;
          }
          f.pos = node;
          try {
            setItem(o, k, v);
          } finally {
            decref(v);
            decref(o);
            decref(k);
          }
        };
      }
      case 'Tuple':
      case 'List': {
        const elts = t.elts;
        const starIdx = elts.findIndex((e) => e._type === 'Starred');
        const stores = elts.map((e) => this.store(e._type === 'Starred' ? e.value : e, ctx));
        const node = t as Pos;
        // UNPACK_EX (a starred target) has no specialized form
        const site = starIdx < 0 ? new UnpackSequenceSite(elts.length) : null;
        return (f, v) => {
          f.pos = node;
          let items: PyObject[];
          try {
            items = unpackIterable(v, elts.length, starIdx, site !== null && site.specialized(f.code, v));
          } finally {
            decref(v);
          }
          for (let i = 0; i < stores.length; i++) stores[i](f, items[i]);
        };
      }
      case 'Starred':
        return notSupportedStore('starred assignment target here');
    }
    return notSupportedStore(`assignment to ${t._type}`);
  }

  private del(t: A.expr, ctx: Ctx): St {
    switch (t._type) {
      case 'Name':
        return this.delName(t.id, ctx, t as Pos);
      case 'Attribute': {
        const obj = this.expr(t.value, ctx);
        const node = t as Pos;
        return (f) => {
          const o = obj(f);
          f.pos = node;
          try {
            delAttr(o, t.attr);
          } finally {
            decref(o);
          }
          return NORMAL;
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, ctx);
        const node = t as Pos;
        if (t.slice._type === 'Slice') {
          const sl = t.slice;
          const lo = sl.lower ? this.expr(sl.lower, ctx) : null;
          const hi = sl.upper ? this.expr(sl.upper, ctx) : null;
          const st = sl.step ? this.expr(sl.step, ctx) : null;
          return (f) => {
            const o = obj(f);
            const a = lo ? lo(f) : null;
            const b = hi ? hi(f) : null;
            const c = st ? st(f) : null;
            f.pos = node;
            try {
              delSlice(o, a, b, c);
            } finally {
              decref(o);
              xdecref(a);
              xdecref(b);
              xdecref(c);
            }
            return NORMAL;
          };
        }
        const key = this.expr(t.slice, ctx);
        return (f) => {
          const o = obj(f);
          let k: PyObject;
          try {
            k = key(f);
          } catch (err) {
            decref(o);
            throw err;
          }
          f.pos = node;
          try {
            delItem(o, k);
          } finally {
            decref(o);
            decref(k);
          }
          return NORMAL;
        };
      }
      case 'Tuple':
      case 'List': {
        const ds = t.elts.map((e) => this.del(e, ctx));
        return (f) => {
          for (const d of ds) d(f);
          return NORMAL;
        };
      }
    }
    return notSupported(`del of ${t._type}`);
  }

  // ---- expressions -----------------------------------------------------------------------------------

  /** Compile an expression used as a condition: returns a JS boolean, no bool object. */
  cond(e: A.expr, ctx: Ctx): Cond {
    if (evalStack.on) return tracedCond(e, () => this.condOf(e, ctx));
    return this.condOf(e, ctx);
  }

  private condOf(e: A.expr, ctx: Ctx): Cond {
    if (e._type === 'Compare' && e.ops.length === 1) {
      const l = this.expr(e.left, ctx);
      const r = this.expr(e.comparators[0], ctx);
      const op = e.ops[0];
      const node = e as Pos;
      if (op === 'Is' || op === 'IsNot') {
        const want = op === 'Is';
        return (f) => {
          const a = l(f);
          let b: PyObject;
          try {
            b = r(f);
          } catch (err) {
            decref(a);
            throw err;
          }
          const v = a === b;
          decref(a);
          decref(b);
          return v === want;
        };
      }
      return (f) => {
        const a = l(f);
        let b: PyObject;
        try {
          b = r(f);
        } catch (err) {
          decref(a);
          throw err;
        }
        if (a.ob_type === intType && b.ob_type === intType) {
          const x = a.v;
          const y = b.v;
          decref(a);
          decref(b);
          switch (op) {
            case 'Lt': return x < y;
            case 'LtE': return x <= y;
            case 'Gt': return x > y;
            case 'GtE': return x >= y;
            case 'Eq': return x == y; // eslint-disable-line eqeqeq
            case 'NotEq': return x != y; // eslint-disable-line eqeqeq
          }
          a.ob_refcnt++;
          b.ob_refcnt++;
        }
        f.pos = node;
        try {
          const res = compareOp(op, a, b);
          const v = res === True ? true : res === False ? false : truthy(res);
          decref(res);
          return v;
        } finally {
          decref(a);
          decref(b);
        }
      };
    }
    if (e._type === 'UnaryOp' && e.op === 'Not') {
      const inner = this.cond(e.operand, ctx);
      return (f) => !inner(f);
    }
    if (e._type === 'BoolOp') {
      const parts = e.values.map((v) => this.cond(v, ctx));
      if (e.op === 'And') {
        return (f) => {
          for (const p of parts) if (!p(f)) return false;
          return true;
        };
      }
      return (f) => {
        for (const p of parts) if (p(f)) return true;
        return false;
      };
    }
    const x = this.expr(e, ctx);
    return (f) => {
      const o = x(f);
      if (o === True) {
        o.ob_refcnt--;
        return true;
      }
      if (o === False || o === None) {
        o.ob_refcnt--;
        return false;
      }
      try {
        return truthy(o);
      } finally {
        decref(o);
      }
    };
  }

  expr(e: A.expr, ctx: Ctx): Ex {
    // a traced run compiles variants that show their operands (src/sim/trace-stack.ts)
    if (evalStack.on) return tracedExpr(e, ctx.code.qualname, this.source, () => this.exprOf(e, ctx));
    return this.exprOf(e, ctx);
  }

  private exprOf(e: A.expr, ctx: Ctx): Ex {
    if (e._type !== 'Constant') {
      const folded = this.foldedConstant(e, ctx);
      if (folded !== null) return () => incref(folded);
    }
    switch (e._type) {
      case 'Constant': {
        const c = this.constant(e.value, ctx);
        return () => {
          c.ob_refcnt++;
          return c;
        };
      }
      case 'Name':
        return this.loadName(e.id, ctx, e as Pos);
      case 'BinOp':
        return this.binOp(e, ctx);
      case 'UnaryOp': {
        if (e.op === 'USub' && e.operand._type === 'Constant' && (typeof e.operand.value === 'bigint' || typeof e.operand.value === 'number')) {
          const v = e.operand.value;
          const c = this.constant(typeof v === 'bigint' ? -v : -v, ctx);
          return () => incref(c);
        }
        const operand = this.expr(e.operand, ctx);
        const op = e.op;
        const node = e as Pos;
        return (f) => {
          const o = operand(f);
          f.pos = node;
          try {
            return unaryOp(op, o, truthy);
          } finally {
            decref(o);
          }
        };
      }
      case 'BoolOp': {
        const parts = e.values.map((v) => this.expr(v, ctx));
        const isAnd = e.op === 'And';
        return (f) => {
          let v = parts[0](f);
          for (let i = 1; i < parts.length; i++) {
            const t = truthy(v);
            if (t !== isAnd) return v;
            decref(v);
            v = parts[i](f);
          }
          return v;
        };
      }
      case 'Compare':
        return this.compare(e, ctx);
      case 'IfExp': {
        const test = this.cond(e.test, ctx);
        const body = this.expr(e.body, ctx);
        const orelse = this.expr(e.orelse, ctx);
        return (f) => (test(f) ? body(f) : orelse(f));
      }
      case 'Call':
        return this.call(e, ctx);
      case 'Attribute': {
        const obj = this.expr(e.value, ctx);
        const name = e.attr;
        const node = e as Pos;
        const site = new AttrSite(name);
        return (f) => {
          const o = obj(f);
          // instance attribute of a plain class: no descriptor can shadow it
          const v = loadInstanceAttr(site, o);
          if (v !== undefined) {
            v.ob_refcnt++;
            if (--o.ob_refcnt === 0) decrefZero(o);
            return v;
          }
          f.pos = node;
          try {
            return getAttr(o, name);
          } finally {
            decref(o);
          }
        };
      }
      case 'Subscript':
        return this.subscript(e, ctx);
      case 'List':
      case 'Tuple':
      case 'Set': {
        if (e._type === 'Tuple' && e.elts.every((x) => x._type === 'Constant')) {
          const items = e.elts.map((x) => this.consts.get((x as A.Constant).value));
          const c = items.length === 0 ? this.noteAndGet(emptyTupleConst(), ctx) : this.consts.tuple(items);
          this.noteConst(ctx.code, c);
          return () => incref(c);
        }
        const parts = this.seqParts(e.elts, ctx);
        const kind = e._type;
        // 3.11 compiles a set display of 3+ constants as a frozenset constant copied into a new set,
        // which lays the table out differently from adding the items one by one.
        // (after the AST optimizer's folding: -5 and 2**63 are constants too)
        const constSet = kind === 'Set' && e.elts.length > 2 && e.elts.every((x) => constantOf(x, this.folded.constants) !== undefined);
        // a list display CPython's optimizer turned into a tuple (`for x in [a, b]`, `x in [a, b]`)
        const asTuple = kind === 'List' && this.folded.listsAsTuples.has(e);
        return (f) => {
          const items = parts(f);
          if (asTuple) return newTuple(items);
          if (kind === 'List') return newList(items);
          if (kind === 'Tuple') return newTuple(items);
          if (constSet) return setFromConstants(items);
          const s = newSet();
          const m = s.v as Map<unknown, PyObject>;
          for (const it of items) {
            const k = hashKey(it);
            if (m.has(k)) decref(it);
            else m.set(k, it);
          }
          return s;
        };
      }
      case 'Dict': {
        const keys = e.keys.map((k) => (k ? this.expr(k, ctx) : null));
        const vals = e.values.map((v) => this.expr(v, ctx));
        const node = e as Pos;
        return (f) => {
          const d = newDict();
          const m = d.v as Map<unknown, DictEntry>;
          for (let i = 0; i < vals.length; i++) {
            const kf = keys[i];
            if (kf === null) {
              let other: PyObject;
              try {
                other = vals[i](f);
              } catch (err) {
                decref(d);
                throw err;
              }
              f.pos = node;
              try {
                dictMerge(d, other);
              } catch (err) {
                decref(d);
                throw err;
              } finally {
                decref(other);
              }
              continue;
            }
            let k: PyObject;
            let v: PyObject;
            try {
              k = kf(f);
            } catch (err) {
              decref(d);
              throw err;
            }
            try {
              v = vals[i](f);
            } catch (err) {
              decref(k);
              decref(d);
              throw err;
            }
            f.pos = node;
            let hk: unknown;
            try {
              hk = hashKey(k);
            } catch (err) {
              decref(k);
              decref(v);
              decref(d);
              throw err;
            }
            dictSetItemTake2(m, hk, k, v);
          }
          return d;
        };
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e, ctx);
      case 'Lambda':
        return this.functionMaker(e, '<lambda>', ctx);
      case 'JoinedStr':
        return this.joinedStr(e, ctx);
      case 'FormattedValue':
        return this.joinedStr({ ...e, _type: 'JoinedStr', values: [e] } as unknown as A.JoinedStr, ctx);
      case 'NamedExpr': {
        const value = this.expr(e.value, ctx);
        const target = this.storeName(e.target.id, ctx.scope.kind === 'comp' ? this.outerCtxFor(ctx) : ctx);
        return (f) => {
          const v = value(f);
          v.ob_refcnt++;
          target(f, v);
          return v;
        };
      }
      case 'Starred':
        return notSupportedExpr("a starred expression here");
      case 'Slice': {
        const lo = e.lower ? this.expr(e.lower, ctx) : null;
        const hi = e.upper ? this.expr(e.upper, ctx) : null;
        const st = e.step ? this.expr(e.step, ctx) : null;
        return (f) => makeSlice(lo ? lo(f) : incref(None), hi ? hi(f) : incref(None), st ? st(f) : incref(None));
      }
      case 'Yield':
      case 'YieldFrom':
        return notSupportedExpr("'yield' (generator functions)");
    }
    return notSupportedExpr(`the expression ${(e as A.expr)._type}`);
  }

  private outerCtxFor(ctx: Ctx): Ctx {
    return ctx;
  }

  /**
   * The tuple, str or frozenset constant CPython's AST optimizer makes of `e` (`(1, 2) + (3,)`,
   * `(1, (2, 3))`, `'ab' * 3`, `'abc'[1]`, a list or set of constants iterated over or tested with
   * `in`): one object for every run of the
   * expression, merged with equal constants. Null when `e` is not folded to one (numbers are
   * folded by foldConstant).
   */
  private foldedConstant(e: A.expr, ctx: Ctx): PyObject | null {
    const v = this.folded.constants.get(e);
    if (v === undefined || (v.t !== 'tuple' && v.t !== 'str' && v.t !== 'frozenset')) return null;
    const o = this.constObject(v, ctx);
    if (o !== null) this.noteConst(ctx.code, o);
    return o;
  }

  private constObject(v: ConstValue, ctx: Ctx): PyObject | null {
    switch (v.t) {
      case 'None': return None;
      case 'Ellipsis': return EllipsisObj;
      case 'bool': return v.v ? True : False;
      case 'int':
      case 'float':
      case 'str':
        return this.consts.get(v.v);
      case 'tuple': {
        if (v.items.length === 0) return this.noteAndGet(emptyTupleConst(), ctx);
        const items = this.constObjects(v.items, ctx);
        return items === null ? null : this.consts.tuple(items);
      }
      case 'frozenset': {
        const items = this.constObjects(v.items, ctx);
        return items === null ? null : this.consts.frozenset(items);
      }
      default:
        return null;
    }
  }

  private constObjects(values: readonly ConstValue[], ctx: Ctx): PyObject[] | null {
    const items: PyObject[] = [];
    for (const item of values) {
      const o = this.constObject(item, ctx);
      if (o === null) return null;
      items.push(o);
    }
    return items;
  }

  private noteAndGet(o: PyObject, ctx: Ctx): PyObject {
    this.noteConst(ctx.code, o);
    return o;
  }

  private constant(v: A.ConstantValue, ctx: Ctx): PyObject {
    const c = this.consts.get(v);
    this.noteConst(ctx.code, c);
    // CPython 3.11 keeps the parsed AST (and the objects its literals created) alive while the
    // program runs; every literal of a cached small int adds references (measured: 3 at module
    // level, 2 inside a function, besides co_consts).
    if (typeof v === 'bigint' && v >= -5n && v <= 256n) c.ob_refcnt += ctx.scope.kind === 'module' ? 3 : 2;
    return c;
  }

  private seqParts(elts: A.expr[], ctx: Ctx): (f: Frame) => PyObject[] {
    const hasStar = elts.some((x) => x._type === 'Starred');
    const parts = elts.map((x) => (x._type === 'Starred' ? { star: true, e: this.expr(x.value, ctx) } : { star: false, e: this.expr(x, ctx) }));
    if (!hasStar) {
      const es = parts.map((p) => p.e);
      const n = es.length;
      return (f) => {
        const items = new Array<PyObject>(n);
        let i = 0;
        try {
          for (; i < n; i++) items[i] = es[i](f);
        } catch (err) {
          // an exception unwinds the evaluation stack: the values already computed are released
          for (let j = 0; j < i; j++) decref(items[j]);
          throw err;
        }
        return items;
      };
    }
    return (f) => {
      const items: PyObject[] = [];
      for (const p of parts) {
        const v = p.e(f);
        if (!p.star) {
          items.push(v);
          continue;
        }
        const it = getIter(v);
        decref(v);
        for (;;) {
          const x = iterNext(it);
          if (x === null) break;
          items.push(x);
        }
        decref(it);
      }
      return items;
    };
  }

  private binOp(e: A.BinOp, ctx: Ctx): Ex {
    // constant folding, as CPython's AST optimizer does ('he' + 'llo' is one interned constant)
    if (e.left._type === 'Constant' && e.right._type === 'Constant' && typeof e.left.value === 'string' && typeof e.right.value === 'string' && e.op === 'Add') {
      const c = this.constant(e.left.value + e.right.value, ctx);
      return () => incref(c);
    }
    // numbers the AST optimizer folded (optimizer.ts: CPython's rules and size limits)
    const folded = constantOf(e, this.folded.constants);
    if (folded !== undefined && (folded.t === 'int' || folded.t === 'float')) {
      const c = this.constant(folded.v, ctx);
      return () => incref(c);
    }
    const l = this.expr(e.left, ctx);
    const r = this.expr(e.right, ctx);
    const op = e.op as BinOpName;
    const node = e as Pos;
    if (op === 'Add' || op === 'Sub') {
      const add = op === 'Add';
      return (f) => {
        const a = l(f);
        let b: PyObject;
        try {
          b = r(f);
        } catch (err) {
          decref(a);
          throw err;
        }
        if (a.ob_type === intType && b.ob_type === intType && typeof a.v === 'number' && typeof b.v === 'number') {
          const s = add ? a.v + b.v : a.v - b.v;
          if (s >= -9007199254740991 && s <= 9007199254740991) {
            if (--a.ob_refcnt === 0) decrefZero(a);
            if (--b.ob_refcnt === 0) decrefZero(b);
            return newInt(s);
          }
        }
        return binarySlow(f, node, op, a, b);
      };
    }
    if (op === 'Mult' || op === 'Mod' || op === 'FloorDiv') {
      const kind = op === 'Mult' ? 0 : op === 'Mod' ? 1 : 2;
      return (f) => {
        const a = l(f);
        let b: PyObject;
        try {
          b = r(f);
        } catch (err) {
          decref(a);
          throw err;
        }
        if (a.ob_type === intType && b.ob_type === intType) {
          const x = a.v;
          const y = b.v;
          if (typeof x === 'number' && typeof y === 'number' && y !== 0) {
            let v: number;
            if (kind === 0) v = x * y;
            else if (kind === 1) {
              v = x % y;
              if (v !== 0 && (v < 0) !== (y < 0)) v += y;
            } else v = Math.floor(x / y);
            if (v >= -9007199254740991 && v <= 9007199254740991 && (kind !== 2 || (x < 2147483648 && x > -2147483648))) {
              if (--a.ob_refcnt === 0) decrefZero(a);
              if (--b.ob_refcnt === 0) decrefZero(b);
              return newInt(v);
            }
          }
        }
        return binarySlow(f, node, op, a, b);
      };
    }
    return (f) => binarySlow(f, node, op, l(f), r(f));
  }

  private compare(e: A.Compare, ctx: Ctx): Ex {
    const first = this.expr(e.left, ctx);
    const rest = e.comparators.map((c) => this.expr(c, ctx));
    const ops = e.ops;
    const node = e as Pos;
    if (ops.length === 1) {
      const r0 = rest[0];
      const op = ops[0];
      return (f) => {
        const a = first(f);
        let b: PyObject;
        try {
          b = r0(f);
        } catch (err) {
          decref(a);
          throw err;
        }
        f.pos = node;
        try {
          return compareOp(op, a, b);
        } finally {
          decref(a);
          decref(b);
        }
      };
    }
    return (f) => {
      let a = first(f);
      for (let i = 0; i < ops.length; i++) {
        let b: PyObject;
        try {
          b = rest[i](f);
        } catch (err) {
          decref(a);
          throw err;
        }
        f.pos = node;
        let res: PyObject;
        try {
          res = compareOp(ops[i], a, b);
        } catch (err) {
          decref(a);
          decref(b);
          throw err;
        }
        decref(a);
        if (i === ops.length - 1) {
          decref(b);
          return res;
        }
        if (!truthy(res)) {
          decref(b);
          return res;
        }
        decref(res);
        a = b;
      }
      return incref(True);
    };
  }

  private subscript(e: A.Subscript, ctx: Ctx): Ex {
    const obj = this.expr(e.value, ctx);
    const node = e as Pos;
    if (e.slice._type === 'Slice') {
      const sl = e.slice;
      const lo = sl.lower ? this.expr(sl.lower, ctx) : null;
      const hi = sl.upper ? this.expr(sl.upper, ctx) : null;
      const st = sl.step ? this.expr(sl.step, ctx) : null;
      return (f) => {
        const o = obj(f);
        const a = lo ? lo(f) : null;
        const b = hi ? hi(f) : null;
        const c = st ? st(f) : null;
        f.pos = node;
        try {
          return getSlice(o, a, b, c);
        } finally {
          decref(o);
          xdecref(a);
          xdecref(b);
          xdecref(c);
        }
      };
    }
    const key = this.expr(e.slice, ctx);
    return (f) => {
      const o = obj(f);
      let k: PyObject;
      try {
        k = key(f);
      } catch (err) {
        decref(o);
        throw err;
      }
      f.pos = node;
      const ot = o.ob_type;
      if ((ot === listType || ot === tupleType) && k.ob_type === intType && typeof k.v === 'number') {
        // BINARY_SUBSCR_LIST_INT / _TUPLE_INT
        const items = o.v as PyObject[];
        let i = k.v as number;
        if (i < 0) i += items.length;
        if (i >= 0 && i < items.length) {
          const r = items[i];
          r.ob_refcnt++;
          decref(o);
          decref(k);
          return r;
        }
      } else if (ot === dictType && k.ob_type === strType) {
        // BINARY_SUBSCR_DICT with a str key (hashKey of an exact str is its value)
        const e = (o.v as Map<unknown, DictEntry>).get(k.v);
        if (e !== undefined) {
          const r = e.v;
          r.ob_refcnt++;
          decref(o);
          decref(k);
          return r;
        }
      }
      try {
        return getItem(o, k);
      } finally {
        decref(o);
        decref(k);
      }
    };
  }

  private call(e: A.Call, ctx: Ctx): Ex {
    const node = e as Pos;
    if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) {
      // CALL_FUNCTION_EX: the callee is loaded as an attribute (a bound method), no LOAD_METHOD
      const fnE = this.expr(e.func, ctx);
      const posParts: PositionalPart[] = e.args.map((x) => (x._type === 'Starred' ? { star: true, e: this.expr(x.value, ctx) } : { star: false, e: this.expr(x, ctx) }));
      const kwParts: KeywordPart[] = e.keywords.map((k) => ({ name: k.arg, e: this.expr(k.value, ctx) }));
      return (f) => callEx(f, node, fnE(f), posParts, kwParts);
    }
    // only positional arguments and named keywords from here (the rest is call-ex.ts)
    const args = this.seqParts(e.args, ctx);
    const kwNames = e.keywords.map((k) => k.arg as string);
    const kwVals = e.keywords.map((k) => this.expr(k.value, ctx));
    const buildKw = kwVals.length === 0 ? null : (f: Frame): Map<string, PyObject> => {
      const kw = new Map<string, PyObject>();
      for (let i = 0; i < kwVals.length; i++) kw.set(kwNames[i], kwVals[i](f));
      return kw;
    };
    // super() without arguments: the class the function was defined in, and its first argument
    if (e.func._type === 'Name' && e.func.id === 'super' && e.args.length === 0 && ctx.scope.kind === 'function') {
      return (f) => {
        f.pos = node;
        return zeroArgSuper(f);
      };
    }
    if (e.func._type === 'Attribute') {
      // LOAD_METHOD: call a method without creating a bound-method object
      const obj = this.expr(e.func.value, ctx);
      const name = e.func.attr;
      const attrNode = e.func as Pos;
      // the hot path (a Python method) stays small: each Python call costs this JS frame
      const slow = (f: Frame, o: PyObject, meth: PyObject | null): PyObject => {
        if (meth === null) {
          let fn: PyObject;
          f.pos = attrNode;
          try {
            fn = getAttr(o, name);
          } finally {
            decref(o);
          }
          if (evalStack.on) receiverReplaced(o, fn);
          const a = evalArgs(args, f, fn);
          const kw = buildKw === null ? null : evalKw(buildKw, f, fn, a);
          f.pos = node;
          try {
            return callObject(fn, a, kw);
          } finally {
            decref(fn);
          }
        }
        const a = evalArgs(args, f, o);
        const kw = buildKw === null ? null : evalKw(buildKw, f, o, a);
        f.pos = node;
        const b = meth.v as BuiltinInfo;
        try {
          return b.fn(o, a, kw);
        } finally {
          for (let i = 0; i < a.length; i++) decref(a[i]);
          if (kw !== null) for (const v of kw.values()) decref(v);
          decref(o);
        }
      };
      // arguments are evaluated and the frame entered out of line: this closure's JS frame stays
      // on the stack while the callee runs, so it keeps few registers
      const enter = (f: Frame, o: PyObject, meth: PyObject): Frame => {
        const a = evalArgs(args, f, o);
        const kw = buildKw === null ? null : evalKw(buildKw, f, o, a);
        f.pos = node;
        a.unshift(o);
        const cc = (meth.v as FuncInfo).code as CompiledCode;
        return enterFrame(cc.info, cc.simple, meth, a, kw);
      };
      const msite = new MethodSite(name);
      return (f) => {
        const o = obj(f);
        let meth = cachedMethod(msite, o);
        if (meth === null) {
          meth = findMethod(o, name);
          if (meth !== null) fillMethod(msite, o, meth);
        }
        if (meth === null || meth.ob_type !== functionType) return slow(f, o, meth);
        // the callee's body runs in this JS frame (no `call` frame between Python frames)
        const nf = enter(f, o, meth);
        const body = nf.code.body;
        try {
          for (let i = 0; i < body.length; i++) if (body[i](nf) === RETURN) break;
          return takeReturn(nf);
        } catch (e) {
          throw callError(e, nf);
        } finally {
          leaveFrame(nf);
        }
      };
    }
    const fnE = this.expr(e.func, ctx);
    // null: `fn` was not a Python function and has been called (result in `plainResult`)
    let plainResult: PyObject | null = null;
    const enter = (f: Frame, fn: PyObject): Frame | null => {
      const a = evalArgs(args, f, fn);
      const kw = buildKw === null ? null : evalKw(buildKw, f, fn, a);
      f.pos = node;
      if (fn.ob_type !== functionType) {
        plainResult = callAndDrop(fn, a, kw);
        return null;
      }
      const cc = (fn.v as FuncInfo).code as CompiledCode;
      try {
        return enterFrame(cc.info, cc.simple, fn, a, kw);
      } catch (e) {
        decref(fn);
        throw e;
      }
    };
    return (f) => {
      const fn = fnE(f);
      const nf = enter(f, fn);
      if (nf === null) {
        const r = plainResult!;
        plainResult = null;
        return r;
      }
      // the callee's body runs in this JS frame; our reference to the function is dropped when
      // it returns (even by exception)
      const body = nf.code.body;
      try {
        for (let i = 0; i < body.length; i++) if (body[i](nf) === RETURN) break;
        return takeReturn(nf);
      } catch (e) {
        throw callError(e, nf);
      } finally {
        leaveFrame(nf);
        decref(fn);
      }
    };
  }

  private joinedStr(e: A.JoinedStr, ctx: Ctx): Ex {
    const parts = e.values.map((v) => {
      if (v._type === 'Constant') {
        const s = String(v.value);
        return (_f: Frame) => s;
      }
      const value = this.expr(v.value, ctx);
      const conv = v.conversion;
      const spec = v.format_spec ? this.joinedStr(v.format_spec, ctx) : null;
      const node = v as unknown as Pos;
      return (f: Frame) => {
        const o = value(f);
        try {
          let target = o;
          let tmp: PyObject | null = null;
          if (conv === 114 || conv === 97) tmp = newStr(repr(o));
          else if (conv === 115) tmp = newStr(pyStr(o));
          if (tmp !== null) target = tmp;
          let specStr = '';
          if (spec !== null) {
            const so = spec(f);
            specStr = so.v as string;
            decref(so);
          }
          f.pos = node;
          try {
            if (specStr === '' && target.ob_type === strType) return target.v as string;
            return withFormatLookup(target, specStr, () => formatValue(target, specStr));
          } finally {
            if (tmp !== null) decref(tmp);
          }
        } finally {
          decref(o);
        }
      };
    });
    // f'{s}' alone (or f'{s:>3}' needing no padding): FORMAT_VALUE's result is the exact str itself
    const only = e.values.length === 1 && e.values[0]._type === 'FormattedValue' ? e.values[0] : null;
    if (only !== null && (only.conversion === -1 || only.conversion === 115 || only.conversion === 114)) {
      const value = this.expr(only.value, ctx);
      const spec = only.format_spec ? this.joinedStr(only.format_spec, ctx) : null;
      const node = only as unknown as Pos;
      const conv = only.conversion;
      return (f) => {
        const o = value(f);
        try {
          let specStr = '';
          if (spec !== null) {
            const so = spec(f);
            specStr = so.v as string;
            decref(so);
          }
          if (conv !== 114 && formatsToItself(o, specStr)) {
            if (specStr !== '') withFormatLookup(o, specStr, () => null); // str.__format__, bound
            o.ob_refcnt++;
            return o;
          }
          f.pos = node;
          // PyObject_Format with an empty spec is str(value) (a new string for an int)
          if (conv === -1) {
            const s = withFormatLookup(o, specStr, () => formatValue(o, specStr));
            return specStr === '' ? newStrOfRepr(o, s) : newStr(s);
          }
          // !s, !r: the converted string, then formatted (an empty spec keeps it as it is)
          const t = newStrOfRepr(o, conv === 115 ? pyStr(o) : repr(o));
          if (formatsToItself(t, specStr)) {
            if (specStr !== '') withFormatLookup(t, specStr, () => null);
            return t;
          }
          try {
            return newStr(withFormatLookup(t, specStr, () => formatValue(t, specStr)));
          } finally {
            decref(t);
          }
        } finally {
          decref(o);
        }
      };
    }
    return (f) => {
      let s = '';
      for (const p of parts) s += p(f);
      return newStr(s);
    };
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, ctx: Ctx): Ex {
    const scope = this.table.scopes.get(e)!;
    const name = scope.name;
    const code = this.newCode(name, ctx.qualPrefix + name, scope);
    const cctx = this.functionCtx(scope, code, ctx.qualPrefix + name + '.<locals>.');
    code.argcount = 1;
    const gens = e.generators;
    const firstIter = this.expr(gens[0].iter, ctx);
    const closureIdx = code.freenames.map((n) => ctx.cell.get(n)!);
    const levels = gens.map((g, i) => ({
      iter: i === 0 ? null : this.expr(g.iter, cctx),
      // 3.11 gives an inner loop's GET_ITER the comprehension's location
      iterNode: e as Pos,
      target: this.store(g.target, cctx),
      ifs: g.ifs.map((c) => this.cond(c, cctx)),
    }));
    const kind = e._type;
    const elt = kind === 'DictComp' ? null : this.expr((e as A.ListComp).elt, cctx);
    const key = kind === 'DictComp' ? this.expr((e as A.DictComp).key, cctx) : null;
    const val = kind === 'DictComp' ? this.expr((e as A.DictComp).value, cctx) : null;
    const node = e as Pos;

    const setupFrame = (f: Frame, it: PyObject): Frame => {
      const cf = new Frame(code, f.globals, null, null, code.nlocals);
      cf.fast[0] = it;
      const cells: PyObject[] = [];
      for (let i = 0; i < code.cellnames.length; i++) cells.push(newCell(null));
      for (const ci of closureIdx) cells.push(incref(f.cells[ci]));
      cf.cells = cells;
      return cf;
    };
    const clearFrame = (cf: Frame) => {
      for (let i = 0; i < cf.fast.length; i++) {
        const o = cf.fast[i];
        if (o !== null) {
          cf.fast[i] = null;
          decref(o);
        }
      }
      for (const c of cf.cells) decref(c);
    };

    // CPython 3.11 makes a function object for the comprehension (MAKE_FUNCTION) before it
    // evaluates the first iterable, and frees it when the comprehension's frame is cleared (a
    // generator expression's frame holds it as f_func until the generator finishes): the
    // simulator has no such object, only its count, which may start a collection
    // (a comprehension that uses a variable of the enclosing function gets its closure tuple
    // first, freed with the function: func_clear before PyObject_GC_Del)
    const closureSize = code.freenames.length;
    const countFunction = () => {
      if (closureSize > 0) gcLinkedUnseen('tuple', closureSize);
      gcLinkedUnseen('other');
    };
    const freeFunction = () => {
      if (closureSize > 0) gcFreedUnseen('tuple', closureSize);
      gcFreedUnseen('other');
    };
    if (kind === 'GeneratorExp') {
      const genCode = code;
      const clearGenFrame = (cf: Frame) => {
        clearFrame(cf);
        freeFunction();
      };
      return (f) => {
        countFunction();
        let seq: PyObject;
        try {
          seq = firstIter(f);
        } catch (err) {
          freeFunction();
          throw err;
        }
        // 3.11: GET_ITER has the comprehension's location
        f.pos = node;
        let it: PyObject;
        try {
          it = getIter(seq);
        } catch (err) {
          freeFunction();
          throw err;
        } finally {
          decref(seq);
        }
        const cf = setupFrame(f, it);
        return makeGenerator(genCode, cf, levels, elt!, clearGenFrame);
      };
    }

    const run = (cf: Frame, emit: (cf: Frame) => void) => {
      const loop = (li: number, it: PyObject) => {
        const lv = levels[li];
        for (;;) {
          const x = iterNext(it);
          if (x === null) return;
          lv.target(cf, x);
          let ok = true;
          for (const c of lv.ifs) {
            if (!c(cf)) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
          if (li + 1 < levels.length) {
            const nl = levels[li + 1];
            const seq = nl.iter!(cf);
            cf.pos = node;
            const it2 = getIter(seq);
            decref(seq);
            try {
              loop(li + 1, it2);
            } finally {
              decref(it2);
            }
          } else emit(cf);
          // JUMP_BACKWARD (an item a filter drops jumps back conditionally: no warm-up)
          warmUp(code);
        }
      };
      loop(0, cf.fast[0]!);
    };

    const comprehend = (f: Frame): PyObject => {
      const seq = firstIter(f);
      f.pos = node;
      let it: PyObject;
      try {
        it = getIter(seq);
      } finally {
        decref(seq);
      }
      const cf = setupFrame(f, it);
      f.pos = node;
      cf.back = R.frame;
      if (R.depth >= runtime.recursionLimit) {
        clearFrame(cf);
        throw pyErr(RecursionError, 'maximum recursion depth exceeded');
      }
      R.frame = cf;
      R.depth++;
      warmUp(code); // RESUME
      let result: PyObject;
      if (kind === 'ListComp') result = newList([]);
      else if (kind === 'SetComp') result = newSet();
      else result = newDict();
      try {
        if (kind === 'ListComp') {
          const items = result.v as PyObject[];
          run(cf, (c) => {
            items.push(elt!(c));
          });
        } else if (kind === 'SetComp') {
          const m = result.v as Map<unknown, PyObject>;
          run(cf, (c) => {
            const v = elt!(c);
            c.pos = node;
            const k = hashKey(v);
            if (m.has(k)) decref(v);
            else m.set(k, v);
          });
        } else {
          const m = result.v as Map<unknown, DictEntry>;
          run(cf, (c) => {
            const k = key!(c);
            const v = val!(c);
            c.pos = node;
            dictSetItemTake2(m, hashKey(k), k, v);
          });
        }
      } catch (err) {
        decref(result);
        if (err instanceof PyObject) addTraceback(err, cf);
        throw err;
      } finally {
        R.frame = cf.back;
        R.depth--;
        clearFrame(cf);
      }
      return result;
    };
    return (f) => {
      countFunction();
      try {
        return comprehend(f);
      } finally {
        freeFunction();
      }
    };
  }
}

// ---- runtime helpers used by compiled code ------------------------------------------------------------

function evalArgs(args: (f: Frame) => PyObject[], f: Frame, fn: PyObject): PyObject[] {
  try {
    return args(f);
  } catch (err) {
    decref(fn);
    throw err;
  }
}

function evalKw(build: (f: Frame) => Map<string, PyObject>, f: Frame, fn: PyObject, a: PyObject[]): Map<string, PyObject> {
  try {
    return build(f);
  } catch (err) {
    decref(fn);
    for (const x of a) decref(x);
    throw err;
  }
}

function callAndDrop(fn: PyObject, a: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (fn.ob_type === builtinType) {
    // callObject's builtin case, without its dispatch: len(d), str(x), isinstance(...)
    const b = fn.v as BuiltinInfo;
    try {
      return b.fn(b.self, a, kw);
    } finally {
      for (let i = 0; i < a.length; i++) decref(a[i]);
      if (kw !== null) for (const v of kw.values()) decref(v);
      decref(fn);
    }
  }
  try {
    return callObject(fn, a, kw);
  } finally {
    decref(fn);
  }
}

/** LOAD_METHOD's lookup: a plain function or method descriptor on the type, or null. */
evalStack.findMethod = (o, name) => findMethod(o, name);

/** `with` in a traced run: the bound __exit__ waits on the stack for the whole block. */
function tracedEnter(line: number): typeof enterContext {
  const why = `the bound __exit__ of the with statement on line ${line} (held on the evaluation stack until the block ends)`;
  return (mgr) => {
    const r = enterContext(mgr);
    if (R.frame !== null) loopStart(R.frame, r.exit, why);
    return r;
  };
}
function findMethod(o: PyObject, name: string): PyObject | null {
  const t = o.ob_type;
  if (o instanceof PyType || t === superType) return null;
  const d = t.lookup(name);
  if (d !== null && (d.ob_type === methodDescrType || d.ob_type === functionType) && (o.dict === null || !o.dict.has(name))) return d;
  return null;
}

/**
 * The general binary operation, out of line: the closures' int fast paths stay small (fewer
 * registers per JS frame: deeper Python recursion fits the JS stack).
 */
function binarySlow(f: Frame, node: Pos, op: BinOpName, a: PyObject, b: PyObject): PyObject {
  f.pos = node;
  try {
    return binaryOp(op, a, b);
  } finally {
    decref(a);
    decref(b);
  }
}

/** GET_ITER of a for statement (out of line: the loop's JS frame stays small). */
function iterOf(f: Frame, iterE: Ex, iterNode: Pos): PyObject {
  const seq = iterE(f);
  f.pos = iterNode;
  try {
    return getIter(seq);
  } finally {
    decref(seq);
  }
}

/** An exception caught by a try statement: traceback entry and implicit __context__. */
function caught(e: unknown, f: Frame): PyObject {
  if (!(e instanceof PyObject)) throw e;
  addTraceback(e, f);
  const top = R.excStack[R.excStack.length - 1];
  if (top !== undefined && top !== e) setContext(e, top);
  return e;
}

/**
 * The `finally` clause, after the body completed with `c` or raised `pending`. Out of line so the
 * try statement's own JS frame (on the stack while its body runs) stays small.
 */
function runFinally(f: Frame, finalbody: St, c: number, pending: PyObject | null): number {
  const savedRet = c === RETURN ? f.retval : null;
  if (savedRet !== null) f.retval = null;
  let fc: number;
  if (pending !== null) R.excStack.push(pending);
  try {
    fc = finalbody(f);
  } catch (e2) {
    if (pending !== null && e2 instanceof PyObject && e2 !== pending) setContext(e2, pending);
    if (savedRet !== null) decref(savedRet);
    throw e2;
  } finally {
    if (pending !== null) R.excStack.pop();
  }
  if (fc !== NORMAL) {
    if (pending !== null) decref(pending);
    if (savedRet !== null) {
      if (fc === RETURN) decref(savedRet);
      else f.retval = savedRet;
    }
    return fc;
  }
  if (pending !== null) throw pending;
  if (savedRet !== null) f.retval = savedRet;
  return c;
}

/** Statement bookkeeping: the traceback position and the step budget. */
function tick(f: Frame, node: Pos): void {
  f.pos = node;
  if (++R.steps > R.stepBudget) stepCheckpoint();
}

function decrefZero(o: PyObject): void {
  dealloc(o);
}

function notSupported(what: string): St {
  return () => {
    throw pyErr(NotImplementedError, `${what} is not supported by the simulator`);
  };
}
function notSupportedExpr(what: string): Ex {
  return () => {
    throw pyErr(NotImplementedError, `${what} is not supported by the simulator`);
  };
}
function notSupportedStore(what: string): Store {
  return (_f, v) => {
    decref(v);
    throw pyErr(NotImplementedError, `${what} is not supported by the simulator`);
  };
}

function hasYield(node: A.FunctionDef | A.Lambda): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const t = (n as { _type?: string })._type;
    if (t === 'Yield' || t === 'YieldFrom') {
      found = true;
      return;
    }
    if (t === 'FunctionDef' || t === 'Lambda' || t === 'ClassDef') return;
    for (const v of Object.values(n)) visit(v);
  };
  if (node._type === 'FunctionDef') visit(node.body);
  else visit(node.body);
  return found;
}

function importErrorType(): PyType {
  return ImportErrorRef.t!;
}
export const ImportErrorRef: { t: PyType | null } = { t: null };

function emptyTupleConst(): PyObject {
  return newTuple([]);
}

export function nameError(name: string): PyObject {
  const missing = unsupportedBuiltin(name);
  if (missing !== null) return missing;
  const e = pyErr(NameError, `name '${name}' is not defined`);
  (e.v as ExcState & { nameErr?: string }).nameErr = name;
  return e;
}

function loadGlobal(f: Frame, name: string, node: Pos): PyObject {
  const e = f.gmap.get(name);
  if (e !== undefined) return incref(e.v);
  return loadBuiltin(f, name, node);
}

function loadBuiltin(f: Frame, name: string, node: Pos): PyObject {
  const b = builtinsMap.get(name);
  if (b !== undefined) {
    b.ob_refcnt++;
    return b;
  }
  f.pos = node;
  const err = nameError(name);
  const locals = f.code.varnames.concat(f.code.cellnames, f.code.freenames);
  const globals = [...f.gmap.keys()].filter((k): k is string => typeof k === 'string');
  (err.v as ExcState & { nameCandidates?: string[][] }).nameCandidates = [locals, globals, [...builtinsMap.keys()]];
  throw err;
}

export function compareOp(op: A.cmpop, a: PyObject, b: PyObject): PyObject {
  switch (op) {
    case 'Is': return newBool(a === b);
    case 'IsNot': return newBool(a !== b);
    case 'In': return newBool(contains(b, a));
    case 'NotIn': return newBool(!contains(b, a));
    default: return richCompare(a, b, op);
  }
}

function excMatches(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyType) {
    if (!t.isSubtype(BaseException)) throw typeErr('catching classes that do not inherit from BaseException is not allowed');
    return exc.ob_type.isSubtype(t);
  }
  if (t.ob_type === tupleType) {
    for (const x of t.v as PyObject[]) if (excMatches(exc, x)) return true;
    return false;
  }
  throw typeErr('catching classes that do not inherit from BaseException is not allowed');
}

/** `raise X`: an exception class is instantiated; X (owned) is consumed. */
function instantiateExc(x: PyObject, msg: string): PyObject {
  if (x instanceof PyType) {
    if (!x.isSubtype(BaseException)) {
      decref(x);
      throw typeErr(msg);
    }
    const inst = callObject(x, [], null);
    decref(x);
    return inst;
  }
  if (!isInstance(x, BaseException)) {
    decref(x);
    throw typeErr(msg);
  }
  return x;
}

function dictMerge(d: PyObject, other: PyObject): void {
  if (other.ob_type.tag !== Tag.Dict) throw typeErr(`'${typeName(other)}' object is not a mapping`);
  const m = d.v as Map<unknown, DictEntry>;
  for (const [hk, ent] of other.v as Map<unknown, DictEntry>) dictSetItemTake2(m, hk, incref(ent.k), incref(ent.v));
}

import { sliceType } from '../objects/core.ts';
function makeSlice(a: PyObject, b: PyObject, c: PyObject): PyObject {
  return newObject(sliceType, { start: a, stop: b, step: c });
}

import { superType } from '../objects/super.ts';
function zeroArgSuper(f: Frame): PyObject {
  const func = f.func;
  const klass = func ? (func.v as FuncInfo).klass : null;
  if (klass === null || f.code.argcount === 0) throw pyErr(RuntimeError, 'super(): no arguments');
  const self = f.fast[0] ?? (f.code.cellParam[0] === 0 ? (f.cells[0].v as PyObject | null) : null);
  if (self === null) throw pyErr(RuntimeError, 'super(): arg[0] deleted');
  return newObject(superType, { klass: incref(klass), self: incref(self) });
}

// ---- classes ----------------------------------------------------------------------------------------

function makeClass(name: string, qualname: string, bases: PyObject[], ns: Map<string, PyObject>): PyObject {
  const bs = bases.length ? bases : [objectType];
  for (const b of bs) {
    if (!(b instanceof PyType)) throw typeErr('bases must be types');
    if (b === typeType) throw pyErr(NotImplementedError, 'metaclasses are not supported by the simulator');
  }
  const base = bs[0] as PyType;
  // instances without a __dict__ (member descriptors, another size) are not modelled: say so
  if (ns.has('__slots__')) throw pyErr(NotImplementedError, '__slots__ is not supported by the simulator');
  if (base.name === 'bool' || base.name === 'NoneType' || base.name === 'function' || base.name === 'range') {
    throw typeErr(`type '${base.name}' is not an acceptable base type`);
  }
  const size = base.heap ? base.size : Math.max(base.size, 16) + 16;
  const t = new PyType(typeType, name, base, base.tag, size, true, true);
  t.module = '__main__';
  if (bs.length > 1) t.mro = c3(t, bs as PyType[]);
  // References CPython 3.11's type object creation leaves (measured with sys.getrefcount): the
  // new type's own __mro__ tuple holds it; a class whose base has no instance __dict__ also gets
  // __dict__/__weakref__ descriptors that point back at it (only __weakref__ for exception
  // bases, whose instances already have a dict). Each base is held by the __mro__, __bases__
  // and (the first) tp_base.
  let internal = 1;
  if (!base.heap) internal += base.tag === Tag.Exc ? 1 : 2;
  initClassParts(t, bs as PyType[], internal);
  t.ob_type = typeType;
  for (const [k, v] of ns) t.tp_dict.set(k, v);
  ns.clear();
  for (const v of t.tp_dict.values()) {
    if (v.ob_type === functionType) (v.v as FuncInfo).klass = t;
  }
  (t as PyType & { qualname?: string }).qualname = qualname;
  countClassAllocations(t, bases.length === 0);
  heapTypes.add(t);
  return t;
}

/**
 * A class whose methods use zero-argument super() or __class__ gets a `__class__` cell (CPython
 * makes it when the class body starts; each such method's __closure__ is a tuple holding it, made
 * by MAKE_FUNCTION: functionMaker counts those). Whether the class body has such a method.
 */
function classCellUsers(sc: Scope): boolean {
  return sc.children.some((c) => c.kind === 'function' && usesClassCell(c));
}

/** Whether a function (or one nested in it) uses the `__class__` cell of the class it is defined in. */
function usesClassCell(f: Scope): boolean {
  return f.usesSuper || f.uses.has('__class__') || f.children.some((c) => c.kind !== 'class' && usesClassCell(c));
}

/**
 * type_new's allocations, in CPython 3.11's order (src/tools/measure/cpython_gc_state.sh
 * allocs), each of which can start a collection: the __bases__ tuple when the class statement
 * named no base, tp_dict (a copy of the namespace), the type object itself, the __mro__ tuple,
 * the __dict__/__weakref__ descriptors, the weak reference the bases' __subclasses__() hold (and,
 * for a class's first subclass, the dict holding them), and type_new_set_names's temporary copy
 * of tp_dict and its __set_name__ calls. The simulator keeps only the type object; the rest moves
 * the count.
 */
function countClassAllocations(t: PyType, implicitBase: boolean): void {
  const { bases, descriptors } = t.classParts!;
  if (implicitBase) gcLinkedUnseen('tuple', 1);
  gcLinkedUnseen('dict');
  registerHeapType(t);
  gcLinkedUnseen('tuple', t.mro.length);
  for (let i = 0; i < descriptors; i++) gcLinkedUnseen('other');
  // add_subclass: each base's __subclasses__ dict holds a weak reference to the class, the same
  // one for all (PyWeakref_NewRef without a callback reuses the basic reference)
  gcLinkedUnseen('other');
  for (const b of bases) {
    if (b.heap && b.classParts !== null && !b.classParts.subclassesDict) {
      b.classParts.subclassesDict = true;
      gcLinkedUnseen('dict');
    }
  }
  setNames(t);
}

function c3(t: PyType, bases: PyType[]): PyType[] {
  const seqs = bases.map((b) => [...b.mro]).concat([[...bases]]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const c = s[0];
      if (!nonEmpty.some((o) => o.indexOf(c) > 0)) {
        cand = c;
        break;
      }
    }
    if (cand === null) throw typeErr('Cannot create a consistent method resolution order (MRO)');
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

import { allocHeapType } from '../objects/instance.ts';
function registerHeapType(t: PyType): void {
  allocHeapType(t);
}

// ---- calling compiled functions -----------------------------------------------------------------------

/** A compiled function's code as FuncInfo.code holds it (call sites run `info.body` inline). */
interface CompiledCode {
  name: string;
  qualname: string;
  call: (func: PyObject, args: PyObject[], kw: Map<string, PyObject> | null, dropFunc?: boolean) => PyObject;
  info: CodeInfo;
  simple: boolean;
}

/** Positional parameters only, no cells: the argument array can become the frame's locals. */
function isSimple(code: CodeInfo): boolean {
  return !code.hasVarargs && !code.hasVarkw && code.kwonlynames.length === 0 && code.cellnames.length === 0 && code.freenames.length === 0;
}

/** Frame exit: back to the caller's frame, locals released unless a traceback holds them. */
function leaveFrame(f: Frame): void {
  R.frame = f.back;
  R.depth--;
  if (!f.heldByExc) {
    clearLocals(f);
    if (f.frameObject) gcFreedUnseen('other');
  }
}

/** Build the entry point of a code object: bind arguments, run the body, clear the frame. */
function makeCaller(code: CodeInfo) {
  const simple = isSimple(code);
  const body = code.body;
  return function call(func: PyObject, args: PyObject[], kw: Map<string, PyObject> | null, dropFunc = false): PyObject {
    // kept small on purpose: every Python call costs one of these JS frames
    let f: Frame;
    try {
      f = enterFrame(code, simple, func, args, kw);
    } catch (e) {
      if (dropFunc) decref(func);
      throw e;
    }
    try {
      for (let i = 0; i < body.length; i++) {
        if (body[i](f) === RETURN) break;
      }
      return takeReturn(f);
    } catch (e) {
      throw callError(e, f);
    } finally {
      R.frame = f.back;
      R.depth--;
      if (!f.heldByExc) {
        clearLocals(f);
        // its PyFrameObject, if a traceback made one and none holds it any more
        if (f.frameObject) gcFreedUnseen('other');
      }
      if (dropFunc) decref(func);
    }
  };
}

function enterFrame(code: CodeInfo, simple: boolean, func: PyObject, args: PyObject[], kw: Map<string, PyObject> | null): Frame {
  const fi = func.v as FuncInfo;
  if (R.depth >= runtime.recursionLimit) {
    for (const a of args) decref(a);
    if (kw !== null) for (const v of kw.values()) decref(v);
    throw pyErr(RecursionError, 'maximum recursion depth exceeded');
  }
  const argcount = code.argcount;
  const nlocals = code.nlocals;
  let f: Frame;
  if (simple && kw === null && args.length === argcount) {
    // the argument array becomes the fast-locals array (3.11 moves arguments into the frame)
    const fast = args as (PyObject | null)[];
    for (let i = argcount; i < nlocals; i++) fast.push(null);
    f = new Frame(code, fi.globals, R.frame, func, fast);
  } else {
    f = new Frame(code, fi.globals, R.frame, func, nlocals);
    bindArgs(code, fi, f, args, kw);
  }
  if (code.cellnames.length !== 0 || code.freenames.length !== 0) setupCells(code, fi, f);
  if (code.isGenerator) {
    clearLocals(f);
    throw pyErr(NotImplementedError, "generator functions ('yield') are not supported by the simulator");
  }
  warmUp(code); // RESUME
  R.frame = f;
  R.depth++;
  return f;
}

function takeReturn(f: Frame): PyObject {
  const r = f.retval;
  if (r !== null) {
    f.retval = null;
    return r;
  }
  None.ob_refcnt++;
  return None;
}

function callError(e: unknown, f: Frame): unknown {
  if (e instanceof PyObject) {
    addTraceback(e, f);
    const st = e.v as ExcState;
    if (st !== null && typeof st === 'object' && 'frames' in st) {
      // the traceback now owns the frame (and its locals) until the exception is freed
      f.heldByExc = true;
      st.frames.push(f);
      // _PyFrame_Clear hands the frame object to the traceback (take_ownership), which links
      // f_back: the caller's frame object is made now if it has none yet
      const caller = f.back;
      if (caller !== null && !caller.frameObject) {
        caller.frameObject = true;
        gcLinkedUnseen('other');
      }
    }
  } else if (isJsSizeError(e)) {
    return heapBudget.exceeded();
  } else if (e instanceof RangeError) {
    // the JS stack ran out before the recursion limit: report it the Python way
    const re = pyErr(RecursionError, 'maximum recursion depth exceeded');
    addTraceback(re, f);
    return re;
  }
  return e;
}

/** Frame teardown: locals in co_varnames order, then cells (CPython 3.11's frame clear). */
function clearLocals(f: Frame): void {
  const fast = f.fast;
  for (let i = 0; i < fast.length; i++) {
    const o = fast[i];
    if (o !== null) {
      fast[i] = null;
      decref(o);
    }
  }
  const cells = f.cells;
  if (cells.length) {
    f.cells = [];
    for (const c of cells) decref(c);
  }
  if (f.retval !== null) {
    const r = f.retval;
    f.retval = null;
    decref(r);
  }
}

function setupCells(code: CodeInfo, fi: FuncInfo, f: Frame): void {
  const cells: PyObject[] = [];
  for (let i = 0; i < code.cellnames.length; i++) {
    const pi = code.cellParam[i];
    let init: PyObject | null = null;
    if (pi >= 0) {
      init = f.fast[pi];
      f.fast[pi] = null;
    }
    cells.push(newCell(init));
  }
  if (fi.closure !== null) for (const c of fi.closure) cells.push(incref(c));
  f.cells = cells;
}

function fnName(code: CodeInfo): string {
  return code.qualname;
}

function bindArgs(code: CodeInfo, fi: FuncInfo, f: Frame, args: PyObject[], kw: Map<string, PyObject> | null): void {
  const fast = f.fast;
  const argc = code.argcount;
  const nargs = args.length;
  const release = () => {
    for (const a of args) decref(a);
    if (kw) for (const v of kw.values()) decref(v);
    for (let i = 0; i < fast.length; i++) fast[i] = null;
  };
  const ndefs = fi.defaults ? fi.defaults.length : 0;
  if (nargs > argc && !code.hasVarargs) {
    const min = argc - ndefs;
    const kwGiven = kw ? [...kw.keys()].filter((k) => code.varnames.indexOf(k) >= 0).length : 0;
    const takes = min === argc ? `${argc} positional argument${argc === 1 ? '' : 's'}` : `from ${min} to ${argc} positional arguments`;
    const given = kwGiven ? `${nargs} positional argument${nargs === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'})` : `${nargs}`;
    release();
    throw typeErr(`${fnName(code)}() takes ${takes} but ${given} ${nargs === 1 && !kwGiven ? 'was' : 'were'} given`);
  }
  const npos = Math.min(nargs, argc);
  for (let i = 0; i < npos; i++) fast[i] = args[i];
  let idx = argc + code.kwonlynames.length;
  // initialize_locals makes the **kwargs dict before the *args tuple
  let kwDict: PyObject | null = null;
  if (code.hasVarkw) {
    kwDict = newDict();
    fast[idx + (code.hasVarargs ? 1 : 0)] = kwDict;
  }
  if (code.hasVarargs) fast[idx++] = newTuple(args.slice(npos));
  if (kw !== null) {
    for (const [k, v] of kw) {
      const pi = code.varnames.indexOf(k);
      if (pi >= code.posonlycount && pi >= 0 && pi < argc + code.kwonlynames.length) {
        if (fast[pi] !== null) {
          decref(v);
          throw typeErr(`${fnName(code)}() got multiple values for argument '${k}'`);
        }
        fast[pi] = v;
      } else if (kwDict !== null) {
        (kwDict.v as Map<unknown, DictEntry>).set(k, { k: newStr(k), v });
      } else {
        release();
        throw typeErr(`${fnName(code)}() got an unexpected keyword argument '${k}'`);
      }
    }
  }
  const missing: string[] = [];
  for (let i = nargs; i < argc; i++) {
    if (fast[i] !== null) continue;
    const di = i - (argc - ndefs);
    if (di >= 0 && fi.defaults) fast[i] = incref(fi.defaults[di]);
    else missing.push(code.varnames[i]);
  }
  if (missing.length) {
    release();
    const names = missing.map((m) => `'${m}'`);
    const list = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} and ${names[1]}` : names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1];
    throw typeErr(`${fnName(code)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  const kwMissing: string[] = [];
  code.kwonlynames.forEach((n, j) => {
    const pi = argc + j;
    if (fast[pi] !== null) return;
    const d = fi.kwdefaults?.get(n);
    if (d !== undefined) fast[pi] = incref(d);
    else kwMissing.push(n);
  });
  if (kwMissing.length) {
    release();
    const names = kwMissing.map((m) => `'${m}'`);
    throw typeErr(`${fnName(code)}() missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? '' : 's'}: ${names.join(' and ')}`);
  }
}

export { TypeError, ValueError, Frame };

/** find_ann: an annotated assignment in these statements, compound ones included, defs not. */
function findAnnotations(stmts: A.stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'While':
      case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try':
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody) || s.handlers.some((h) => findAnnotations(h.body))) return true;
        break;
    }
  }
  return false;
}

function annotationsName(at?: A.Position): A.Name {
  const p = at ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  return { _type: 'Name', id: '__annotations__', ctx: 'Load', lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset } as A.Name;
}
