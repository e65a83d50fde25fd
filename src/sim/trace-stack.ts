/**
 * The evaluation stack of a traced run: the values an expression has computed and not yet handed
 * on (CPython 3.11 keeps them on the frame's value stack; the simulator's compiled closures keep
 * them in JavaScript locals). `print(x, sys.getrefcount(x))` holds `print` and `x` while
 * getrefcount runs, and those references are part of x's ob_refcnt: the visualizer has to name
 * them for the explanation of a count to add up.
 *
 * Only a traced run pays for this. The compiler reads `evalStack.on` while it compiles (never while
 * the program runs) and, when it is set, wraps every expression in `operand()`: the wrapper
 * remembers the stack height, runs the expression, cuts the stack back (the expression consumed its
 * operands) and pushes its own result (owned by whoever evaluates it next). A call additionally
 * records where its operands start (`callMark`), because a Python callee takes its arguments over
 * (3.11 moves them into the new frame): `stackTemps()` decides, from the frame the call entered,
 * which of them the caller still holds.
 *
 * Statements consume the value of their expression: when the next statement of a frame starts
 * (`statementStart`, from the trace's line hook) that frame's operands are gone. A `for` loop's
 * iterator stays on the stack for the whole loop (`loops`).
 */
import type { CodeInfo, Frame, Ex } from './interpreter/frame.ts';
import { R } from './interpreter/frame.ts';
import { PyType, Tag } from './objects/pyobject.ts';
import type { PyObject } from './objects/pyobject.ts';
import type { MethodInfo } from './objects/abstract.ts';
import type * as A from './parse/ast.ts';
import type { TempRef } from './trace-types.ts';

/** What an operand is, in words, decided when the expression is compiled. */
export interface OperandSite {
  why: string;
  /** For the receiver of `obj.name(...)` when no method is found: the attribute it is replaced by. */
  alt?: OperandSite;
}

/** A call whose operands start at `base`: `method` is the name for `obj.name(...)` calls. */
export interface CallSite {
  method: string | null;
  /** What the receiver of `obj.name(...)` is while a Python method runs with it as `self`. */
  text: string;
}

interface Entry {
  frame: Frame;
  obj: PyObject;
  site: OperandSite;
  /** Made once, when a step first reports the entry (steps share it while it waits). */
  ref?: TempRef;
}

interface CallMark {
  frame: Frame;
  base: number;
  site: CallSite;
}

interface LoopMark {
  frame: Frame;
  it: PyObject;
  ref: TempRef;
}

/**
 * `findMethod` of the compiler (LOAD_METHOD's lookup), installed by it: which Python function an
 * `obj.name(...)` call enters, if any. Pure (no Python code runs).
 */
export type MethodLookup = (o: PyObject, name: string) => PyObject | null;

export const evalStack = {
  /** Set by the recorder before the program is compiled; read by the compiler. */
  on: false,
  items: [] as Entry[],
  calls: [] as CallMark[],
  loops: [] as LoopMark[],
  findMethod: null as MethodLookup | null,
  /** gc.callbacks (the collector's list), installed by the recorder: callbacks run from the collector. */
  gcCallbacks: null as (() => PyObject | null) | null,
  /** Every code object compiled for the traced program (their constants live for the whole run). */
  codes: [] as CodeInfo[],
  /** The name strings compiled global stores keep (CPython's co_names), one per store site. */
  names: [] as { code: CodeInfo; key: PyObject }[],
  reset(): void {
    this.codes = [];
    this.names = [];
    this.items.length = 0;
    this.calls.length = 0;
    this.loops.length = 0;
  },
};

/** Wrap a compiled expression that consumes its operands (its own value is taken at once). */
export function consumer(inner: Ex): Ex {
  const items = evalStack.items;
  return (f) => {
    const m = items.length;
    try {
      return inner(f);
    } finally {
      items.length = m;
    }
  };
}

/** Wrap a compiled expression: its result waits on the stack until its consumer takes it. */
export function operand(inner: Ex, site: OperandSite): Ex {
  const items = evalStack.items;
  return (f) => {
    const m = items.length;
    let r: PyObject;
    try {
      r = inner(f);
    } finally {
      items.length = m;
    }
    items.push({ frame: f, obj: r, site });
    return r;
  };
}

/** Wrap a compiled call: like `operand` (`op` null: like `consumer`), its operands marked as a call's. */
export function callOperand(inner: Ex, op: OperandSite | null, call: CallSite): Ex {
  const items = evalStack.items;
  const calls = evalStack.calls;
  return (f) => {
    const m = items.length;
    calls.push({ frame: f, base: m, site: call });
    let r: PyObject;
    try {
      r = inner(f);
    } finally {
      items.length = m;
      calls.pop();
    }
    if (op !== null) items.push({ frame: f, obj: r, site: op });
    return r;
  };
}

/**
 * Values their consumer takes at once, before anything else can run: a statement's own value
 * (stored, returned or dropped by the statement), what a comprehension turns into an iterator or
 * appends, a lambda's result, the operand `or`/`and` tests or returns, an f-string's formatted
 * value, what `*args`/`**kw` unpack. They never wait on the stack while other code runs.
 */
function takenAtOnce(e: A.expr, parent: A.expr | undefined): boolean {
  if (parent === undefined) return true;
  switch (parent._type) {
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
    case 'Lambda':
    case 'BoolOp':
    case 'IfExp':
    case 'NamedExpr':
    case 'JoinedStr':
    case 'FormattedValue':
    case 'Starred':
      return true;
    case 'Call':
      return parent.args.some((a) => a._type === 'Starred' && a.value === e) || parent.keywords.some((k) => k.arg === null && k.value === e);
    case 'List':
    case 'Tuple':
    case 'Set':
      return parent.elts.some((a) => a._type === 'Starred' && a.value === e);
    default:
      return false;
  }
}

/** Wrap a compiled test (`if`, `while`, comprehension filters): it consumes its operands. */
export function condOperand<T>(inner: (f: Frame) => T): (f: Frame) => T {
  const items = evalStack.items;
  return (f) => {
    const m = items.length;
    try {
      return inner(f);
    } finally {
      items.length = m;
    }
  };
}

/** A `for` loop holds its iterator until the loop ends. */
export function loopStart(f: Frame, it: PyObject, why: string): void {
  evalStack.loops.push({ frame: f, it, ref: { addr: it.addr, why } });
}
export function loopEnd(it: PyObject): void {
  const loops = evalStack.loops;
  for (let i = loops.length - 1; i >= 0; i--) {
    if (loops[i].it === it) {
      loops.splice(i, 1);
      return;
    }
  }
}

/** A `with` item in a traced run: what it put on the stack (its __exit__) goes when it ends. */
export function tracedWith(run: (f: Frame) => number): (f: Frame) => number {
  const loops = evalStack.loops;
  return (f) => {
    const m = loops.length;
    try {
      return run(f);
    } finally {
      loops.length = m;
    }
  };
}

/** `obj.name(...)` found no method to call: the attribute replaced the receiver on the stack. */
export function receiverReplaced(o: PyObject, fn: PyObject): void {
  const items = evalStack.items;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i].obj === o) {
      const site = items[i].site;
      items[i] = { frame: items[i].frame, obj: fn, site: site.alt ?? site };
      return;
    }
  }
}

/**
 * A new statement of `f` starts: the operands of its previous statement were consumed, and so were
 * those of frames that have ended since (a `__del__` run by a decref leaves its last statement's).
 */
export function statementStart(f: Frame): void {
  const items = evalStack.items;
  let n = items.length;
  while (n > 0) {
    const g = items[n - 1].frame;
    if (g !== f && isCaller(g, f)) break;
    n--;
  }
  items.length = n;
}

function isCaller(g: Frame, f: Frame): boolean {
  for (let x = f.back; x !== null; x = x.back) if (x === g) return true;
  return false;
}

/** The Python function a call of `callee` enters directly (its frame takes the arguments over). */
function enteredBy(callee: PyObject, k: Frame, site: CallSite, items: Entry[], base: number): 'args' | 'receiver' | 'init' | null {
  const func = k.func;
  if (func === null) return null;
  if (site.method !== null) {
    const meth = evalStack.findMethod?.(callee, site.method) ?? null;
    // LOAD_METHOD found a Python function: the receiver became `self`, the arguments its locals
    if (meth !== null && meth === func && meth.ob_type.tag === Tag.Func) return 'receiver';
    if (meth !== null) return null;
    // no method: the attribute (`receiverReplaced`) is the callable
    callee = items[base].obj;
  }
  const tag = callee.ob_type.tag;
  if (tag === Tag.Func) return callee === func ? 'args' : null;
  if (tag === Tag.Method) return (callee.v as MethodInfo).func === func ? 'args' : null;
  if (tag === Tag.Type && callee instanceof PyType && callee.heap && callee.lookup('__init__') === func) return 'init';
  return null;
}

/**
 * The temporaries holding references at this moment, innermost frame last, written into `out`
 * from index 0; returns how many. `chain` is the frame chain, outermost first. (Written by index:
 * the caller reuses `out`, and emptying it with `length = 0` would drop its store every step.)
 */
export function stackTemps(chain: Frame[], out: TempRef[]): number {
  let n = 0;
  const items = evalStack.items;
  const calls = evalStack.calls;
  for (const l of evalStack.loops) out[n++] = l.ref;
  // an except clause (or a finally clause an exception is passing through) holds its exception
  for (const e of R.excStack) {
    let r = excRefs.get(e);
    if (r === undefined) excRefs.set(e, (r = { addr: e.addr, why: EXC_WHY }));
    out[n++] = r;
  }
  // the common step: a module statement, nothing pending
  if (chain.length <= 1 && calls.length === 0) {
    for (const e of items) out[n++] = e.ref ??= { addr: e.obj.addr, why: e.site.why };
    return n;
  }
  // the innermost call of each frame decides what its callee took over
  const consumed = new Set<number>();
  const next = new Map<Frame, Frame>();
  for (let i = 1; i < chain.length; i++) next.set(chain[i - 1], chain[i]);
  const seen = new Set<Frame>();
  const entered = new Set<Frame>();
  for (let c = calls.length - 1; c >= 0; c--) {
    const mark = calls[c];
    if (seen.has(mark.frame)) continue;
    seen.add(mark.frame);
    const k = next.get(mark.frame);
    if (k === undefined || mark.base >= items.length || items[mark.base].frame !== mark.frame) continue;
    const how = enteredBy(items[mark.base].obj, k, mark.site, items, mark.base);
    if (how === null) continue;
    entered.add(k);
    let end = mark.base + 1;
    while (end < items.length && items[end].frame === mark.frame) end++;
    // a Python function or bound method: the arguments moved into the frame, the function stays
    // with the caller until the call returns; LOAD_METHOD's receiver moved too (it is `self`)
    if (how === 'args' || how === 'receiver') {
      for (let i = how === 'args' ? mark.base + 1 : mark.base; i < end; i++) consumed.add(i);
    } else {
      // type.__call__ keeps its arguments and holds the new instance while __init__ runs
      const self = k.fast[0];
      if (self !== null && self !== undefined) {
        out[n++] = { addr: self.addr, why: `the new ${(items[mark.base].obj as PyType).name} instance, held by the class call while __init__ runs` };
      }
    }
  }
  // a gc callback: invoke_gc_callback holds the callback and the info dict while it runs
  const cbs = evalStack.gcCallbacks?.() ?? null;
  if (cbs !== null && (cbs.v as PyObject[]).length !== 0) {
    for (let i = 1; i < chain.length; i++) {
      const k = chain[i];
      if (k.func === null || entered.has(k) || !(cbs.v as PyObject[]).includes(k.func)) continue;
      out[n++] = { addr: k.func.addr, why: 'the collector, calling its gc.callbacks, holds the callback while it runs' };
      const info = k.fast[1];
      if (info !== null && info !== undefined && info.ob_type.tag === Tag.Dict) {
        out[n++] = { addr: info.addr, why: 'the collector holds the info dict it passes to every callback' };
      }
    }
  }
  // a __del__ no call of the program entered: the deallocator (or the collector) runs it and
  // holds the object meanwhile (its count went back up from 0 for the call)
  for (let i = 1; i < chain.length; i++) {
    const k = chain[i];
    if (k.code.name !== '__del__' || entered.has(k)) continue;
    const self = k.fast[0];
    if (self !== null && self !== undefined) out[n++] = { addr: self.addr, why: `the object being finalized, held by the interpreter while its __del__ runs` };
  }
  for (let i = 0; i < items.length; i++) {
    if (consumed.has(i)) continue;
    const e = items[i];
    out[n++] = e.ref ??= { addr: e.obj.addr, why: e.site.why };
  }
  return n;
}

const EXC_WHY = 'the exception being handled (an except or finally clause holds it: sys.exc_info())';
/** One reference object per exception (steps share it while the clause runs). */
const excRefs = new WeakMap<PyObject, TempRef>();

/** The objects of `temps`, resolved back to PyObjects (roots for the drawing), from index 0; returns how many. */
export function stackObjects(out: PyObject[]): number {
  let n = 0;
  for (const l of evalStack.loops) out[n++] = l.it;
  for (const e of R.excStack) out[n++] = e;
  for (const e of evalStack.items) out[n++] = e.obj;
  return n;
}

// ---- compiling the traced variants ---------------------------------------------------------------

/** Expressions being compiled (the parent of an expression is the one below it). */
const compiling: A.expr[] = [];

function sourceText(e: A.expr, source: string[]): string {
  const p = e as unknown as A.Position;
  const line = source[p.lineno - 1] ?? '';
  let text = p.end_lineno === p.lineno ? line.slice(p.col_offset, p.end_col_offset) : line.slice(p.col_offset) + ' …';
  text = text.trim();
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

function callName(c: A.Call, source: string[]): string {
  return `${sourceText(c.func, source)}()`;
}

function ordinal(i: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][i] ?? `${i + 1}th`;
}

/** Why the caller holds `e` (a direct operand of `parent`), in words. */
function role(e: A.expr, parent: A.expr | undefined, source: string[]): string {
  const text = `\`${sourceText(e, source)}\``;
  if (parent === undefined) return `the value of ${text}, not yet stored`;
  const ptext = `\`${sourceText(parent, source)}\``;
  switch (parent._type) {
    case 'Call': {
      const name = callName(parent, source);
      if (parent.func === e) return `the function ${text}, held by the caller until the call returns`;
      if (parent.func._type === 'Attribute' && parent.func.value === e) return `${text}, whose .${parent.func.attr}() is being called`;
      const i = parent.args.indexOf(e);
      if (i >= 0) return `the ${ordinal(i)} argument of ${name}, held by the caller while the call runs`;
      const k = parent.keywords.find((kw) => kw.value === e);
      if (k !== undefined) return `the argument ${k.arg ?? '**'}= of ${name}, held by the caller while the call runs`;
      return `an argument of ${name}`;
    }
    case 'BinOp':
      return parent.left === e ? `the left operand of ${ptext}, held while the right one is computed` : `the right operand of ${ptext}`;
    case 'Subscript':
      return parent.value === e ? `the object subscripted in ${ptext}` : `the index in ${ptext}`;
    case 'Attribute':
      return `the object whose attribute .${parent.attr} is read`;
    case 'List':
    case 'Tuple':
    case 'Set':
      return `an item of ${ptext}, held while the others are computed`;
    case 'Dict':
      return `a key or value of ${ptext}, held while the others are computed`;
    case 'Compare':
      return `an operand of the comparison ${ptext}`;
    default:
      return `the value of ${text}, an operand of ${ptext}`;
  }
}

/**
 * The traced variant of a compiled expression. `compile` compiles `e` itself (its operands come
 * back through here); `where` names the code the expression belongs to.
 */
export function tracedExpr(e: A.expr, where: string, source: string[], compile: () => Ex): Ex {
  const parent = compiling[compiling.length - 1];
  compiling.push(e);
  let inner: Ex;
  try {
    inner = compile();
  } finally {
    compiling.pop();
  }
  const line = (e as unknown as A.Position).lineno;
  const atOnce = takenAtOnce(e, parent);
  if (atOnce && e._type !== 'Call') return consumer(inner);
  const at = ` (evaluation stack of ${where === '<module>' ? 'the module' : where + '()'}, line ${line})`;
  const site: OperandSite = { why: role(e, parent, source) + at };
  if (parent !== undefined && parent._type === 'Call' && parent.func._type === 'Attribute' && parent.func.value === e) {
    site.alt = { why: `the function \`${sourceText(parent.func, source)}\`, held by the caller until the call returns${at}` };
  }
  if (e._type !== 'Call') return operand(inner, site);
  const method = e.func._type === 'Attribute' ? e.func.attr : null;
  return callOperand(inner, atOnce ? null : site, { method, text: sourceText(e, source) });
}

/** The traced variant of a compiled test: nested in an expression or not, it consumes its operands. */
export function tracedCond<T>(e: A.expr, compile: () => (f: Frame) => T): (f: Frame) => T {
  compiling.push(e);
  try {
    return condOperand(compile());
  } finally {
    compiling.pop();
  }
}
