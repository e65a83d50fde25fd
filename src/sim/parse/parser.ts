/**
 * A hand-written recursive-descent parser for Python 3.11 (Grammar/python.gram), producing
 * CPython's AST with CPython's positions.
 *
 * Positions follow the PEG parser's EXTRA convention: a node starts at the first token of the
 * rule that built it and ends at the last non-whitespace token the rule consumed. That is why
 * `(a) + b` gives a BinOp starting at the '(' while its left operand starts at `a`.
 *
 * CPython parses twice: a fast pass, then, on failure, a pass with the `invalid_*` rules that
 * produce the friendly messages. We parse once and check for the same mistakes at the point
 * where the fast pass would fail; a generic "invalid syntax" points at the furthest token
 * read, as CPython's does.
 */
import type * as A from './ast.ts';
import { ExprParser } from './expressions.ts';
import { AUGASSIGN } from './parser-base.ts';
import type { Start } from './parser-base.ts';
import { getExprName, getInvalidTarget, setContext } from './targets.ts';
import type { Token } from './tokenizer.ts';

export type { ParserOptions } from './parser-base.ts';

/** Statements: the module, simple and compound statements, blocks and their errors. */
export class Parser extends ExprParser {
  parseModule(): A.Module {
    const body: A.stmt[] = [];
    while (this.peek().type !== 'ENDMARKER') {
      const t = this.peek();
      if (t.type === 'NEWLINE') {
        this.advance();
        continue;
      }
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  /** Parse one statement line (compound, or simple statements separated by ';') into `out`. */
  private statement(out: A.stmt[]): void {
    const t = this.peek();
    if (t.type === 'INDENT' || t.type === 'DEDENT') throw this.invalidSyntax();
    if (t.type === 'NAME') {
      switch (t.string) {
        case 'def':
          out.push(this.funcDef([], this.start()));
          return;
        case 'if':
          out.push(this.ifStmt());
          return;
        case 'class':
          out.push(this.classDef([], this.start()));
          return;
        case 'with':
          out.push(this.withStmt());
          return;
        case 'for':
          out.push(this.forStmt());
          return;
        case 'try':
          out.push(this.tryStmt());
          return;
        case 'while':
          out.push(this.whileStmt());
          return;
        case 'async': {
          const n = this.peek(1);
          if (n.type === 'NAME' && (n.string === 'def' || n.string === 'for' || n.string === 'with')) {
            throw this.errorAtToken(`'async ${n.string}' is not supported by this simulator`, t);
          }
          throw this.invalidSyntax();
        }
        case 'match':
          if (this.looksLikeMatch()) {
            throw this.errorAtToken("'match' statements are not supported by this simulator", t);
          }
          break;
      }
    } else if (t.type === 'OP' && t.string === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  private looksLikeMatch(): boolean {
    const n = this.peek(1);
    if (n.type === 'NEWLINE' || n.type === 'ENDMARKER') return false;
    if (n.type === 'OP' && !['(', '[', '{', '-', '*', '~', '+'].includes(n.string)) return false;
    if (n.type === 'NAME' && ['in', 'is', 'and', 'or', 'if', 'else', 'not'].includes(n.string)) return false;
    // `match x:` ends its line with ':'; find it on this logical line.
    for (let k = 1; k < 500; k++) {
      const u = this.peek(k);
      if (u.type === 'NEWLINE' || u.type === 'ENDMARKER' || u.type === 'EOF_IN_BRACKETS') {
        const prev = this.peek(k - 1);
        return prev.type === 'OP' && prev.string === ':';
      }
    }
    return false;
  }

  private simpleStmts(out: A.stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.eatOp(';')) {
        if (this.peek().type === 'NEWLINE') break;
        continue;
      }
      break;
    }
    const t = this.peek();
    if (t.type === 'NEWLINE') {
      this.advance();
      return;
    }
    throw this.invalidSyntax();
  }

  private simpleStmt(): A.stmt {
    const t = this.peek();
    const s = this.start();
    if (t.type === 'NAME') {
      switch (t.string) {
        case 'pass':
          this.advance();
          return this.fin(s, { _type: 'Pass' as const });
        case 'break':
          this.advance();
          return this.fin(s, { _type: 'Break' as const });
        case 'continue':
          this.advance();
          return this.fin(s, { _type: 'Continue' as const });
        case 'return': {
          this.advance();
          const value = this.atSimpleEnd() ? null : this.starExpressions();
          return this.fin(s, { _type: 'Return' as const, value });
        }
        case 'raise': {
          this.advance();
          let exc: A.expr | null = null;
          let cause: A.expr | null = null;
          if (!this.atSimpleEnd()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return this.fin(s, { _type: 'Raise' as const, exc, cause });
        }
        case 'global':
        case 'nonlocal': {
          this.advance();
          const names = [this.nameTok().string];
          while (this.eatOp(',')) names.push(this.nameTok().string);
          return this.fin(s, { _type: t.string === 'global' ? ('Global' as const) : ('Nonlocal' as const), names });
        }
        case 'del':
          return this.delStmt();
        case 'assert': {
          this.advance();
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return this.fin(s, { _type: 'Assert' as const, test, msg });
        }
        case 'import':
          return this.importName();
        case 'from':
          return this.importFrom();
      }
    }
    return this.exprOrAssign();
  }

  private atSimpleEnd(): boolean {
    const t = this.peek();
    return t.type === 'NEWLINE' || (t.type === 'OP' && t.string === ';') || t.type === 'ENDMARKER';
  }

  private delStmt(): A.Delete {
    const s = this.start();
    this.advance();
    const targets: A.expr[] = [];
    const t0 = this.p;
    for (;;) {
      targets.push(this.bitwiseOrOrStar());
      if (!this.eatOp(',')) break;
      if (this.atSimpleEnd()) break;
    }
    if (!this.atSimpleEnd()) {
      // invalid_del_stmt: 'del' star_expressions
      this.p = t0;
      const f = this.furthest;
      const e = this.speculate(() => this.starExpressions());
      this.furthest = f;
      if (e !== null) this.raiseInvalidTarget('DEL', e);
      throw this.invalidSyntax();
    }
    for (const x of targets) this.checkTarget(x, 'DEL');
    for (const x of targets) setContext(x, 'Del');
    return this.fin(s, { _type: 'Delete' as const, targets });
  }

  private importName(): A.Import {
    const s = this.start();
    this.advance();
    const names: A.alias[] = [];
    do {
      const as = this.start();
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.eatKw('as')) asname = this.nameTok().string;
      names.push(this.fin(as, { _type: 'alias' as const, name, asname }));
    } while (this.eatOp(','));
    return this.fin(s, { _type: 'Import' as const, names });
  }

  private dottedName(): string {
    let name = this.nameTok().string;
    while (this.isOp('.')) {
      this.advance();
      name += '.' + this.nameTok().string;
    }
    return name;
  }

  private importFrom(): A.ImportFrom {
    const s = this.start();
    this.advance();
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level += 1;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (level === 0 || !this.isKw('import')) module = this.dottedName();
    if (!this.eatKw('import')) throw this.invalidSyntax();
    const names: A.alias[] = [];
    if (this.isOp('*')) {
      const as = this.start();
      this.advance();
      names.push(this.fin(as, { _type: 'alias' as const, name: '*', asname: null }));
    } else {
      const paren = this.eatOp('(');
      for (;;) {
        const as = this.start();
        const name = this.nameTok().string;
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.nameTok().string;
        names.push(this.fin(as, { _type: 'alias' as const, name, asname }));
        if (!this.isOp(',')) break;
        const comma = this.advance();
        if (paren && this.isOp(')')) break;
        if (!paren && this.atSimpleEnd()) {
          void comma;
          throw this.errorAtToken('trailing comma not allowed without surrounding parentheses', this.peek());
        }
      }
      if (paren) this.expectOp(')');
    }
    return this.fin(s, { _type: 'ImportFrom' as const, module, names, level });
  }

  private exprOrAssign(): A.stmt {
    const s = this.start();
    const first = this.peek();
    const e = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.peek();
    if (t.type === 'OP') {
      if (t.string === '=') return this.assignment(s, e);
      if (t.string === ':') return this.annAssign(s, e);
      const op = AUGASSIGN[t.string];
      if (op !== undefined) {
        if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
          throw this.errorAtNodes(`'${getExprName(e)}' is an illegal expression for augmented assignment`, e);
        }
        this.advance();
        const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        setContext(e, 'Store');
        return this.fin(s, { _type: 'AugAssign' as const, target: e, op, value });
      }
    }
    if (!this.atSimpleEnd()) this.legacyOrComma(e, first);
    return this.fin(s, { _type: 'Expr' as const, value: e });
  }

  /** `print "x"` / `exec code` at statement level. */
  private legacyOrComma(e: A.expr, first: Token): void {
    if (e._type === 'Name' && (e.id === 'print' || e.id === 'exec') && first.type === 'NAME' && !this.isOp('(')) {
      const b = this.speculate(() => this.starExpressions());
      if (b !== null) {
        throw this.errorAtNodes(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, b);
      }
    }
  }

  private assignment(s: Start, first: A.expr): A.stmt {
    // Each target is checked when its '=' is seen, as invalid_assignment's
    // `(star_targets '=')* a=star_expressions '='` does, before the rest is parsed.
    const targets: A.expr[] = [first];
    const eqTok = this.peek();
    let value: A.expr;
    for (;;) {
      const tg = targets[targets.length - 1];
      if ((tg._type === 'Yield' || tg._type === 'YieldFrom') && !this.parenthesized.has(tg)) {
        throw this.errorAtNodes('assignment to yield expression not possible', tg);
      }
      if (getInvalidTarget(tg, 'STAR') !== null) {
        // CPython's second pass meets invalid_named_expression at the first '=' first.
        this.invalidNamedExpression(first, eqTok);
        this.raiseInvalidTarget('STAR', tg);
      }
      this.advance();
      value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      if (!this.isOp('=')) break;
      targets.push(value);
    }
    for (const tg of targets) setContext(tg, 'Store');
    return this.fin(s, { _type: 'Assign' as const, targets, value, type_comment: null });
  }

  /**
   * invalid_named_expression, reached for the element just before the first '=' of a
   * statement: `f() = 1` → "cannot assign to function call here. Maybe you meant '=='...".
   */
  private invalidNamedExpression(first: A.expr, eqTok: Token): void {
    let x = first;
    if (first._type === 'Tuple' && !this.parenthesized.has(first)) {
      x = first.elts[first.elts.length - 1];
    }
    if (x._type === 'Starred') return;
    // the value after '=' must be a bitwise_or not followed by '=' or ':='
    const save = this.p;
    const furthest = this.furthest;
    this.p = this.toks.indexOf(eqTok) + 1;
    const b = this.speculate(() => {
      const v = this.bitwiseOr();
      if (this.isOp('=') || this.isOp(':=')) throw this.invalidSyntax();
      return v;
    });
    this.p = save;
    this.furthest = furthest;
    if (b === null) return;
    this.checkNamedExprRule(x, b);
  }

  private annAssign(s: Start, target: A.expr): A.stmt {
    const valid = target._type === 'Name' || target._type === 'Attribute' || target._type === 'Subscript';
    if (!valid) {
      // invalid_assignment only matches `target ':' expression`
      const save = this.p;
      const f = this.furthest;
      this.p++;
      const ann = this.speculate(() => this.expression());
      this.p = save;
      this.furthest = f;
      if (ann === null) throw this.invalidSyntax();
    }
    if (target._type === 'Tuple' && !this.parenthesized.has(target)) {
      throw this.errorAtNodes('only single target (not tuple) can be annotated', target.elts[0]);
    }
    if (target._type === 'Tuple' || target._type === 'List') {
      const kind = target._type === 'List' ? 'list' : 'tuple';
      throw this.errorAtNodes(`only single target (not ${kind}) can be annotated`, target);
    }
    if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
      throw this.errorAtNodes('illegal target for annotation', target);
    }
    this.advance();
    const annotation = this.expression();
    let value: A.expr | null = null;
    if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    setContext(target, 'Store');
    const simple = target._type === 'Name' && !this.parenthesized.has(target) ? 1 : 0;
    return this.fin(s, { _type: 'AnnAssign' as const, target, annotation, value, simple });
  }

  /**
   * block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the header for
   * "expected an indented block after ...".
   */
  private block(what: string, headerLine: number): A.stmt[] {
    const body: A.stmt[] = [];
    if (this.peek().type === 'NEWLINE') {
      this.advance();
      const t = this.peek();
      if (t.type !== 'INDENT') {
        const msg = `expected an indented block after ${what} on line ${headerLine}`;
        if (t.type === 'DEDENT' && t.start !== this.src.text.length) {
          // DEDENT has no column in CPython: it reports the tokenizer's position, 0-based.
          const col = this.src.charCol(t.lineStart, t.start);
          throw this.mkError(msg, t.lineno, col, t.lineno, -1, 'IndentationError');
        }
        if (t.type === 'ENDMARKER' || (t.type === 'DEDENT' && t.start === this.src.text.length)) {
          const prevLine = this.toks[this.p - 1].lineno;
          const line = this.src.line(prevLine);
          throw this.mkError(msg, prevLine, [...line].length, prevLine, -1, 'IndentationError');
        }
        const [a, b] = this.tokOffsets(t);
        throw this.mkError(msg, t.lineno, a, t.end_lineno, b, 'IndentationError');
      }
      this.advance();
      while (this.peek().type !== 'DEDENT') {
        if (this.peek().type === 'ENDMARKER') break;
        this.statement(body);
      }
      if (this.peek().type === 'DEDENT') this.advance();
      return body;
    }
    if (this.peek().type === 'INDENT' || this.peek().type === 'ENDMARKER') throw this.invalidSyntax();
    this.simpleStmts(body);
    return body;
  }

  private decorated(): A.stmt {
    const decorators: A.expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.namedExpression());
      if (this.peek().type !== 'NEWLINE') throw this.invalidSyntax();
      this.advance();
    }
    const s = this.start();
    if (this.isKw('def')) return this.funcDef(decorators, s);
    if (this.isKw('class')) return this.classDef(decorators, s);
    if (this.isKw('async')) {
      throw this.errorAtToken("'async def' is not supported by this simulator", this.peek());
    }
    throw this.invalidSyntax();
  }

  private funcDef(decorator_list: A.expr[], s: Start): A.FunctionDef {
    const defTok = this.advance();
    const name = this.nameTok().string;
    this.forceOp('(');
    const args = this.parameters(')');
    this.expectOp(')');
    let returns: A.expr | null = null;
    if (this.eatOp('->')) returns = this.expression();
    this.forceOp(':');
    this.funcDepth++;
    let body: A.stmt[];
    try {
      body = this.block('function definition', defTok.lineno);
    } finally {
      this.funcDepth--;
    }
    return this.fin(s, { _type: 'FunctionDef' as const, name, args, body, decorator_list, returns, type_comment: null });
  }

  private classDef(decorator_list: A.expr[], s: Start): A.ClassDef {
    const classTok = this.advance();
    const name = this.nameTok().string;
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.isOp('(')) {
      this.advance();
      if (!this.isOp(')')) [bases, keywords] = this.callArguments();
      this.expectOp(')');
    }
    this.colonBeforeNewline();
    const body = this.block('class definition', classTok.lineno);
    return this.fin(s, { _type: 'ClassDef' as const, name, bases, keywords, body, decorator_list });
  }

  private ifStmt(): A.If {
    const s = this.start();
    const kw = this.advance();
    const test = this.condition();
    this.colonBeforeNewline();
    const body = this.block(`'${kw.string}' statement`, kw.lineno);
    let orelse: A.stmt[] = [];
    if (this.isKw('elif')) {
      orelse = [this.ifStmt()];
    } else if (this.isKw('else')) {
      const e = this.advance();
      this.forceOp(':');
      orelse = this.block("'else' statement", e.lineno);
    }
    return this.fin(s, { _type: 'If' as const, test, body, orelse });
  }

  /** A condition (named_expression) followed by ':'; catches `if x = 1:`. */
  private condition(): A.expr {
    const e = this.namedExpression();
    if (this.isOp('=')) this.checkEqInsteadOfEqEq(e);
    return e;
  }

  private whileStmt(): A.While {
    const s = this.start();
    const kw = this.advance();
    const test = this.condition();
    this.colonBeforeNewline();
    const body = this.block("'while' statement", kw.lineno);
    let orelse: A.stmt[] = [];
    if (this.isKw('else')) {
      const e = this.advance();
      this.forceOp(':');
      orelse = this.block("'else' statement", e.lineno);
    }
    return this.fin(s, { _type: 'While' as const, test, body, orelse });
  }

  private forStmt(): A.For {
    const s = this.start();
    const kw = this.advance();
    const target = this.forTarget();
    if (!this.eatKw('in')) throw this.invalidSyntax();
    const iter = this.starExpressions();
    this.colonBeforeNewline();
    const body = this.block("'for' statement", kw.lineno);
    let orelse: A.stmt[] = [];
    if (this.isKw('else')) {
      const e = this.advance();
      this.forceOp(':');
      orelse = this.block("'else' statement", e.lineno);
    }
    return this.fin(s, { _type: 'For' as const, target, iter, body, orelse, type_comment: null });
  }

  private withStmt(): A.With {
    const s = this.start();
    const kw = this.advance();
    const items: A.withitem[] = [];
    // `with (a, b):` is a parenthesized tuple expression unless items have `as` or the
    // parenthesized form `with (a as b, c as d):` (3.9+).
    let parenForm = false;
    if (this.isOp('(')) {
      parenForm =
        this.speculate(() => {
          this.advance();
          for (;;) {
            this.withItem();
            if (!this.eatOp(',')) break;
            if (this.isOp(')')) break;
          }
          this.expectOp(')');
          return this.isOp(':') || this.peek().type === 'NEWLINE';
        }) === true;
    }
    if (parenForm) {
      this.advance();
      for (;;) {
        items.push(this.withItem());
        if (!this.eatOp(',')) break;
        if (this.isOp(')')) break;
      }
      this.expectOp(')');
    } else {
      do items.push(this.withItem());
      while (this.eatOp(','));
    }
    this.colonBeforeNewline();
    const body = this.block("'with' statement", kw.lineno);
    return this.fin(s, { _type: 'With' as const, items, body, type_comment: null });
  }

  private withItem(): A.withitem {
    const context_expr = this.expression();
    let optional_vars: A.expr | null = null;
    if (this.eatKw('as')) {
      const t0 = this.p;
      optional_vars = this.starTarget();
      const nx = this.peek();
      if (!(nx.type === 'NEWLINE' || (nx.type === 'OP' && (nx.string === ',' || nx.string === ')' || nx.string === ':')))) {
        this.p = t0;
        const e = this.speculate(() => this.expression());
        if (e !== null) this.raiseInvalidTarget('STAR', e);
        throw this.invalidSyntax();
      }
      this.checkTarget(optional_vars, 'STAR');
      setContext(optional_vars, 'Store');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  private tryStmt(): A.Try {
    const s = this.start();
    const kw = this.advance();
    this.forceOp(':');
    const body = this.block("'try' statement", kw.lineno);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.stmt[] = [];
    let finalbody: A.stmt[] = [];
    while (this.isKw('except')) {
      const hs = this.start();
      const ek = this.advance();
      if (this.isOp('*')) {
        throw this.errorAtToken("'except*' is not supported by this simulator", this.peek());
      }
      let type: A.expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        type = this.expression();
        if (this.isOp(',')) {
          // invalid_except_stmt: except a, b: → needs parentheses
          const save = this.p;
          const f = this.furthest;
          const rest = this.speculate(() => {
            this.advance();
            const r = this.expressions();
            if (this.eatKw('as')) this.nameTok();
            if (!this.isOp(':')) throw this.invalidSyntax();
            return r;
          });
          this.p = save;
          this.furthest = f;
          if (rest !== null) {
            // the range runs to the last token before ':' (an `as NAME` included)
            const save2 = this.p;
            this.p++;
            this.expressions();
            if (this.eatKw('as')) this.nameTok();
            const last = this.lastTok();
            this.p = save2;
            this.furthest = f;
            const end = { lineno: last.lineno, col_offset: last.col, end_lineno: last.end_lineno, end_col_offset: last.end_col };
            throw this.errorAtNodes('multiple exception types must be parenthesized', type, end);
          }
        }
        if (this.eatKw('as')) name = this.nameTok().string;
      }
      this.colonBeforeNewline();
      const hbody = this.block("'except' statement", ek.lineno);
      handlers.push(this.fin(hs, { _type: 'ExceptHandler' as const, type, name, body: hbody }));
    }
    if (handlers.length > 0 && this.isKw('else')) {
      const e = this.advance();
      this.forceOp(':');
      orelse = this.block("'else' statement", e.lineno);
    }
    if (this.isKw('finally')) {
      const f = this.advance();
      this.forceOp(':');
      finalbody = this.block("'finally' statement", f.lineno);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      const t = this.peek();
      throw this.errorAtToken("expected 'except' or 'finally' block", t);
    }
    return this.fin(s, { _type: 'Try' as const, body, handlers, orelse, finalbody });
  }

  // ---- parameters -------------------------------------------------------------------------------
}
