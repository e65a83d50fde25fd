/**
 * Expressions (Grammar/python.gram from star_expressions down to atom), parameters and
 * assignment targets, with the friendly errors of the invalid_* rules that concern them.
 * Binary operators use precedence climbing over the left-associative levels.
 */
import type * as A from './ast.ts';
import { Ellipsis } from './ast.ts';
import { PythonSyntaxError } from './errors.ts';
import { parseNumber } from './literals.ts';
import { BINARY, COMPARE, FINAL, KEYWORDS, ParserBase } from './parser-base.ts';
import type { Start } from './parser-base.ts';
import { concatenateStrings } from './strings.ts';
import { getExprName, getInvalidTarget, setContext } from './targets.ts';
import type { TargetsType } from './targets.ts';
import type { Token } from './tokenizer.ts';

export class ExprParser extends ParserBase {
  protected raiseInvalidTarget(type: TargetsType, e: A.expr): never {
    const bad = getInvalidTarget(e, type);
    if (bad !== null) {
      const msg = type === 'DEL' ? 'cannot delete %s' : 'cannot assign to %s';
      throw this.errorAtNodes(msg.replace('%s', getExprName(bad)), bad);
    }
    throw this.invalidSyntax();
  }

  protected checkTarget(e: A.expr, type: TargetsType): void {
    if (getInvalidTarget(e, type) !== null) this.raiseInvalidTarget(type, e);
  }

  /** The two alternatives of invalid_named_expression for `x = b`. */
  protected checkNamedExprRule(x: A.expr, b: A.expr): void {
    if (x._type === 'Name' && !this.parenthesized.has(x)) {
      throw this.errorAtNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", x, b);
    }
    if (!this.isBitwiseOrLevel(x)) return;
    if (x._type === 'List' || x._type === 'GeneratorExp') return;
    if (x._type === 'Tuple' && this.parenthesized.has(x)) return;
    if (x._type === 'Constant' && (x.value === true || x.value === false || x.value === null)) {
      if (!this.parenthesized.has(x)) return;
    }
    throw this.errorAtNodes(`cannot assign to ${getExprName(x)} here. Maybe you meant '==' instead of '='?`, x);
  }

  protected isBitwiseOrLevel(x: A.expr): boolean {
    if (this.parenthesized.has(x)) return true;
    switch (x._type) {
      case 'Compare':
      case 'BoolOp':
      case 'IfExp':
      case 'Lambda':
      case 'NamedExpr':
      case 'Starred':
      case 'Yield':
      case 'YieldFrom':
        return false;
      case 'UnaryOp':
        return x.op !== 'Not';
      case 'Tuple':
        return false;
      default:
        return true;
    }
  }

  protected checkEqInsteadOfEqEq(x: A.expr): void {
    const save = this.p;
    const f = this.furthest;
    this.p++;
    const b = this.speculate(() => {
      const v = this.bitwiseOr();
      if (this.isOp('=') || this.isOp(':=')) throw this.invalidSyntax();
      return v;
    });
    this.p = save;
    this.furthest = f;
    if (b !== null) this.checkNamedExprRule(x, b);
  }

  /** star_targets before `in` (for statements and comprehensions). */
  protected forTarget(): A.expr {
    const t0 = this.p;
    const target = this.starTargets();
    if (!this.isKw('in') || getInvalidTarget(target, 'FOR') !== null) {
      // invalid_for_target: 'for' star_expressions (where `in` is a comparison)
      this.p = t0;
      const e = this.speculate(() => this.starExpressions(), true);
      if (e !== null && getInvalidTarget(e, 'FOR') !== null) this.raiseInvalidTarget('FOR', e);
      throw this.invalidSyntax();
    }
    setContext(target, 'Store');
    return target;
  }

  /** star_targets: comma-separated primaries (or `*` primaries), a Tuple when there is a comma. */
  protected starTargets(): A.expr {
    const s = this.start();
    const first = this.starTarget();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression(true) || this.isKw('not')) break;
      elts.push(this.starTarget());
    }
    return this.fin(s, { _type: 'Tuple' as const, elts, ctx: 'Load' as A.expr_context });
  }

  /** A single star_target (with-item and similar): an expression checked as a target. */
  protected starTarget(): A.expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.advance();
      const value = this.starTarget();
      return this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context });
    }
    return this.bitwiseOr();
  }

  /** `del` targets are primaries/atoms; parse a full expression and validate it. */
  protected bitwiseOrOrStar(): A.expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.advance();
      const value = this.bitwiseOr();
      return this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context });
    }
    return this.bitwiseOr();
  }

  /**
   * Parameters up to `close` (')' for def, ':' for lambda), with the checks of CPython's
   * invalid_parameters / invalid_star_etc / invalid_kwds / invalid_default rules.
   */
  protected parameters(close: string): A.arguments {
    const lambda = close === ':';
    const posonlyargs: A.arg[] = [];
    let args: A.arg[] = [];
    const defaults: A.expr[] = [];
    let vararg: A.arg | null = null;
    const kwonlyargs: A.arg[] = [];
    const kw_defaults: (A.expr | null)[] = [];
    let kwarg: A.arg | null = null;
    let star = false;
    let slash = false;
    const atTok = (msg: string, t: Token): PythonSyntaxError => this.errorAtToken(msg, t);
    while (!this.isOp(close)) {
      const t = this.peek();
      if (this.isOp('/')) {
        this.advance();
        if (args.length === 0 && posonlyargs.length === 0 && !star) {
          if (this.isOp(',')) throw atTok('at least one argument must precede /', t);
          throw this.invalidSyntax();
        }
        if (slash) throw atTok('/ may appear only once', t);
        if (star) throw atTok('/ must be ahead of *', t);
        if (this.isOp('*')) throw atTok('expected comma between / and *', this.peek());
        slash = true;
        posonlyargs.push(...args);
        args = [];
      } else if (this.isOp('**')) {
        this.advance();
        kwarg = this.param(lambda);
        if (this.isOp('=')) throw atTok('var-keyword argument cannot have default value', this.peek());
        if (this.eatOp(',')) {
          const n = this.peek();
          if (n.type === 'NAME' && !KEYWORDS.has(n.string)) {
            const a = this.param(lambda);
            throw this.errorAtNodes('arguments cannot follow var-keyword argument', a);
          }
          if (n.type === 'OP' && (n.string === '*' || n.string === '**' || n.string === '/')) {
            throw atTok('arguments cannot follow var-keyword argument', n);
          }
        }
        if (!this.isOp(close)) throw this.invalidSyntax();
        break;
      } else if (this.isOp('*')) {
        this.advance();
        if (star) {
          const n = this.peek();
          if (this.isOp(',') || (n.type === 'NAME' && !KEYWORDS.has(n.string))) {
            throw atTok('* argument may appear only once', t);
          }
          throw this.invalidSyntax();
        }
        star = true;
        if (this.isOp(',') || this.isOp(close)) {
          const bare = this.isOp(close) || this.isOp(close, 1) || this.isOp('**', 1);
          if (bare) throw atTok('named arguments must follow bare *', t);
        } else {
          vararg = this.param(lambda, true);
          if (this.isOp('=')) throw atTok('var-positional argument cannot have default value', this.peek());
        }
      } else if (this.isOp('(') && !star) {
        // invalid_parameters: `def f((a, b)):`
        const open = this.advance();
        const close2 = this.speculate(() => {
          do this.nameTok();
          while (this.eatOp(',') && !this.isOp(')'));
          return this.isOp(')') ? this.peek() : null;
        });
        if (close2 !== null) {
          const what = lambda ? 'Lambda expression parameters' : 'Function parameters';
          const [a] = this.tokOffsets(open);
          const [, b] = this.tokOffsets(close2);
          throw this.mkError(`${what} cannot be parenthesized`, open.lineno, a, close2.end_lineno, b);
        }
        throw this.invalidSyntax();
      } else {
        const a = this.param(lambda);
        let d: A.expr | null = null;
        if (this.isOp('=')) {
          const eq = this.advance();
          if (this.isOp(',') || this.isOp(close)) throw atTok('expected default value expression', eq);
          d = this.expression();
        }
        if (star) {
          kwonlyargs.push(a);
          kw_defaults.push(d);
        } else {
          if (d !== null) defaults.push(d);
          else if (defaults.length > 0) {
            throw this.errorAtNodes('non-default argument follows default argument', a);
          }
          args.push(a);
        }
      }
      if (!this.eatOp(',')) break;
    }
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
  }

  protected param(lambda: boolean, starAnnotation = false): A.arg {
    const s = this.start();
    const name = this.nameTok().string;
    let annotation: A.expr | null = null;
    if (!lambda && this.eatOp(':')) {
      // PEP 646: def f(*args: *Ts)
      annotation = starAnnotation && this.isOp('*') ? this.starExpression() : this.expression();
    }
    return this.fin(s, { _type: 'arg' as const, arg: name, annotation, type_comment: null });
  }

  /** star_expressions: a tuple when there is a comma. */
  starExpressions(): A.expr {
    const s = this.start();
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression(true)) break;
      elts.push(this.starExpression());
    }
    return this.fin(s, { _type: 'Tuple' as const, elts, ctx: 'Load' as A.expr_context });
  }

  /** expressions (no star): a tuple when there is a comma. */
  protected expressions(): A.expr {
    const s = this.start();
    const first = this.expression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression(false)) break;
      elts.push(this.expression());
    }
    return this.fin(s, { _type: 'Tuple' as const, elts, ctx: 'Load' as A.expr_context });
  }

  protected starExpression(): A.expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.advance();
      const value = this.bitwiseOr();
      return this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context });
    }
    return this.expression();
  }

  protected starNamedExpression(): A.expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.advance();
      const value = this.bitwiseOr();
      return this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context });
    }
    const e = this.namedExpression();
    if (!this.noInvalid && this.isOp('=')) this.checkEqInsteadOfEqEq(e);
    return e;
  }

  /** Can the current token begin an expression? */
  protected startsExpression(star: boolean): boolean {
    const t = this.peek();
    switch (t.type) {
      case 'NAME':
        return !KEYWORDS.has(t.string) || ['not', 'lambda', 'None', 'True', 'False', 'await'].includes(t.string);
      case 'NUMBER':
      case 'STRING':
        return true;
      case 'OP':
        return ['(', '[', '{', '-', '+', '~', '...'].includes(t.string) || (star && t.string === '*');
      default:
        return false;
    }
  }

  namedExpression(): A.expr {
    const t = this.peek();
    if (t.type === 'NAME' && !KEYWORDS.has(t.string) && this.isOp(':=', 1)) {
      const s = this.start();
      this.advance();
      const target = this.fin(s, { _type: 'Name' as const, id: t.string, ctx: 'Store' as A.expr_context });
      this.advance();
      const value = this.expression();
      return this.fin(s, { _type: 'NamedExpr' as const, target, value });
    }
    const e = this.expression();
    if (this.isOp(':=') && !this.noInvalid) {
      // invalid_named_expression: a=expression ':=' expression
      const save = this.p;
      const f = this.furthest;
      this.p++;
      const v = this.speculate(() => this.expression());
      this.p = save;
      this.furthest = f;
      if (v !== null) throw this.errorAtNodes(`cannot use assignment expressions with ${getExprName(e)}`, e);
    }
    return e;
  }

  expression(): A.expr {
    const t = this.peek();
    if (t.type === 'NAME' && t.string === 'lambda') return this.lambdef();
    const s = this.start();
    const first = this.peek();
    const a = this.disjunction();
    if (this.isKw('if')) {
      this.advance();
      const test = this.disjunction();
      if (!this.eatKw('else')) {
        if (!this.isOp(':')) throw this.errorAtNodes("expected 'else' after 'if' expression", a, test);
        throw this.invalidSyntax();
      }
      const orelse = this.expression();
      return this.fin(s, { _type: 'IfExp' as const, test, body: a, orelse });
    }
    if (!this.noInvalid && this.startsExpression(false) && !this.isKw('not')) this.invalidExpression(a, first);
    return a;
  }

  /** invalid_expression / invalid_legacy_expression: two expressions side by side. */
  protected invalidExpression(a: A.expr, first: Token): void {
    const nx = this.peek();
    if (first.type === 'NAME' && nx.type === 'STRING' && a._type === 'Name' && this.toks.indexOf(first) === this.p - 1) {
      // invalid_legacy_expression still parses what follows: it reads tokens further on,
      // which matters for the unclosed-bracket check after the error.
      this.speculate(() => this.starExpressions());
      return;
    }
    if (first.type === 'NAME' && (first.string === 'match' || first.string === 'case' || first.string === '_') && this.toks.indexOf(first) === this.p - 1) return;
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) {
      // invalid_legacy_expression: a=NAME !'(' b=star_expressions
      if (this.isOp('(')) return;
      const b = this.speculate(() => this.starExpressions());
      if (b !== null) {
        throw this.errorAtNodes(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a, b);
      }
      return;
    }
    let level = 0;
    const saved = this.noInvalid;
    this.noInvalid = true;
    let b: A.expr | null;
    try {
      b = this.speculate(() => {
        const e = this.expression();
        level = this.toks[this.p - 1].level;
        return e;
      });
    } finally {
      this.noInvalid = saved;
    }
    if (b !== null && level > 0) throw this.errorAtNodes('invalid syntax. Perhaps you forgot a comma?', a, b);
  }

  protected lambdef(): A.expr {
    const s = this.start();
    this.advance();
    const args = this.parameters(':');
    this.expectOp(':');
    const body = this.expression();
    return this.fin(s, { _type: 'Lambda' as const, args, body });
  }

  protected disjunction(): A.expr {
    const s = this.start();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return this.fin(s, { _type: 'BoolOp' as const, op: 'Or' as A.boolop, values });
  }

  protected conjunction(): A.expr {
    const s = this.start();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return this.fin(s, { _type: 'BoolOp' as const, op: 'And' as A.boolop, values });
  }

  protected inversion(): A.expr {
    if (this.isKw('not')) {
      const s = this.start();
      this.advance();
      const operand = this.inversion();
      return this.fin(s, { _type: 'UnaryOp' as const, op: 'Not' as A.unaryop, operand });
    }
    return this.comparison();
  }

  protected compareOp(): A.cmpop | null {
    const t = this.peek();
    if (t.type === 'OP') return COMPARE[t.string] ?? null;
    if (t.type !== 'NAME') return null;
    if (t.string === 'in') return 'In';
    if (t.string === 'is') return this.isKw('not', 1) ? 'IsNot' : 'Is';
    if (t.string === 'not' && this.isKw('in', 1)) return 'NotIn';
    return null;
  }

  protected comparison(): A.expr {
    const s = this.start();
    const left = this.bitwiseOr();
    let op = this.compareOp();
    if (op === null) return left;
    const ops: A.cmpop[] = [];
    const comparators: A.expr[] = [];
    while (op !== null) {
      this.advance();
      if (op === 'IsNot' || op === 'NotIn') this.advance();
      ops.push(op);
      comparators.push(this.bitwiseOr());
      op = this.compareOp();
    }
    return this.fin(s, { _type: 'Compare' as const, left, ops, comparators });
  }

  bitwiseOr(): A.expr {
    return this.binary(1);
  }

  /** Precedence climbing over the left-associative binary operators. */
  protected binary(minLevel: number): A.expr {
    const s = this.start();
    let left = minLevel > 6 ? this.factor() : this.binary(minLevel + 1);
    for (;;) {
      const t = this.peek();
      if (t.type !== 'OP') return left;
      const info = BINARY[t.string];
      if (info === undefined || info[0] !== minLevel) return left;
      this.advance();
      const right = minLevel >= 6 ? this.factor() : this.binary(minLevel + 1);
      left = this.fin(s, { _type: 'BinOp' as const, left, op: info[1], right });
    }
  }

  protected factor(): A.expr {
    const t = this.peek();
    if (t.type === 'OP' && (t.string === '-' || t.string === '+' || t.string === '~')) {
      const s = this.start();
      this.advance();
      const operand = this.factor();
      const op: A.unaryop = t.string === '-' ? 'USub' : t.string === '+' ? 'UAdd' : 'Invert';
      return this.fin(s, { _type: 'UnaryOp' as const, op, operand });
    }
    return this.power();
  }

  protected power(): A.expr {
    const s = this.start();
    if (this.isKw('await')) {
      // There is no Await node: we have no async functions, so every await is misplaced.
      this.advance();
      const operand = this.primary();
      const where = this.funcDepth > 0 ? 'async function' : 'function';
      throw this.errorAtNodes(`'await' outside ${where}`, this.fin(s, { ...operand }));
    }
    const left = this.primary();
    if (this.isOp('**')) {
      this.advance();
      const right = this.factor();
      return this.fin(s, { _type: 'BinOp' as const, left, op: 'Pow' as A.operator, right });
    }
    return left;
  }

  protected primary(): A.expr {
    const s = this.start();
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type !== 'OP') return e;
      if (t.string === '.') {
        const n = this.peek(1);
        // `primary '.' NAME` does not match: the primary ends before the '.'
        if (n.type !== 'NAME' || KEYWORDS.has(n.string)) return e;
        this.advance();
        const attr = this.nameTok().string;
        e = this.fin(s, { _type: 'Attribute' as const, value: e, attr, ctx: 'Load' as A.expr_context });
      } else if (t.string === '(' || t.string === '[') {
        const before = this.p;
        try {
          if (t.string === '(') {
            e = this.call(s, e);
          } else {
            this.advance();
            const slice = this.slices();
            this.expectOp(']');
            e = this.fin(s, { _type: 'Subscript' as const, value: e, slice, ctx: 'Load' as A.expr_context });
          }
        } catch (err) {
          // PEG backtracking: when the trailer fails with a plain "invalid syntax", the primary
          // ends before it, so `{'a' []}` can still be reported as a missing comma. The
          // furthest-token mark keeps the generic error where CPython puts it.
          if (!(err instanceof PythonSyntaxError) || this.tok.failed || FINAL.has(err)) throw err;
          if (err.msg !== 'invalid syntax' && err.msg !== 'f-string: invalid syntax') throw err;
          this.p = before;
          return e;
        }
      } else {
        return e;
      }
    }
  }

  protected call(s: Start, func: A.expr): A.expr {
    const open = this.advance();
    // A lone generator argument: f(x for x in y)
    let args: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (!this.isOp(')')) {
      [args, keywords] = this.callArguments(open);
    }
    this.expectOp(')');
    return this.fin(s, { _type: 'Call' as const, func, args, keywords });
  }

  /** Call arguments up to (not including) ')'. */
  protected callArguments(open?: Token): [A.expr[], A.keyword[]] {
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawKwUnpack = false;
    let count = 0;
    for (;;) {
      const s = this.start();
      const t = this.peek();
      count++;
      if (t.type === 'OP' && t.string === '**') {
        this.advance();
        const value = this.expression();
        keywords.push(this.fin(s, { _type: 'keyword' as const, arg: null, value }));
        sawKwUnpack = true;
      } else if (t.type === 'OP' && t.string === '*') {
        this.advance();
        if (sawKwUnpack) throw this.errorAtToken('iterable argument unpacking follows keyword argument unpacking', t);
        const value = this.expression();
        args.push(this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context }));
      } else if (t.type === 'NAME' && !KEYWORDS.has(t.string) && this.isOp('=', 1)) {
        this.advance();
        this.advance();
        const value = this.expression();
        keywords.push(this.fin(s, { _type: 'keyword' as const, arg: t.string, value }));
        sawKeyword = true;
      } else {
        let e = this.namedExpression();
        if ((this.isKw('for') || this.isKw('async')) && open !== undefined) {
          const gs = this.toks.lastIndexOf(open, this.p);
          const generators = this.comprehensionClauses();
          const isOnly = count === 1 && this.isOp(')');
          if (!isOnly) {
            const g = this.fin(s, { _type: 'GeneratorExp' as const, elt: e, generators });
            throw this.errorAtNodes('Generator expression must be parenthesized', g);
          }
          // CPython spans the generator over the call's parentheses.
          const close = this.peek();
          const g = this.fin(gs, { _type: 'GeneratorExp' as const, elt: e, generators });
          g.end_lineno = close.end_lineno;
          g.end_col_offset = close.end_col;
          e = g;
        } else if (this.isOp('=')) {
          // invalid_kwarg: f(a.b=1), f(1=2)
          const save = this.p;
          this.advance();
          const f = this.furthest;
          const b = this.speculate(() => this.expression());
          this.furthest = f;
          this.p = save;
          const eqTok = this.peek();
          const eqNode = { lineno: eqTok.lineno, col_offset: eqTok.col, end_lineno: eqTok.end_lineno, end_col_offset: eqTok.end_col };
          if (e._type === 'Constant' && (e.value === true || e.value === false || e.value === null) && !this.parenthesized.has(e)) {
            throw this.errorAtNodes(`cannot assign to ${getExprName(e)}`, e, eqNode);
          }
          if (b !== null) {
            throw this.errorAtNodes('expression cannot contain assignment, perhaps you meant "=="?', e, eqNode);
          }
        }
        // _PyPegen_arguments_parsing_error: RAISE_SYNTAX_ERROR at the last token read.
        if (sawKwUnpack && e._type !== 'Starred') {
          throw this.errorAtToken('positional argument follows keyword argument unpacking', this.peek());
        }
        if (sawKeyword && e._type !== 'Starred') {
          throw this.errorAtToken('positional argument follows keyword argument', this.peek());
        }
        args.push(e);
      }
      if (!this.eatOp(',')) break;
      if (this.isOp(')')) break;
    }
    return [args, keywords];
  }

  /** slices: a single slice, or a Tuple of slices/expressions. */
  protected slices(): A.expr {
    const s = this.start();
    const first = this.slice();
    if (!this.isOp(',')) {
      if (first._type !== 'Starred') return first;
      return this.fin(s, { _type: 'Tuple' as const, elts: [first], ctx: 'Load' as A.expr_context });
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return this.fin(s, { _type: 'Tuple' as const, elts, ctx: 'Load' as A.expr_context });
  }

  protected slice(): A.expr {
    const s = this.start();
    if (this.isOp('*')) return this.starNamedExpression();
    let lower: A.expr | null = null;
    if (!this.isOp(':')) {
      lower = this.namedExpression();
      if (!this.isOp(':')) return lower;
    }
    this.advance();
    let upper: A.expr | null = null;
    let step: A.expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.expression();
    }
    return this.fin(s, { _type: 'Slice' as const, lower, upper, step });
  }

  protected atom(): A.expr {
    const t = this.peek();
    const s = this.start();
    switch (t.type) {
      case 'NAME': {
        if (KEYWORDS.has(t.string)) {
          if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
            this.advance();
            const value = t.string === 'None' ? null : t.string === 'True';
            return this.fin(s, { _type: 'Constant' as const, value, kind: null });
          }
          throw this.invalidSyntax();
        }
        this.advance();
        return this.fin(s, { _type: 'Name' as const, id: normalizeName(t.string), ctx: 'Load' as A.expr_context });
      }
      case 'NUMBER': {
        this.advance();
        return this.fin(s, { _type: 'Constant' as const, value: parseNumberToken(t.string), kind: null });
      }
      case 'STRING':
        return this.strings();
      case 'OP':
        switch (t.string) {
          case '(':
            return this.parenAtom();
          case '[':
            return this.listAtom();
          case '{':
            return this.dictOrSetAtom();
          case '...':
            this.advance();
            return this.fin(s, { _type: 'Constant' as const, value: Ellipsis, kind: null });
        }
        throw this.invalidSyntax();
      default:
        throw this.invalidSyntax();
    }
  }

  protected strings(): A.expr {
    const toks: Token[] = [];
    while (this.peek().type === 'STRING') toks.push(this.advance());
    // CPython reports f-string errors at the token after the strings (its last lookahead).
    const after = this.peek();
    try {
      return concatenateStrings(this, toks, after);
    } catch (e) {
      // Raised by the literal's action in CPython, during the first pass: always final.
      if (e instanceof PythonSyntaxError) FINAL.add(e);
      throw e;
    }
  }

  protected parenAtom(): A.expr {
    const s = this.start();
    this.advance();
    if (this.isOp(')')) {
      this.advance();
      const e = this.fin(s, { _type: 'Tuple' as const, elts: [] as A.expr[], ctx: 'Load' as A.expr_context });
      this.parenthesized.add(e);
      return e;
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.expectOp(')');
      this.parenthesized.add(y);
      return y;
    }
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      const generators = this.comprehensionClauses();
      this.expectOp(')');
      const g = this.fin(s, { _type: 'GeneratorExp' as const, elt: first, generators });
      this.parenthesized.add(g);
      return g;
    }
    if (this.isOp(')')) {
      this.advance();
      if (first._type === 'Starred') {
        // `(*a)` is not a valid expression
        throw this.errorAtNodes("cannot use starred expression here", first);
      }
      this.parenthesized.add(first);
      return first;
    }
    if (!this.isOp(',')) throw this.invalidSyntax();
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      elts.push(this.starNamedExpression());
    }
    this.expectOp(')');
    const e = this.fin(s, { _type: 'Tuple' as const, elts, ctx: 'Load' as A.expr_context });
    this.parenthesized.add(e);
    return e;
  }

  protected listAtom(): A.expr {
    const s = this.start();
    this.advance();
    if (this.isOp(']')) {
      this.advance();
      return this.fin(s, { _type: 'List' as const, elts: [] as A.expr[], ctx: 'Load' as A.expr_context });
    }
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      const generators = this.comprehensionClauses();
      this.expectOp(']');
      return this.fin(s, { _type: 'ListComp' as const, elt: first, generators });
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.starNamedExpression());
      if (this.isKw('for')) {
        // invalid_comprehension: [a, b for ...]
        throw this.errorAtNodes('did you forget parentheses around the comprehension target?', elts[0], elts[elts.length - 1]);
      }
    }
    if (this.isOp('=')) this.checkEqInsteadOfEqEq(elts[elts.length - 1]);
    this.expectOp(']');
    return this.fin(s, { _type: 'List' as const, elts, ctx: 'Load' as A.expr_context });
  }

  protected dictOrSetAtom(): A.expr {
    const s = this.start();
    this.advance();
    if (this.isOp('}')) {
      this.advance();
      return this.fin(s, { _type: 'Dict' as const, keys: [] as (A.expr | null)[], values: [] as A.expr[] });
    }
    if (this.isOp('**')) return this.dictRest(s, null);
    const first = this.starNamedExpression();
    if (this.isOp(':') && first._type !== 'Starred') return this.dictRest(s, first);
    if (this.isKw('for') || this.isKw('async')) {
      const generators = this.comprehensionClauses();
      this.expectOp('}');
      return this.fin(s, { _type: 'SetComp' as const, elt: first, generators });
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      elts.push(this.starNamedExpression());
    }
    if (this.isOp(':') && elts.length > 0) {
      // {1: 2, 3} style mistakes are reported by dictRest; a set followed by ':' is invalid
      throw this.invalidSyntax();
    }
    this.expectOp('}');
    return this.fin(s, { _type: 'Set' as const, elts });
  }

  protected dictRest(s: Start, firstKey: A.expr | null): A.expr {
    const keys: (A.expr | null)[] = [];
    const values: A.expr[] = [];
    let key = firstKey;
    let first = true;
    for (;;) {
      if (!first) {
        if (this.isOp('**')) key = null;
        else key = this.expression();
      }
      if (key === null) {
        this.expectOp('**');
        values.push(this.bitwiseOr());
        keys.push(null);
      } else {
        if (!this.isOp(':')) {
          // invalid_double_starred_kvpairs / invalid_kvpair: "':' expected after dictionary key"
          const t = this.peek();
          if (t.type === 'OP' && (t.string === '}' || t.string === ',')) {
            const off = this.src.byteToCharCol(key.end_lineno - this.lineShift(), key.end_col_offset);
            throw this.mkError("':' expected after dictionary key", key.end_lineno, off, key.end_lineno, 0);
          }
          throw this.invalidSyntax();
        }
        const colon = this.advance();
        if (this.isOp('}') || this.isOp(',')) {
          const t = this.peek();
          const [a, b] = this.tokOffsets(colon);
          void t;
          throw this.mkError("expression expected after dictionary key and ':'", colon.lineno, a, colon.end_lineno, b);
        }
        const v = this.expression();
        if (first && (this.isKw('for') || this.isKw('async'))) {
          const generators = this.comprehensionClauses();
          this.expectOp('}');
          return this.fin(s, { _type: 'DictComp' as const, key, value: v, generators });
        }
        keys.push(key);
        values.push(v);
      }
      first = false;
      if (!this.eatOp(',')) break;
      if (this.isOp('}')) break;
    }
    this.expectOp('}');
    return this.fin(s, { _type: 'Dict' as const, keys, values });
  }

  protected comprehensionClauses(): A.comprehension[] {
    const gens: A.comprehension[] = [];
    while (this.isKw('for') || this.isKw('async')) {
      if (this.isKw('async')) {
        throw this.errorAtToken("asynchronous comprehensions are not supported by this simulator", this.peek());
      }
      this.advance();
      const target = this.forTarget();
      if (!this.eatKw('in')) throw this.invalidSyntax();
      const iter = this.disjunction();
      const ifs: A.expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: 0 });
    }
    return gens;
  }

  protected yieldExpr(): A.expr {
    const s = this.start();
    this.advance();
    if (this.eatKw('from')) {
      const value = this.expression();
      return this.fin(s, { _type: 'YieldFrom' as const, value });
    }
    const t = this.peek();
    const ends = t.type === 'NEWLINE' || (t.type === 'OP' && [')', ']', '}', '=', ';'].includes(t.string));
    const value = ends ? null : this.starExpressions();
    return this.fin(s, { _type: 'Yield' as const, value });
  }
}

/** NFKC-normalize identifiers, as CPython does for non-ASCII names. */
function normalizeName(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC');
}

function parseNumberToken(s: string): A.ConstantValue {
  return parseNumber(s);
}
