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
import { Ellipsis } from './ast.ts';
import { PythonSyntaxError } from './errors.ts';
import { Source } from './source.ts';
import { Tokenizer } from './tokenizer.ts';
import type { Token } from './tokenizer.ts';
import { getExprName, getInvalidTarget, setContext } from './targets.ts';
import type { TargetsType } from './targets.ts';
import { concatenateStrings } from './strings.ts';
import { parseNumber } from './literals.ts';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const AUGASSIGN: Record<string, A.operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

const COMPARE: Record<string, A.cmpop> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

/** Binary operator levels for precedence climbing, lowest first. */
const BINARY: Record<string, [number, A.operator]> = {
  '|': [1, 'BitOr'],
  '^': [2, 'BitXor'],
  '&': [3, 'BitAnd'],
  '<<': [4, 'LShift'],
  '>>': [4, 'RShift'],
  '+': [5, 'Add'],
  '-': [5, 'Sub'],
  '*': [6, 'Mult'],
  '/': [6, 'Div'],
  '//': [6, 'FloorDiv'],
  '%': [6, 'Mod'],
  '@': [6, 'MatMult'],
};

/** Where a rule started: the index of its first token (no allocation per rule). */
type Start = number;

export interface ParserOptions {
  /** For f-string expressions: errors get an "f-string: " prefix. */
  fstring?: boolean;
}

export class Parser {
  readonly src: Source;
  readonly tok: Tokenizer;
  private toks: Token[] = [];
  private p = 0;
  /** Highest token index looked at outside speculative parses: where "invalid syntax" points. */
  private furthest = 0;
  /** Nodes written inside parentheses (AnnAssign.simple, assignment-error rules). */
  readonly parenthesized = new WeakSet<object>();
  private readonly fstring: boolean;
  /** Inside the `b` of invalid_expression (expression_without_invalid): no friendly checks. */
  private noInvalid = false;
  /** How many `def`s enclose the current position (for `await`). */
  private funcDepth = 0;

  constructor(src: Source, tok: Tokenizer, options: ParserOptions = {}) {
    this.src = src;
    this.tok = tok;
    this.fstring = options.fstring ?? false;
  }

  // ---- token access ---------------------------------------------------------------------------

  private fill(i: number): Token {
    while (this.toks.length <= i) {
      const last = this.toks[this.toks.length - 1];
      if (last !== undefined && (last.type === 'ENDMARKER' || last.type === 'EOF_IN_BRACKETS')) return last;
      this.toks.push(this.tok.next());
    }
    return this.toks[i];
  }

  peek(k = 0): Token {
    const i = this.p + k;
    if (i > this.furthest) this.furthest = i;
    return this.fill(i);
  }

  private advance(): Token {
    const t = this.peek();
    this.p++;
    return t;
  }

  private isOp(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'OP' && t.string === s;
  }

  private isKw(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'NAME' && t.string === s;
  }

  private eatOp(s: string): Token | null {
    if (this.isOp(s)) return this.advance();
    return null;
  }

  private eatKw(s: string): Token | null {
    if (this.isKw(s)) return this.advance();
    return null;
  }

  private expectOp(s: string): Token {
    if (this.isOp(s)) return this.advance();
    throw this.invalidSyntax();
  }

  /** CPython's forced token (`&&':'`): "expected ':'" at the current token. */
  private forceOp(s: string): Token {
    if (this.isOp(s)) return this.advance();
    const t = this.peek();
    if (t.type === 'EOF_IN_BRACKETS') throw this.invalidSyntax();
    throw this.errorAtToken(`expected '${s}'`, t);
  }

  /**
   * if/elif/while/with/class/except take a plain ':'; CPython says "expected ':'" for them
   * only when the line ends there (invalid_if_stmt & co.), else "invalid syntax".
   */
  private colonBeforeNewline(): Token {
    if (this.isOp(':')) return this.advance();
    const t = this.peek();
    if (t.type === 'NEWLINE') throw this.errorAtToken("expected ':'", t);
    throw this.invalidSyntax();
  }

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER. */
  /** Line of the last token read: CPython compares it with an unclosed bracket's line. */
  lastReadLine(): number {
    const t = this.toks[this.toks.length - 1];
    if (t === undefined) return 1;
    if (t.type === 'ENDMARKER' || t.type === 'DEDENT' || t.type === 'EOF_IN_BRACKETS') {
      return Math.min(t.lineno, this.tok.currentLine() + this.tok.lineShift);
    }
    return t.end_lineno;
  }

  private lastTok(): Token {
    for (let i = this.p - 1; i >= 0; i--) {
      const t = this.toks[i];
      const ty = t.type;
      if (ty !== 'NEWLINE' && ty !== 'INDENT' && ty !== 'DEDENT' && ty !== 'ENDMARKER') return t;
    }
    return this.toks[0];
  }

  private start(): Start {
    this.peek();
    return this.p;
  }

  private fin<T extends object>(s: Start, node: T): T & A.Position {
    const e = this.lastTok();
    const b = this.toks[s];
    const n = node as T & A.Position;
    n.lineno = b.lineno;
    n.col_offset = b.col;
    n.end_lineno = e.end_lineno;
    n.end_col_offset = e.end_col;
    return n;
  }

  private nameTok(): Token {
    const t = this.peek();
    if (t.type === 'NAME' && !KEYWORDS.has(t.string)) return this.advance();
    throw this.invalidSyntax();
  }

  // ---- errors ---------------------------------------------------------------------------------

  mkError(
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
    type: PythonSyntaxError['type'] = 'SyntaxError',
  ): PythonSyntaxError {
    const m = this.fstring ? `f-string: ${msg}` : msg;
    let text = this.src.line(lineno - this.lineShift());
    // CPython takes the tokenizer's current line from its buffer, with the newline (added
    // when the source lacks it), and with the earlier lines of a multi-line string or
    // backslash continuation still in the buffer; an earlier line comes from the source
    // text, alone and without its newline.
    if (lineno >= this.lastReadLine()) {
      const ls = this.src.lineStarts[lineno - this.lineShift() - 1];
      if (ls !== undefined && this.tok.bufStart < ls) {
        text = this.src.text.slice(this.tok.bufStart, ls) + text;
      }
      if (!text.endsWith('\n')) text += '\n';
    } else if (text.endsWith('\n')) text = text.slice(0, -1);
    // A range over several lines: CPython converts the end column against the first line,
    // clipping it to that line's length + 1.
    if (endLineno > lineno && !this.fstring) endOffset = Math.min(endOffset, [...text].length + 1);
    return new PythonSyntaxError(type, m, lineno, offset, endLineno, endOffset, text);
  }

  lineShift(): number {
    return this.tok.lineShift;
  }

  /** Character offset (1-based) of a token's start/end. */
  private tokOffsets(t: Token): [number, number] {
    const a = this.src.charCol(t.lineStart, t.start) + 1;
    const b = this.src.charCol(t.endLineStart, t.end) + 1;
    return [a, b];
  }

  errorAtToken(msg: string, t: Token, type: PythonSyntaxError['type'] = 'SyntaxError'): PythonSyntaxError {
    if (this.fstring) {
      const S = this.tok.colShift;
      return this.mkError(msg, t.lineno, t.col + 1 - S, t.end_lineno, t.end_col + 1 - S, type);
    }
    const [a, b] = this.tokOffsets(t);
    return this.mkError(msg, t.lineno, a, t.end_lineno, b, type);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE over nodes (byte columns → characters). */
  errorAtNodes(msg: string, a: A.Position, b: A.Position = a): PythonSyntaxError {
    if (this.fstring) {
      // The f-string sub-parser has no encoding: its offsets stay in bytes, minus the shift
      // (which lines after the first never had, so they can come out negative, as in 3.11).
      const S = this.tok.colShift;
      return this.mkError(msg, a.lineno, a.col_offset + 1 - S, b.end_lineno, b.end_col_offset + 1 - S);
    }
    const shift = this.lineShift();
    const colShift = this.tok.colShift;
    const unshift = (line: number, col: number): number =>
      line - shift === 1 && colShift !== 0 ? col - colShift : col;
    const off = this.src.byteToCharCol(a.lineno - shift, unshift(a.lineno, a.col_offset)) + 1;
    const end = this.src.byteToCharCol(b.end_lineno - shift, unshift(b.end_lineno, b.end_col_offset)) + 1;
    return this.mkError(msg, a.lineno, off, b.end_lineno, end);
  }

  /** Generic "invalid syntax" at the furthest token read (or a more specific error for it). */
  invalidSyntax(): PythonSyntaxError {
    const t = this.fill(this.furthest);
    if (t.type === 'EOF_IN_BRACKETS') return this.tok.unclosed();
    if (t.type === 'INDENT') {
      const line = this.src.line(t.lineno - this.lineShift());
      const ws = line.length - line.trimStart().length;
      return this.mkError('unexpected indent', t.lineno, ws, t.lineno, -1, 'IndentationError');
    }
    if (t.type === 'DEDENT' && t.start !== this.src.text.length) {
      const line = this.src.line(t.lineno - this.lineShift());
      const ws = line.length - line.trimStart().length;
      return this.mkError('unexpected unindent', t.lineno, ws, t.lineno, -1, 'IndentationError');
    }
    if (t.type === 'ENDMARKER' || (t.type === 'DEDENT' && t.start === this.src.text.length)) {
      // Past the last line: CPython points after the end of the last line.
      const n = this.src.lineStarts.length;
      let ln = n;
      while (ln > 1 && this.src.line(ln) === '') ln--;
      const line = this.src.line(ln);
      return this.mkError('invalid syntax', ln, [...line].length + 1, ln, -1);
    }
    return this.errorAtToken('invalid syntax', t);
  }

  /**
   * Run a speculative parse; the furthest-token mark is not moved by it. With `strict`, a
   * specific error found on the way is final (as in CPython, where any raised error stops the
   * parse); only a plain "invalid syntax" means "this alternative does not match".
   */
  private speculate<T>(f: () => T, strict = false): T | null {
    const p = this.p;
    const furthest = this.furthest;
    try {
      return f();
    } catch (e) {
      // A tokenizer error is final, whichever alternative was being tried.
      if (e instanceof PythonSyntaxError && !this.tok.failed) {
        if (strict && e.msg !== 'invalid syntax' && e.msg !== 'f-string: invalid syntax') throw e;
        return null;
      }
      throw e;
    } finally {
      this.p = p;
      this.furthest = furthest;
    }
  }

  // ---- module and statements ------------------------------------------------------------------

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

  /** `del` targets are primaries/atoms; parse a full expression and validate it. */
  private bitwiseOrOrStar(): A.expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.advance();
      const value = this.bitwiseOr();
      return this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context });
    }
    return this.bitwiseOr();
  }

  private raiseInvalidTarget(type: TargetsType, e: A.expr): never {
    const bad = getInvalidTarget(e, type);
    if (bad !== null) {
      const msg = type === 'DEL' ? 'cannot delete %s' : 'cannot assign to %s';
      throw this.errorAtNodes(msg.replace('%s', getExprName(bad)), bad);
    }
    throw this.invalidSyntax();
  }

  private checkTarget(e: A.expr, type: TargetsType): void {
    if (getInvalidTarget(e, type) !== null) this.raiseInvalidTarget(type, e);
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

  // ---- assignment / expression statements -----------------------------------------------------

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

  /** The two alternatives of invalid_named_expression for `x = b`. */
  private checkNamedExprRule(x: A.expr, b: A.expr): void {
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

  private isBitwiseOrLevel(x: A.expr): boolean {
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

  // ---- compound statements --------------------------------------------------------------------

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

  private checkEqInsteadOfEqEq(x: A.expr): void {
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
    this.forceOp(':');
    const body = this.block("'for' statement", kw.lineno);
    let orelse: A.stmt[] = [];
    if (this.isKw('else')) {
      const e = this.advance();
      this.forceOp(':');
      orelse = this.block("'else' statement", e.lineno);
    }
    return this.fin(s, { _type: 'For' as const, target, iter, body, orelse, type_comment: null });
  }

  /** star_targets before `in` (for statements and comprehensions). */
  private forTarget(): A.expr {
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
  private starTargets(): A.expr {
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

  /** A single star_target (with-item and similar): an expression checked as a target. */
  private starTarget(): A.expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.advance();
      const value = this.starTarget();
      return this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context });
    }
    return this.bitwiseOr();
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

  /**
   * Parameters up to `close` (')' for def, ':' for lambda), with the checks of CPython's
   * invalid_parameters / invalid_star_etc / invalid_kwds / invalid_default rules.
   */
  private parameters(close: string): A.arguments {
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

  private param(lambda: boolean, starAnnotation = false): A.arg {
    const s = this.start();
    const name = this.nameTok().string;
    let annotation: A.expr | null = null;
    if (!lambda && this.eatOp(':')) {
      // PEP 646: def f(*args: *Ts)
      annotation = starAnnotation && this.isOp('*') ? this.starExpression() : this.expression();
    }
    return this.fin(s, { _type: 'arg' as const, arg: name, annotation, type_comment: null });
  }

  // ---- expressions ------------------------------------------------------------------------------

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
  private expressions(): A.expr {
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

  private starExpression(): A.expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.advance();
      const value = this.bitwiseOr();
      return this.fin(s, { _type: 'Starred' as const, value, ctx: 'Load' as A.expr_context });
    }
    return this.expression();
  }

  private starNamedExpression(): A.expr {
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
  private startsExpression(star: boolean): boolean {
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
  private invalidExpression(a: A.expr, first: Token): void {
    const nx = this.peek();
    if (first.type === 'NAME' && nx.type === 'STRING' && a._type === 'Name' && this.toks.indexOf(first) === this.p - 1) {
      // invalid_legacy_expression still parses what follows: it reads tokens further on,
      // which matters for the unclosed-bracket check after the error.
      this.speculate(() => this.starExpressions());
      return;
    }
    if (first.type === 'NAME' && (first.string === 'match' || first.string === 'case' || first.string === '_') && this.toks.indexOf(first) === this.p - 1) return;
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) {
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

  private lambdef(): A.expr {
    const s = this.start();
    this.advance();
    const args = this.parameters(':');
    this.expectOp(':');
    const body = this.expression();
    return this.fin(s, { _type: 'Lambda' as const, args, body });
  }

  private disjunction(): A.expr {
    const s = this.start();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return this.fin(s, { _type: 'BoolOp' as const, op: 'Or' as A.boolop, values });
  }

  private conjunction(): A.expr {
    const s = this.start();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return this.fin(s, { _type: 'BoolOp' as const, op: 'And' as A.boolop, values });
  }

  private inversion(): A.expr {
    if (this.isKw('not')) {
      const s = this.start();
      this.advance();
      const operand = this.inversion();
      return this.fin(s, { _type: 'UnaryOp' as const, op: 'Not' as A.unaryop, operand });
    }
    return this.comparison();
  }

  private compareOp(): A.cmpop | null {
    const t = this.peek();
    if (t.type === 'OP') return COMPARE[t.string] ?? null;
    if (t.type !== 'NAME') return null;
    if (t.string === 'in') return 'In';
    if (t.string === 'is') return this.isKw('not', 1) ? 'IsNot' : 'Is';
    if (t.string === 'not' && this.isKw('in', 1)) return 'NotIn';
    return null;
  }

  private comparison(): A.expr {
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
  private binary(minLevel: number): A.expr {
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

  private factor(): A.expr {
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

  private power(): A.expr {
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

  private primary(): A.expr {
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
          if (!(err instanceof PythonSyntaxError) || this.tok.failed) throw err;
          if (err.msg !== 'invalid syntax' && err.msg !== 'f-string: invalid syntax') throw err;
          this.p = before;
          return e;
        }
      } else {
        return e;
      }
    }
  }

  private call(s: Start, func: A.expr): A.expr {
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
  private callArguments(open?: Token): [A.expr[], A.keyword[]] {
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
  private slices(): A.expr {
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

  private slice(): A.expr {
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

  private atom(): A.expr {
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

  private strings(): A.expr {
    const toks: Token[] = [];
    while (this.peek().type === 'STRING') toks.push(this.advance());
    // CPython reports f-string errors at the token after the strings (its last lookahead).
    const after = this.peek();
    return concatenateStrings(this, toks, after);
  }

  private parenAtom(): A.expr {
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

  private listAtom(): A.expr {
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

  private dictOrSetAtom(): A.expr {
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

  private dictRest(s: Start, firstKey: A.expr | null): A.expr {
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

  private comprehensionClauses(): A.comprehension[] {
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

  private yieldExpr(): A.expr {
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
