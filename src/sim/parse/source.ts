/**
 * A source text split into lines, with the two column conversions CPython needs:
 * AST columns are UTF-8 byte offsets, SyntaxError offsets are characters (code points).
 * JavaScript strings index UTF-16 units, so both are computed from a line start and an index.
 */
export class Source {
  readonly text: string;
  /** Index in `text` where each line starts (line n is lineStarts[n - 1]). */
  readonly lineStarts: number[];
  private readonly ascii: boolean;
  /** Per line (keyed by its start index): is it pure ASCII? Most lines are, even in a file with an 'é'. */
  private readonly asciiLines = new Map<number, boolean>();

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(text);
  }

  /** Byte column of `index`, counted from the start of the line that begins at `lineStart`. */
  private asciiLine(lineStart: number): boolean {
    let r = this.asciiLines.get(lineStart);
    if (r === undefined) {
      let end = this.text.indexOf('\n', lineStart);
      if (end === -1) end = this.text.length;
      r = true;
      for (let i = lineStart; i < end; i++) {
        if (this.text.charCodeAt(i) > 0x7f) {
          r = false;
          break;
        }
      }
      this.asciiLines.set(lineStart, r);
    }
    return r;
  }

  byteCol(lineStart: number, index: number): number {
    if (this.ascii || this.asciiLine(lineStart)) return index - lineStart;
    let n = 0;
    for (let i = lineStart; i < index; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  /** Character (code point) column of `index` on the line that begins at `lineStart`. */
  charCol(lineStart: number, index: number): number {
    if (this.ascii || this.asciiLine(lineStart)) return index - lineStart;
    let n = 0;
    for (let i = lineStart; i < index; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
      n++;
    }
    return n;
  }

  /** The text of line `lineno` (1-based) including its '\n' when it has one. */
  line(lineno: number): string {
    const s = this.lineStarts[lineno - 1];
    if (s === undefined) return '';
    const e = this.lineStarts[lineno];
    return this.text.slice(s, e === undefined ? this.text.length : e);
  }

  /** Convert a byte column on line `lineno` back to a character column. */
  byteToCharCol(lineno: number, byteCol: number): number {
    if (this.ascii) return byteCol;
    const s = this.lineStarts[lineno - 1] ?? 0;
    let bytes = 0;
    let chars = 0;
    for (let i = s; i < this.text.length && bytes < byteCol; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        bytes += 4;
        i++;
      } else bytes += 3;
      chars++;
    }
    return chars;
  }
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
