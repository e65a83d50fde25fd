/**
 * Expressions of a requested type. Option 0 at every choice is a literal, so a zero choice
 * stream yields the smallest program. Operations that can raise (division, indexing, dict
 * lookups...) set `risky`, and the statement generator then wraps the statement in try/except.
 */
import type { Choices } from '../choices.ts';
import { oneOf } from '../choices.ts';
import type { ClassInfo, FuncInfo, Scope, Ty } from './scope.ts';
import { EDGE_INTS, FLOATS, FORMAT_FLOAT, FORMAT_INT, FORMAT_STR, KEYS, SMALL_INTS, STRS, SUBSTRS } from './literals.ts';

/** Features a run can leave out, so that one frequent divergence doesn't hide the others. */
export type Feature = 'gc' | 'del' | 'sets' | 'astral';

export interface ExprContext {
  readonly c: Choices;
  readonly exclude: ReadonlySet<Feature>;
  scope: Scope;
  classes: ClassInfo[];
  funcs: FuncInfo[];
}

const ANY_PRINTABLE: Ty[] = ['int', 'float', 'bool', 'str', 'none', 'list[int]', 'list[str]', 'list[any]', 'dict', 'set', 'tuple', 'inst'];

/** Inside an f-string's braces 3.11 forbids backslashes and the enclosing quote character. */
const FSTRING_SAFE_STRS = STRS.filter((s) => !s.includes('\\') && !s.includes('"'));

/**
 * Parenthesize unless the expression is one primary (name, literal, call, subscript, display):
 * generated pieces are pasted into operator and method-call positions.
 */
export function p(e: string): string {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < e.length; i++) {
    const ch = e[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && ' +-*/%<>=!&|^~@'.includes(ch)) return `(${e})`;
  }
  return e;
}

/** `{{` would be an escaped brace and a lambda's colon would start the format spec: parenthesize. */
function braced(expr: string): string {
  return expr.startsWith('{') || expr.includes('lambda') ? `(${expr})` : expr;
}

export class ExprGen {
  risky = false;
  private inFString = false;
  constructor(readonly ctx: ExprContext) {}

  private get c(): Choices {
    return this.ctx.c;
  }

  /** A name of the type, if one exists (rarely skipped so literals still show up). */
  private varOf(ty: Ty): string | null {
    const vs = this.ctx.scope.ofType(ty);
    if (vs.length === 0) return null;
    return vs[this.c.pick(vs.length)].name;
  }

  anyType(): Ty {
    return this.pickTy(ANY_PRINTABLE);
  }

  pickTy(tys: readonly Ty[]): Ty {
    return oneOf(this.c, this.ctx.exclude.has('sets') ? tys.filter((t) => t !== 'set') : tys);
  }

  gen(ty: Ty, depth: number): string {
    switch (ty) {
      case 'int': return this.int(depth);
      case 'float': return this.float(depth);
      case 'bool': return this.bool(depth);
      case 'str': return this.str(depth);
      case 'none': return 'None';
      case 'list[int]': return this.listInt(depth);
      case 'list[str]': return this.listStr(depth);
      case 'list[any]': return this.listAny(depth);
      case 'dict': return this.dict(depth);
      case 'set': return this.set(depth);
      case 'tuple': return this.tuple(depth);
      case 'inst': return this.inst(depth);
    }
  }

  /** A value of any printable type (its repr never shows an address). */
  any(depth: number): string {
    return this.gen(this.anyType(), depth);
  }

  private leaf(ty: Ty, literal: () => string): string {
    if (this.c.pick(3) !== 0) {
      const v = this.varOf(ty);
      if (v !== null) return v;
    }
    return literal();
  }

  int(depth: number): string {
    const lit = () => (this.c.pick(3) === 0 ? oneOf(this.c, SMALL_INTS) : oneOf(this.c, EDGE_INTS));
    if (depth <= 0) return this.leaf('int', lit);
    const d = depth - 1;
    switch (this.c.pick(26)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('int', lit);
      case 3: return `${p(this.int(d))} + ${p(this.int(d))}`;
      case 4: return `${p(this.int(d))} - ${p(this.int(d))}`;
      case 5: return `(${p(this.int(d))}) * (${p(this.int(d))})`;
      case 6: this.risky = true; return `(${p(this.int(d))}) // (${p(this.int(d))})`;
      case 7: this.risky = true; return `(${p(this.int(d))}) % (${p(this.int(d))})`;
      case 8: return `(${p(this.int(0))}) ** ${this.c.pick(5)}`;
      case 9: return `-(${p(this.int(d))})`;
      case 10: return `(${p(this.int(d))}) ${oneOf(this.c, ['&', '|', '^'])} (${p(this.int(d))})`;
      case 11: return `(${p(this.int(d))}) ${oneOf(this.c, ['<<', '>>'])} ${this.c.pick(9)}`;
      case 12: return `len(${this.gen(this.pickTy(['str', 'list[int]', 'list[str]', 'dict', 'set', 'tuple']), d)})`;
      case 13: this.risky = true; return `int(${p(this.float(d))})`;
      case 14: return `${oneOf(this.c, ['abs', 'hash'])}(${p(this.int(d))})`;
      case 15: return `${oneOf(this.c, ['min', 'max'])}(${p(this.int(d))}, ${p(this.int(d))})`;
      case 16: return `sum(${p(this.listInt(d))})`;
      case 17: return `(${p(this.int(d))} if ${p(this.bool(d))} else ${p(this.int(d))})`;
      case 18: this.risky = true; return `${p(this.listInt(d))}[${p(this.int(0))}]`;
      case 19: this.risky = true; return `${p(this.dict(d))}[${oneOf(this.c, KEYS)}]`;
      case 20: return `${p(this.dict(d))}.get(${oneOf(this.c, KEYS)}, ${p(this.int(0))})`;
      case 21: return `${p(this.str(d))}.${oneOf(this.c, ['find', 'count', 'rfind'])}(${oneOf(this.c, SUBSTRS)})`;
      case 22: this.risky = true; return `round(${p(this.float(d))})`;
      case 23: return this.callOrAttr('int', d) ?? lit();
      case 24: return `sum(x * x for x in range(${this.c.pick(6)}))`;
      default: return `${p(this.bool(d))} + ${p(this.int(0))}`;
    }
  }

  float(depth: number): string {
    const lit = () => oneOf(this.c, FLOATS);
    if (depth <= 0) return this.leaf('float', lit);
    const d = depth - 1;
    switch (this.c.pick(12)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('float', lit);
      case 3: this.risky = true; return `(${p(this.int(d))}) / (${p(this.int(d))})`;
      case 4: return `${p(this.float(d))} ${oneOf(this.c, ['+', '-', '*'])} ${p(this.float(d))}`;
      case 5: return `${p(this.float(d))} * ${p(this.int(d))}`;
      case 6: return `float(${p(this.int(d))})`;
      case 7: return `abs(${p(this.float(d))})`;
      case 8: return `round(${p(this.float(d))}, ${this.c.pick(4)})`;
      case 9: this.risky = true; return `(${p(this.float(d))}) ** ${oneOf(this.c, ['2', '0.5', '3', '-1', '10'])}`;
      case 10: this.risky = true; return `(${p(this.float(d))}) ${oneOf(this.c, ['//', '%', '/'])} (${p(this.float(d))})`;
      default: this.risky = true; return `float(${oneOf(this.c, ["'1.5'", "'inf'", "'-0'", "'nan'", "'1e5'", "' 2 '", "'x'"])})`;
    }
  }

  bool(depth: number): string {
    const lit = () => oneOf(this.c, ['True', 'False']);
    if (depth <= 0) return this.leaf('bool', lit);
    const d = depth - 1;
    const cmp = () => oneOf(this.c, ['<', '<=', '==', '!=', '>', '>=']);
    switch (this.c.pick(16)) {
      case 0: return lit();
      case 1: return this.leaf('bool', lit);
      case 2: return `${p(this.int(d))} ${cmp()} ${p(this.int(d))}`;
      case 3: return `${p(this.int(d))} ${cmp()} ${p(this.int(d))} ${cmp()} ${p(this.int(d))}`;
      case 4: return `${p(this.float(d))} ${cmp()} ${p(this.int(d))}`;
      case 5: return `${p(this.str(d))} ${cmp()} ${p(this.str(d))}`;
      case 6: return `${p(this.int(d))} in ${p(this.gen(this.pickTy(['list[int]', 'set', 'tuple']), d))}`;
      case 7: return `${oneOf(this.c, KEYS)} in ${p(this.dict(d))}`;
      case 8: return `${oneOf(this.c, SUBSTRS)} in ${p(this.str(d))}`;
      case 9: return `not ${p(this.bool(d))}`;
      case 10: return `(${p(this.bool(d))} ${oneOf(this.c, ['and', 'or'])} ${p(this.bool(d))})`;
      case 11: {
        const ty = this.pickTy(['list[int]', 'dict', 'set', 'inst', 'list[str]']);
        return `${this.gen(ty, 0)} ${oneOf(this.c, ['is', 'is not', '=='])} ${this.gen(ty, 0)}`;
      }
      case 12: return `isinstance(${p(this.any(d))}, ${oneOf(this.c, ['int', 'str', 'list', 'dict', 'float', 'bool', 'tuple', '(int, float)', ...this.ctx.classes.map((k) => k.name)])})`;
      case 13: return `bool(${p(this.any(d))})`;
      case 14: return `${p(this.str(d))}.${oneOf(this.c, ['startswith', 'endswith'])}(${oneOf(this.c, SUBSTRS)})`;
      default: return `${oneOf(this.c, ['any', 'all'])}(x ${cmp()} ${p(this.int(0))} for x in ${p(this.listInt(d))})`;
    }
  }

  str(depth: number): string {
    const lit = () => this.strLit();
    if (depth <= 0) return this.leaf('str', lit);
    const d = depth - 1;
    switch (this.c.pick(22)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('str', lit);
      case 3: return `${p(this.str(d))} + ${p(this.str(d))}`;
      case 4: return `${p(this.str(d))} * ${this.c.pick(4)}`;
      case 5: this.risky = true; return `${p(this.str(d))}[${p(this.int(0))}]`;
      case 6: return `${p(this.str(d))}[${this.slice()}]`;
      case 7: return `${p(this.str(d))}.${oneOf(this.c, ['upper', 'lower', 'strip', 'title', 'capitalize', 'swapcase', 'lstrip', 'rstrip', 'casefold'])}()`;
      case 8: return `${p(this.str(d))}.replace(${oneOf(this.c, SUBSTRS)}, ${oneOf(this.c, SUBSTRS)})`;
      case 9: return `${oneOf(this.c, ["''", "', '", "'-'", "' '"])}.join(${p(this.listStr(d))})`;
      case 10: return `${oneOf(this.c, ['str', 'repr'])}(${p(this.any(d))})`;
      case 11: return this.inFString ? lit() : this.fstring(d);
      case 12: return `chr(${65 + this.c.pick(60)})`;
      case 13: return `format(${p(this.int(d))}, ${oneOf(this.c, ["'05'", "'x'", "'>4'", "','", "'b'"])})`;
      case 14: return `${p(this.str(d))}.${oneOf(this.c, ['center', 'ljust', 'rjust'])}(${this.c.pick(12)}, ${oneOf(this.c, ["'*'", "'-'", "' '"])})`;
      case 15: return `${p(this.str(d))}.zfill(${this.c.pick(8)})`;
      case 16: this.risky = true; return `${oneOf(this.c, ["'%d items'", "'%5.2f'", "'%x'", "'%r'", "'%s!'", "'%05d'"])} % (${p(this.int(d))},)`;
      case 17: return `'{} and {}'.format(${p(this.any(d))}, ${p(this.any(d))})`;
      case 18: return `${oneOf(this.c, ['str', 'repr'])}(${p(this.float(d))})`;
      case 19: return this.callOrAttr('str', d) ?? lit();
      case 20: return `${p(this.str(d))}.split(${oneOf(this.c, ["','", "' '", ''])})[0]`;
      default: return `str(${p(this.int(d))})`;
    }
  }

  private strLit(): string {
    const pool = this.inFString ? FSTRING_SAFE_STRS : STRS;
    return oneOf(this.c, this.ctx.exclude.has('astral') ? pool.filter((x) => !/[\u{10000}-\u{10FFFF}]/u.test(x)) : pool);
  }

  fstring(d: number): string {
    const parts: string[] = [];
    this.inFString = true;
    const n = 1 + this.c.pick(3);
    for (let i = 0; i < n; i++) {
      switch (this.c.pick(4)) {
        case 0: parts.push(oneOf(this.c, ['x=', ' ', '|', 'é', '{{lit}}', 'n: '])); break;
        case 1: parts.push(`{${braced(this.int(d))}${oneOf(this.c, FORMAT_INT)}}`); break;
        case 2: parts.push(`{${braced(this.float(d))}${oneOf(this.c, FORMAT_FLOAT)}}`); break;
        default: parts.push(`{${braced(this.str(d))}${oneOf(this.c, FORMAT_STR)}}`); break;
      }
    }
    this.inFString = false;
    // Inner expressions use single quotes, so the f-string itself uses double quotes.
    return `f"${parts.join('')}"`;
  }

  private slice(): string {
    const b = () => (this.c.pick(2) === 0 ? '' : String(this.c.pick(9) - 4));
    const step = oneOf(this.c, ['', ':2', ':-1', ':3', ':-2']);
    return `${b()}:${b()}${step}`;
  }

  listInt(depth: number): string {
    const lit = () => `[${Array.from({ length: this.c.pick(5) }, () => this.int(0)).join(', ')}]`;
    if (depth <= 0) return this.leaf('list[int]', lit);
    const d = depth - 1;
    switch (this.c.pick(14)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('list[int]', lit);
      case 3: return `list(range(${this.c.pick(5)}, ${this.c.pick(9)}${oneOf(this.c, ['', ', 2', ', -1', ', 3'])}))`;
      case 4: return `[x ${oneOf(this.c, ['*', '+', '%', '-'])} ${1 + this.c.pick(4)} for x in ${p(this.listInt(d))}${oneOf(this.c, ['', ' if x % 2', ' if x > 1'])}]`;
      case 5: return `sorted(${this.gen(this.pickTy(['list[int]', 'set', 'tuple']), d)}${oneOf(this.c, ['', ', reverse=True', ', key=lambda v: -v', ', key=abs'])})`;
      case 6: return `${p(this.listInt(d))} + ${p(this.listInt(d))}`;
      case 7: return `${p(this.listInt(d))} * ${this.c.pick(3)}`;
      case 8: return `${p(this.listInt(d))}[${this.slice()}]`;
      case 9: return `list(${p(this.gen(this.pickTy(['tuple', 'set']), d))})`;
      case 10: return `list(${p(this.dict(d))}.values())`;
      case 11: return `list(reversed(${p(this.listInt(d))}))`;
      case 12: return `[len(s) for s in ${p(this.listStr(d))}]`;
      default: return `[${p(this.int(d))}, ${p(this.int(d))}]`;
    }
  }

  listStr(depth: number): string {
    const lit = () => `[${Array.from({ length: this.c.pick(4) }, () => this.strLit()).join(', ')}]`;
    if (depth <= 0) return this.leaf('list[str]', lit);
    const d = depth - 1;
    switch (this.c.pick(9)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('list[str]', lit);
      case 3: return `${p(this.str(d))}.split(${oneOf(this.c, ["','", "' '", ''])})`;
      case 4: return `sorted(${p(this.dict(d))})`;
      case 5: return `list(${p(this.dict(d))}.keys())`;
      case 6: return `list(${p(this.str(d))})`;
      case 7: return `[str(x) for x in ${p(this.listInt(d))}]`;
      default: return `sorted(${p(this.listStr(d))})`;
    }
  }

  listAny(depth: number): string {
    const lit = () => `[${Array.from({ length: this.c.pick(4) }, () => this.any(0)).join(', ')}]`;
    if (depth <= 0) return this.leaf('list[any]', lit);
    switch (this.c.pick(4)) {
      case 0: return lit();
      case 1: return this.leaf('list[any]', lit);
      case 2: return `[${p(this.any(depth - 1))}, ${p(this.any(depth - 1))}]`;
      default: return `list(${p(this.dict(depth - 1))}.items())`;
    }
  }

  dict(depth: number): string {
    const lit = () => `{${Array.from({ length: this.c.pick(4) }, () => `${oneOf(this.c, KEYS)}: ${p(this.int(0))}`).join(', ')}}`;
    if (depth <= 0) return this.leaf('dict', lit);
    const d = depth - 1;
    switch (this.c.pick(8)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('dict', lit);
      case 3: return `{k: v for k, v in zip(${p(this.listStr(d))}, ${p(this.listInt(d))})}`;
      case 4: return `dict(${KEYS[this.c.pick(3)].slice(1, -1)}=${p(this.int(d))}, key=${p(this.int(d))})`;
      case 5: return `{s: len(s) for s in ${p(this.listStr(d))}}`;
      case 6: return `${p(this.dict(d))}.copy()`;
      default: return `{**${p(this.dict(d))}, ${oneOf(this.c, KEYS)}: ${p(this.int(d))}}`;
    }
  }

  set(depth: number): string {
    // Without 'sets' only sets of at most one element: no iteration order to get wrong.
    if (this.ctx.exclude.has('sets')) return this.c.pick(2) === 0 ? 'set()' : `{${p(this.int(0))}}`;
    const lit = () => {
      const n = this.c.pick(5);
      return n === 0 ? 'set()' : `{${Array.from({ length: n }, () => this.int(0)).join(', ')}}`;
    };
    if (depth <= 0) return this.leaf('set', lit);
    const d = depth - 1;
    switch (this.c.pick(7)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('set', lit);
      case 3: return `set(${p(this.listInt(d))})`;
      case 4: return `${p(this.set(d))} ${oneOf(this.c, ['|', '&', '-', '^'])} ${p(this.set(d))}`;
      case 5: return `{x % ${1 + this.c.pick(6)} for x in ${p(this.listInt(d))}}`;
      default: return `set(range(${this.c.pick(12)}))`;
    }
  }

  tuple(depth: number): string {
    const lit = () => {
      const n = this.c.pick(4);
      return n === 1 ? `(${p(this.int(0))},)` : `(${Array.from({ length: n }, () => this.int(0)).join(', ')})`;
    };
    if (depth <= 0) return this.leaf('tuple', lit);
    const d = depth - 1;
    switch (this.c.pick(6)) {
      case 0: return lit();
      case 1: case 2: return this.leaf('tuple', lit);
      case 3: return `tuple(${p(this.listInt(d))})`;
      case 4: return `${p(this.tuple(d))} + ${p(this.tuple(d))}`;
      default: this.risky = true; return `divmod(${p(this.int(d))}, ${p(this.int(d))})`;
    }
  }

  inst(depth: number): string {
    const cls = this.ctx.classes;
    const lit = () => (cls.length === 0 ? 'None' : `${oneOf(this.c, cls).name}(${p(this.int(0))})`);
    if (depth <= 0) return this.leaf('inst', lit);
    return this.c.pick(2) === 0 ? lit() : this.leaf('inst', lit);
  }

  /** A call of a generated function or method returning `ty`, or null when none exists. */
  private callOrAttr(ty: 'int' | 'str', d: number): string | null {
    if (ty === 'int' && this.c.pick(2) === 0) {
      const insts = this.ctx.scope.ofType('inst');
      if (insts.length > 0) {
        const o = oneOf(this.c, insts).name;
        return this.c.pick(2) === 0 ? `${o}.x` : `${o}.get()`;
      }
    }
    const fs = this.ctx.funcs.filter((f) => f.ret === ty);
    if (fs.length === 0) return null;
    const f = oneOf(this.c, fs);
    return `${f.name}(${f.params.map((p) => this.gen(p, d)).join(', ')})`;
  }
}
