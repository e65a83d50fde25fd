/**
 * SyntaxError as CPython 3.11 reports it. A plain class (not an Error): it is data the
 * interpreter turns into a Python exception, and it must never surface as a JS stack trace.
 */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PythonSyntaxError {
  type: SyntaxErrorType;
  msg: string;
  lineno: number;
  /** 1-based, in characters, like SyntaxError.offset. */
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** The source line (with its '\n'), or null when CPython has none. */
  text: string | null;

  constructor(
    type: SyntaxErrorType,
    msg: string,
    lineno: number,
    offset: number,
    end_lineno: number,
    end_offset: number,
    text: string | null,
  ) {
    this.type = type;
    this.msg = msg;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }

  toString(): string {
    return `${this.type}: ${this.msg}`;
  }
}

/**
 * What CPython 3.11 writes to stderr for an uncaught SyntaxError raised while compiling a
 * file (Python/pythonrun.c: print_exception_file_and_line + print_error_text).
 */
export function formatSyntaxError(err: PythonSyntaxError, filename: string): string {
  let out = `  File "${filename}", line ${err.lineno}\n`;
  if (err.text !== null) {
    // Running a file, CPython re-reads the error line from the file: just that one line,
    // even where compile()'s text holds the earlier lines of a multi-line string.
    const body = err.text.endsWith('\n') ? err.text.slice(0, -1) : err.text;
    const text = err.text.slice(body.lastIndexOf('\n') + 1);
    // Running a file, CPython's offsets are UTF-8 byte offsets (compile() of a str gives
    // characters, which is what PythonSyntaxError holds): convert back for the caret line.
    let offset = charToByteOffset(text, err.offset);
    let endOffset = err.end_offset > 0 ? charToByteOffset(text, err.end_offset) : err.end_offset;
    const lineSize = utf8Len(text);
    if (err.end_lineno > err.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    // IndentationError (and TabError) print a single caret; at end of file the file-reading
    // tokenizer reports column 0, so no caret at all.
    if (err.type !== 'SyntaxError') endOffset = -1;
    if (err.type === 'IndentationError' && err.msg.startsWith('expected an indented block') && err.end_offset === -1) {
      offset = 0;
    }
    out += printErrorText(offset, endOffset, text);
  }
  out += `${err.type}: ${err.msg}\n`;
  return out;
}

function utf8Len(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** 1-based character offset → 1-based UTF-8 byte offset within `text`. */
function charToByteOffset(text: string, offset: number): number {
  const chars = [...text];
  if (offset <= 1) return offset;
  return utf8Len(chars.slice(0, offset - 1).join('')) + 1 + Math.max(0, offset - 1 - chars.length);
}

/** print_error_text, working on the UTF-8 bytes like the C code (the caret line is ASCII). */
function printErrorText(offsetIn: number, endOffset: number, textIn: string): string {
  let offset = offsetIn;
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = textIn;
  offset--;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    offset--;
  }
  text = text.slice(i);
  let len = utf8Len(text);
  if (len > 0 && text.endsWith('\n')) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl === -1) break;
    const inl = utf8Len(text.slice(0, nl));
    if (inl >= offset) break;
    text = text.slice(nl + 1);
    len -= inl + 1;
    offset -= inl + 1;
  }
  let out = '    ' + text;
  if (!text.endsWith('\n')) out += '\n';
  if (offset < 0) return out;
  out += '    ' + ' '.repeat(offset) + '^'.repeat(caretRepetitions) + '\n';
  return out;
}
