/**
 * Python's tokenizer (Parser/tokenizer.c, 3.11), producing tokens on demand so errors surface
 * in the same order as CPython's: the parser asks for one token at a time, and a tokenizer
 * error later in the file only wins when the parser got that far (or when the parser failed
 * and checkRest() re-tokenizes the remainder, as _PyPegen_tokenize_full_source_to_check_for_errors does).
 *
 * Columns: `col`/`end_col` are UTF-8 byte offsets (AST positions); `start`/`end` index the
 * JS string so error offsets in characters can be computed from them.
 */
import { PythonSyntaxError } from './errors.ts';
import type { SyntaxErrorType } from './errors.ts';
import { Source } from './source.ts';

export type TokType =
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'ENDMARKER'
  /** EOF reached inside brackets (CPython's ERRORTOKEN with E_EOF). */
  | 'EOF_IN_BRACKETS';

export interface Token {
  type: TokType;
  string: string;
  /** Bracket nesting depth after this token (CPython's token->level). */
  level: number;
  lineno: number;
  col: number;
  end_lineno: number;
  end_col: number;
  /** Index in the source text of the token's first character and one past its last. */
  start: number;
  end: number;
  /** Index in the source text where the token's first line starts. */
  lineStart: number;
  endLineStart: number;
}

const TABSIZE = 8;
const MAXINDENT = 100;

// Operators by length, longest first (Grammar/Tokens).
const OPS3 = new Set(['**=', '...', '//=', '<<=', '>>=', '!=']);
const OPS2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>',
  '@=', '^=', '|=',
  // PEP 401's '<>' is a token in 3.11 (the parser then rejects it)
  '<>',
]);
const OPS1 = new Set('%&()*+,-./:;<=>@[]^{|}~'.split(''));

const ID_START = /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c]/u;
const ID_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]/u;

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isAsciiIdStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isAsciiIdCont(c: string): boolean {
  return isAsciiIdStart(c) || isDigit(c);
}

export class Tokenizer {
  readonly src: Source;
  private readonly text: string;
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private atBol = true;
  private indstack = [0];
  private altindstack = [0];
  private pendingDedents = 0;
  /** Open brackets: character, line, byte column, source index. */
  readonly parens: { ch: string; lineno: number; col: number; index: number; lineStart: number }[] = [];
  private done = false;
  private contLine = false;
  /** Line and byte-column shift of an f-string expression's sub-tokenizer (see fstring.ts). */
  readonly lineShift: number;
  readonly colShift: number;
  private lastWasNewline = true;
  /** Set once the tokenizer has raised an error (its state is then unusable). */
  failed = false;
  /** Start of CPython's tok->buf: the first line of the current multi-line token or continuation. */
  bufStart = 0;
  private pendingBufStart = -1;
  private lastErrorParserSide = false;

  constructor(src: Source, lineShift = 0, colShift = 0) {
    this.src = src;
    this.text = src.text;
    this.lineShift = lineShift;
    this.colShift = colShift;
  }

  get level(): number {
    return this.parens.length;
  }

  /**
   * Errors from the tokenizer's own `syntaxerror()` carry the line without its newline;
   * those the parser raises for the tokenizer (`parserSide`: indentation, EOF, unclosed
   * brackets) carry it with one, as CPython's do.
   */
  error(
    msg: string,
    lineno: number,
    offset: number,
    endOffset: number,
    type: SyntaxErrorType = 'SyntaxError',
    parserSide = false,
  ): PythonSyntaxError {
    this.failed = true;
    this.lastErrorParserSide = parserSide;
    let text = this.src.line(lineno);
    if (parserSide && lineno >= this.currentLine()) {
      if (!text.endsWith('\n')) text += '\n';
    } else if (text.endsWith('\n')) text = text.slice(0, -1);
    return new PythonSyntaxError(type, msg, lineno + this.lineShift, offset, lineno + this.lineShift, endOffset, text);
  }

  /** Error at the current position (CPython's tokenizer `syntaxerror`: offset = chars up to `cur`). */
  /** CPython's tok->lineno: at EOF after a final newline it is still the last line. */
  currentLine(): number {
    return this.pos >= this.text.length && this.text.endsWith('\n') ? this.lineno - 1 : this.lineno;
  }

  private errorAtCur(msg: string, cur: number, type: SyntaxErrorType = 'SyntaxError'): PythonSyntaxError {
    const col = this.src.charCol(this.lineStart, cur);
    return this.error(msg, this.lineno, col, col, type);
  }

  private make(type: TokType, start: number, end: number, lineno: number, lineStart: number): Token {
    const endLineno = this.lineno;
    const endLineStart = this.lineStart;
    let col = this.src.byteCol(lineStart, start);
    let endCol = this.src.byteCol(endLineStart, end);
    if (this.colShift !== 0) {
      // CPython shifts columns of tokens whose *end* is on the expression's first line.
      if (endLineno === 1) {
        col += this.colShift;
        endCol += this.colShift;
      }
    }
    return {
      type,
      string: this.text.slice(start, end),
      level: this.parens.length,
      lineno: lineno + this.lineShift,
      col,
      end_lineno: endLineno + this.lineShift,
      end_col: endCol,
      start,
      end,
      lineStart,
      endLineStart,
    };
  }

  /**
   * A new physical line. `insideToken`: the line is read in the middle of a token (a string
   * spanning lines, a backslash continuation), so CPython's buffer keeps the earlier lines.
   */
  private newLine(at: number, insideToken = false, afterNewlineToken = false): void {
    this.lineno++;
    this.lineStart = at;
    // After a NEWLINE token CPython reads the next line only when asked for the next token.
    if (afterNewlineToken) this.pendingBufStart = at;
    else if (!insideToken) this.bufStart = at;
  }

  next(): Token {
    if (this.pendingBufStart >= 0) {
      this.bufStart = this.pendingBufStart;
      this.pendingBufStart = -1;
    }
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      return this.make('DEDENT', this.pos, this.pos, this.lineno, this.lineStart);
    }
    const text = this.text;
    if (this.atBol) {
      this.atBol = false;
      const r = this.indentation();
      if (r) return r;
    }
    // skip whitespace, comments, continuations
    let commentStart = -1;
    for (;;) {
      const c = text[this.pos];
      if (c === ' ' || c === '\t' || c === '\f') {
        this.pos++;
        continue;
      }
      if (c === '#') {
        // CPython's NEWLINE after a comment starts at the '#'.
        commentStart = this.pos;
        while (this.pos < text.length && text[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (c === '\\') {
        const n = text[this.pos + 1];
        if (n === '\n') {
          this.pos += 2;
          this.newLine(this.pos, true);
          this.contLine = true;
          if (this.pos >= text.length) {
            throw this.errEofCont();
          }
          continue;
        }
        if (n === undefined) {
          throw this.errEofCont();
        }
        // CPython: col_offset = cur - line_start (after the char following '\'), end -1 → 0.
        const col = this.src.charCol(this.lineStart, this.pos + 2);
        throw this.error('unexpected character after line continuation character', this.lineno, col, 0, 'SyntaxError', true);
      }
      break;
    }
    const start = this.pos;
    if (start >= text.length) return this.eof();
    const c = text[start];
    if (c === '\n') {
      this.pos++;
      if (this.parens.length > 0) {
        this.newLine(this.pos);
        return this.next();
      }
      // CPython leaves the '\n' out of the NEWLINE token: it is empty, at the newline's column.
      const from = commentStart >= 0 ? commentStart : start;
      const tok = this.make('NEWLINE', from, start, this.lineno, this.lineStart);
      this.newLine(this.pos, false, true);
      this.atBol = true;
      this.lastWasNewline = true;
      return tok;
    }
    this.lastWasNewline = false;
    // identifiers and string prefixes
    if (isAsciiIdStart(c) || (c > '\x7f' && ID_START.test(this.codePointAt(start)))) {
      let p = start + (c > '\x7f' ? this.codePointAt(start).length : 1);
      for (;;) {
        const d = text[p];
        if (d === undefined) break;
        if (isAsciiIdCont(d)) p++;
        else if (d > '\x7f') {
          const cp = this.codePointAt(p);
          if (ID_CONTINUE.test(cp)) p += cp.length;
          else break;
        } else break;
      }
      const q = text[p];
      if ((q === '"' || q === "'") && p - start <= 2 && /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/.test(text.slice(start, p))) {
        return this.string(start, p);
      }
      // A non-identifier character glued to a name is reported by the next token.
      this.pos = p;
      return this.make('NAME', start, p, this.lineno, this.lineStart);
    }
    if (isDigit(c) || (c === '.' && isDigit(text[start + 1] ?? ''))) return this.number(start);
    if (c === '"' || c === "'") return this.string(start, start);
    // operators
    const three = text.slice(start, start + 3);
    let op: string | null = null;
    if (three.length === 3 && OPS3.has(three)) op = three;
    else if (OPS2.has(text.slice(start, start + 2))) op = text.slice(start, start + 2);
    else if (OPS1.has(c)) op = c;
    if (op !== null) {
      this.pos = start + op.length;
      if (op === '(' || op === '[' || op === '{') {
        if (this.parens.length >= 200) throw this.errorAtCur('too many nested parentheses', this.pos);
        this.parens.push({
          ch: op,
          lineno: this.lineno,
          col: this.src.byteCol(this.lineStart, start),
          index: start,
          lineStart: this.lineStart,
        });
      } else if (op === ')' || op === ']' || op === '}') {
        const open = this.parens.pop();
        if (open === undefined) {
          const col = this.src.charCol(this.lineStart, this.pos);
          throw this.error(`unmatched '${op}'`, this.lineno, col, col);
        }
        const want = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
        if (want !== op) {
          const col = this.src.charCol(this.lineStart, this.pos);
          const where = open.lineno !== this.lineno ? ` on line ${open.lineno + this.lineShift}` : '';
          throw this.error(
            `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`,
            this.lineno,
            col,
            col,
          );
        }
      }
      return this.make('OP', start, this.pos, this.lineno, this.lineStart);
    }
    // anything else is an invalid character
    const cp = this.codePointAt(start);
    const code = cp.codePointAt(0) ?? 0;
    this.pos = start + cp.length;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    if (code < 0x80 && c !== '$' && c !== '?' && c !== '`' && c !== '!') {
      if (code < 0x20 || code === 0x7f) {
        throw this.errorAtCur(`invalid non-printable character U+${hex}`, this.pos);
      }
    }
    if (code < 0x80) {
      // '$', '?', '`', '!' are ERRORTOKENs the parser reports as "invalid syntax".
      return this.make('OP', start, this.pos, this.lineno, this.lineStart);
    }
    if (/[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}\p{Cs}]/u.test(cp) && code !== 0x20) {
      throw this.errorAtCur(`invalid non-printable character U+${hex}`, this.pos);
    }
    throw this.errorAtCur(`invalid character '${cp}' (U+${hex})`, this.pos);
  }

  private codePointAt(i: number): string {
    const cp = this.text.codePointAt(i) ?? 0;
    return String.fromCodePoint(cp);
  }

  private errEofCont(): PythonSyntaxError {
    // "unexpected EOF while parsing", reported on the continued line, after its last character.
    const ls = this.src.lineStarts;
    // the line holding the backslash
    let ln = this.lineno;
    if (this.pos >= this.text.length && this.text.endsWith('\n') && ln > 1) ln--;
    const start = ls[ln - 1] ?? 0;
    const line = this.src.line(ln).replace(/\n$/, '');
    const col = this.src.charCol(start, start + line.length) + 1;
    return this.error('unexpected EOF while parsing', ln, col, -1, 'SyntaxError', true);
  }

  private eof(): Token {
    if (this.parens.length > 0) {
      return this.make('EOF_IN_BRACKETS', this.pos, this.pos, this.lineno, this.lineStart);
    }
    if (!this.lastWasNewline) {
      // CPython appends a newline to a source that lacks one.
      this.lastWasNewline = true;
      return this.make('NEWLINE', this.pos, this.pos, this.lineno, this.lineStart);
    }
    if (this.indstack.length > 1) {
      this.indstack.pop();
      this.altindstack.pop();
      return this.make('DEDENT', this.pos, this.pos, this.lineno, this.lineStart);
    }
    this.done = true;
    return this.make('ENDMARKER', this.pos, this.pos, this.lineno, this.lineStart);
  }

  /** At the beginning of a logical line: measure indentation, emit INDENT/DEDENT. */
  private indentation(): Token | null {
    const text = this.text;
    for (;;) {
      let col = 0;
      let altcol = 0;
      let p = this.pos;
      for (;;) {
        const c = text[p];
        if (c === ' ') {
          col++;
          altcol++;
        } else if (c === '\t') {
          col = Math.floor(col / TABSIZE + 1) * TABSIZE;
          altcol++;
        } else if (c === '\f') {
          col = altcol = 0;
        } else break;
        p++;
      }
      const c = text[p];
      if (c === '#' || c === '\n' || c === '\\' || c === undefined) {
        // Blank or comment-only lines do not count for indentation.
        if (c === '#') {
          while (p < text.length && text[p] !== '\n') p++;
        }
        if (text[p] === '\n') {
          p++;
          this.pos = p;
          this.newLine(p);
          continue;
        }
        if (c === '\\') {
          // A continuation at the start of a line: indentation counts (rare).
          break;
        }
        this.pos = p;
        return null;
      }
      this.pos = p;
      if (this.parens.length > 0) return null;
      const top = this.indstack[this.indstack.length - 1];
      const alttop = this.altindstack[this.altindstack.length - 1];
      if (col === top) {
        if (altcol !== alttop) throw this.tabError();
      } else if (col > top) {
        if (this.indstack.length >= MAXINDENT) {
          throw this.error('too many levels of indentation', this.lineno, 1, 0, 'IndentationError', true);
        }
        if (altcol <= alttop) throw this.tabError();
        this.indstack.push(col);
        this.altindstack.push(altcol);
        return this.make('INDENT', this.lineStart, p, this.lineno, this.lineStart);
      } else {
        let n = 0;
        while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
          this.indstack.pop();
          this.altindstack.pop();
          n++;
        }
        if (col !== this.indstack[this.indstack.length - 1]) {
          // CPython reports it after the end of the offending line (tok->cur = tok->inp).
          const line = this.src.line(this.lineno).replace(/\n$/, '');
          throw this.error(
            'unindent does not match any outer indentation level',
            this.lineno,
            [...line].length + 1,
            -1,
            'IndentationError',
            true,
          );
        }
        if (altcol !== this.altindstack[this.altindstack.length - 1]) throw this.tabError();
        this.pendingDedents = n - 1;
        return this.make('DEDENT', p, p, this.lineno, this.lineStart);
      }
      return null;
    }
    return null;
  }

  private tabError(): PythonSyntaxError {
    return this.error('inconsistent use of tabs and spaces in indentation', this.lineno, 1, 0, 'TabError', true);
  }

  private number(start: number): Token {
    const text = this.text;
    let p = start;
    const digits = (pred: (c: string) => boolean): void => {
      for (;;) {
        while (pred(text[p] ?? '')) p++;
        if (text[p] === '_' && pred(text[p + 1] ?? '')) {
          p++;
          continue;
        }
        break;
      }
    };
    const c0 = text[p];
    const c1 = (text[p + 1] ?? '').toLowerCase();
    if (c0 === '0' && (c1 === 'x' || c1 === 'o' || c1 === 'b')) {
      p += 2;
      const pred =
        c1 === 'x'
          ? (c: string) => /^[0-9a-fA-F]$/.test(c)
          : c1 === 'o'
            ? (c: string) => c >= '0' && c <= '7'
            : (c: string) => c === '0' || c === '1';
      const kind = c1 === 'x' ? 'hexadecimal' : c1 === 'o' ? 'octal' : 'binary';
      if (text[p] === '_') p++;
      const before = p;
      digits(pred);
      const d = text[p] ?? '';
      if (p === before) {
        if (isDigit(d)) throw this.errorAtCur(`invalid digit '${d}' in ${kind} literal`, p + 1);
        throw this.errorAtCur(`invalid ${kind} literal`, p);
      }
      if (isDigit(d)) throw this.errorAtCur(`invalid digit '${d}' in ${kind} literal`, p + 1);
      if (d === '_') throw this.errorAtCur(`invalid ${kind} literal`, p + 1);
      this.verifyEnd(p, kind);
      this.pos = p;
      return this.make('NUMBER', start, p, this.lineno, this.lineStart);
    }
    let isFloat = false;
    if (c0 !== '.') {
      digits(isDigit);
      if (text[p] === '_') throw this.errorAtCur('invalid decimal literal', p + 1);
    }
    if (text[p] === '.') {
      isFloat = true;
      p++;
      digits(isDigit);
      if (text[p] === '_') throw this.errorAtCur('invalid decimal literal', p + 1);
    }
    const e = text[p];
    if (e === 'e' || e === 'E') {
      let q = p + 1;
      const signed = text[q] === '+' || text[q] === '-';
      if (signed) q++;
      if (isDigit(text[q] ?? '')) {
        p = q;
        digits(isDigit);
        isFloat = true;
      } else if (signed) {
        throw this.errorAtCur('invalid decimal literal', q);
      } else {
        // `1else x`: the number ends before the 'e' (verify_end_of_number)
        this.verifyEnd(p, 'decimal');
      }
    }
    if (text[p] === 'j' || text[p] === 'J') {
      p++;
      isFloat = true;
      this.verifyEnd(p, 'imaginary');
    } else {
      this.verifyEnd(p, 'decimal');
    }
    if (!isFloat && c0 === '0') {
      const s = text.slice(start, p).replace(/_/g, '');
      if (/[1-9]/.test(s)) {
        const c = this.src.charCol(this.lineStart, start) + 1;
        let zeros = 0;
        while (text[start + zeros] === '0' || text[start + zeros] === '_') zeros++;
        throw this.error(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          this.lineno,
          c,
          c + zeros,
        );
      }
    }
    this.pos = p;
    return this.make('NUMBER', start, p, this.lineno, this.lineStart);
  }

  /** A number glued to a letter: CPython's verify_end_of_number. */
  private verifyEnd(p: number, kind: string): void {
    const c = this.text[p] ?? '';
    // keywords that may follow a number directly (1if x else y) are allowed with a warning
    for (const kw of ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']) {
      if (this.text.startsWith(kw, p)) return;
    }
    if (isAsciiIdCont(c) || (c > '\x7f' && ID_CONTINUE.test(this.codePointAt(p)))) {
      throw this.errorAtCur(`invalid ${kind} literal`, p);
    }
  }

  private string(start: number, quoteAt: number): Token {
    const text = this.text;
    const q = text[quoteAt];
    const triple = text[quoteAt + 1] === q && text[quoteAt + 2] === q;
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    let p = quoteAt + (triple ? 3 : 1);
    for (;;) {
      const c = text[p];
      if (c === undefined || (!triple && c === '\n')) {
        // At EOF after a final newline CPython is still on the last line.
        const detected = c === undefined && text.endsWith('\n') ? this.lineno - 1 : this.lineno;
        const col = this.src.charCol(firstLineStart, start) + 1;
        const msg = triple
          ? `unterminated triple-quoted string literal (detected at line ${detected + this.lineShift})`
          : `unterminated string literal (detected at line ${detected + this.lineShift})`;
        throw this.error(msg, firstLine, col, col);
      }
      if (c === '\\') {
        if (text[p + 1] === '\n') {
          p += 2;
          this.newLine(p, true);
          continue;
        }
        p += 2;
        continue;
      }
      if (c === '\n') {
        p++;
        this.newLine(p, true);
        continue;
      }
      if (c === q) {
        if (!triple) {
          p++;
          break;
        }
        if (text[p + 1] === q && text[p + 2] === q) {
          p += 3;
          break;
        }
      }
      p++;
    }
    this.pos = p;
    return this.make('STRING', start, p, firstLine, firstLineStart);
  }

  /**
   * After a parser error: tokenize the rest; a tokenizer error found there replaces the
   * parser's error, and so does an unclosed bracket opened before the error line.
   */
  checkRest(errLine: number): PythonSyntaxError | null {
    try {
      for (let i = 0; i < 1_000_000 && !this.done; i++) {
        const t = this.next();
        if (t.type === 'EOF_IN_BRACKETS') {
          const open = this.parens[this.parens.length - 1];
          if (open !== undefined && errLine > open.lineno + this.lineShift) return this.unclosed();
          return null;
        }
      }
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      // Indentation, continuation and EOF problems are ERRORTOKENs without an exception in
      // CPython: they do not replace the parser's error, only an unclosed bracket does.
      if (!this.lastErrorParserSide) return e;
      const open = this.parens[this.parens.length - 1];
      if (open !== undefined && errLine > open.lineno + this.lineShift) return this.unclosed();
      return null;
    }
    return null;
  }

  unclosed(): PythonSyntaxError {
    const open = this.parens[this.parens.length - 1];
    const col = this.src.charCol(open.lineStart, open.index) + 1;
    return this.error(`'${open.ch}' was never closed`, open.lineno, col, 0, 'SyntaxError', true);
  }
}
