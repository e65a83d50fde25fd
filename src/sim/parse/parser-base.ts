/**
 * What every part of the parser shares: the token stream (filled on demand), node positions
 * (pegen's EXTRA: from the rule's first token to the last non-whitespace token it consumed),
 * and SyntaxErrors located the way CPython locates them.
 */
import type * as A from './ast.ts';
import { PythonSyntaxError } from './errors.ts';
import type { Source } from './source.ts';
import type { Token, Tokenizer } from './tokenizer.ts';

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export const AUGASSIGN: Record<string, A.operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export const COMPARE: Record<string, A.cmpop> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

/** Binary operator levels for precedence climbing, lowest first. */
export const BINARY: Record<string, [number, A.operator]> = {
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

/** Errors no alternative can take back (string/f-string errors, raised in CPython's actions). */
export const FINAL = new WeakSet<PythonSyntaxError>();

/** Where a rule started: the index of its first token (no allocation per rule). */
export type Start = number;

export interface ParserOptions {
  /** For f-string expressions: errors get an "f-string: " prefix. */
  fstring?: boolean;
}

export class ParserBase {
  readonly src: Source;
  readonly tok: Tokenizer;
  protected toks: Token[] = [];
  protected p = 0;
  /** Highest token index looked at outside speculative parses: where "invalid syntax" points. */
  protected furthest = 0;
  /** Nodes written inside parentheses (AnnAssign.simple, assignment-error rules). */
  readonly parenthesized = new WeakSet<object>();
  protected readonly fstring: boolean;
  /** Inside the `b` of invalid_expression (expression_without_invalid): no friendly checks. */
  protected noInvalid = false;
  /** How many `def`s enclose the current position (for `await`). */
  protected funcDepth = 0;

  constructor(src: Source, tok: Tokenizer, options: ParserOptions = {}) {
    this.src = src;
    this.tok = tok;
    this.fstring = options.fstring ?? false;
  }

  protected fill(i: number): Token {
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

  protected advance(): Token {
    const t = this.peek();
    this.p++;
    return t;
  }

  protected isOp(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'OP' && t.string === s;
  }

  protected isKw(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'NAME' && t.string === s;
  }

  protected eatOp(s: string): Token | null {
    if (this.isOp(s)) return this.advance();
    return null;
  }

  protected eatKw(s: string): Token | null {
    if (this.isKw(s)) return this.advance();
    return null;
  }

  protected expectOp(s: string): Token {
    if (this.isOp(s)) return this.advance();
    throw this.invalidSyntax();
  }

  /** CPython's forced token (`&&':'`): "expected ':'" at the current token. */
  protected forceOp(s: string): Token {
    if (this.isOp(s)) return this.advance();
    const t = this.peek();
    if (t.type === 'EOF_IN_BRACKETS') throw this.invalidSyntax();
    throw this.errorAtToken(`expected '${s}'`, t);
  }

  /**
   * if/elif/while/with/class/except take a plain ':'; CPython says "expected ':'" for them
   * only when the line ends there (invalid_if_stmt & co.), else "invalid syntax".
   */
  protected colonBeforeNewline(): Token {
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

  protected lastTok(): Token {
    for (let i = this.p - 1; i >= 0; i--) {
      const t = this.toks[i];
      const ty = t.type;
      if (ty !== 'NEWLINE' && ty !== 'INDENT' && ty !== 'DEDENT' && ty !== 'ENDMARKER') return t;
    }
    return this.toks[0];
  }

  protected start(): Start {
    this.peek();
    return this.p;
  }

  protected fin<T extends object>(s: Start, node: T): T & A.Position {
    const e = this.lastTok();
    const b = this.toks[s];
    const n = node as T & A.Position;
    n.lineno = b.lineno;
    n.col_offset = b.col;
    n.end_lineno = e.end_lineno;
    n.end_col_offset = e.end_col;
    return n;
  }

  protected nameTok(): Token {
    const t = this.peek();
    if (t.type === 'NAME' && !KEYWORDS.has(t.string)) return this.advance();
    throw this.invalidSyntax();
  }

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
  protected tokOffsets(t: Token): [number, number] {
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
  protected speculate<T>(f: () => T, strict = false): T | null {
    const p = this.p;
    const furthest = this.furthest;
    try {
      return f();
    } catch (e) {
      // A tokenizer error is final, whichever alternative was being tried.
      if (e instanceof PythonSyntaxError && !this.tok.failed && !FINAL.has(e)) {
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
}
