/**
 * The position-marker line under a traceback's source line, as CPython 3.11's C traceback
 * printer draws it for uncaught exceptions (Python/traceback.c `tb_displayline`,
 * `extract_anchors_from_expr`, `print_error_location_carets`).
 *
 *     x = a + b[1]
 *         ~~^~~~~~
 *
 * The C printer, not traceback.py, is what a learner sees; the two differ in small ways
 * (the C one strips only ' ', '\t', '\f' indentation and keeps trailing whitespace), so this
 * follows the C code. Like traceback.py, 3.11.7 draws a character whose East Asian width is
 * 'W' or 'F' two columns wide (fixtures confirm it), so carets stay under wide characters.
 */
import type { AnyNode, Position } from '../parse/ast.ts';
import { inRanges } from './unicode-lookup.ts';
import { WIDE_RANGES } from './unicode-tables.ts';

const utf8 = new TextEncoder();

function isWhitespaceByte(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0c;
}

/**
 * `_PyPegen_byte_offset_to_character_offset`: how many characters the first `offset` UTF-8
 * bytes of `text` decode to (a character cut in half counts as one replacement character).
 */
export function byteToCharOffset(text: string, offset: number): number {
  const bytes = utf8.encode(text);
  if (offset > bytes.length + 1) offset = bytes.length + 1;
  let chars = 0;
  let pos = 0;
  for (const ch of text) {
    if (pos >= offset) break;
    pos += utf8.encode(ch).length;
    chars++;
  }
  if (offset > bytes.length) chars++; // the C string's terminating NUL
  return chars;
}

/** The source line as the traceback prints it: 4 spaces, then the line without its indentation. */
export function sourceLineDisplay(line: string): string {
  return '    ' + line.slice(indentLength(line));
}

/**
 * Columns the traceback gives a character: 2 when CPython 3.11.7's
 * unicodedata.east_asian_width() says 'W' or 'F', else 1. (That function also answers 'F' for
 * many unassigned code points, U+0378 among them; the table copies it, quirk included.)
 */
export function displayWidth(cp: number): number {
  return cp >= 0x378 && isWide(cp) ? 2 : 1;
}

function isWide(cp: number): boolean {
  return inRanges(WIDE_RANGES, cp);
}

function indentLength(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\f')) i++;
  return i;
}

interface Anchors {
  left: number;
  right: number;
}

/** Anchors in UTF-8 bytes of the segment, or null when the node gets plain carets. */
function extractAnchors(segment: Uint8Array, node: AnyNode | null, base: number): Anchors | null {
  if (node === null) return null;
  if (node._type === 'BinOp') {
    const leftEnd = node.left.end_col_offset - base;
    const rightStart = node.right.col_offset - base;
    let anchors: Anchors = { left: -1, right: -1 };
    for (let i = leftEnd; i < rightStart; i++) {
      if (isWhitespaceByte(segment[i])) continue;
      anchors = { left: i, right: i + 1 };
      // a two-character operator such as // or **
      if (i + 1 < rightStart && !isWhitespaceByte(segment[i + 1])) anchors.right++;
      // skip the closing parenthesis of a parenthesized left operand
      if (i + 1 < rightStart && segment[i] === 0x29) continue;
      break;
    }
    return anchors.left === -1 ? null : anchors;
  }
  if (node._type === 'Subscript') {
    let left = node.value.end_col_offset - base;
    let right = node.slice.end_col_offset - base + 1;
    const len = segment.length;
    while (left < len && segment[left] !== 0x5b) left++; // '['
    while (right < len && segment[right] !== 0x5d) right++; // ']'
    if (right < len) right++;
    return { left, right };
  }
  return null;
}

/**
 * The marker line (without newline, with the traceback's 4-space margin), or null when CPython
 * prints none.
 *
 * @param line the text of source line `position.lineno`, without its newline
 * @param position the failing instruction's span, UTF-8 byte columns as in ast.ts
 * @param node the AST node with exactly that span (BinOp and Subscript get `~`/`^` anchors),
 *   or null when the span belongs to no expression node
 */
export function caretLine(line: string, position: Position, node: AnyNode | null): string | null {
  if (position.lineno < 0 || position.end_lineno < 0 || position.col_offset < 0 || position.end_col_offset < 0) {
    return null;
  }
  const chars = Array.from(line);
  const startOffset = byteToCharOffset(line, position.col_offset);
  let endOffset = byteToCharOffset(line, position.end_col_offset);
  let leftEnd = -1;
  let rightStart = -1;
  let primary = '^';
  let secondary = '^';
  if (position.lineno === position.end_lineno) {
    const segmentText = chars.slice(startOffset, endOffset).join('');
    const anchors = extractAnchors(utf8.encode(segmentText), node, position.col_offset);
    if (anchors !== null) {
      leftEnd = byteToCharOffset(segmentText, anchors.left) + startOffset;
      rightStart = byteToCharOffset(segmentText, anchors.right) + startOffset;
      primary = '~';
      secondary = '^';
    }
  } else {
    // a multi-line span is marked up to the line's last non-blank character
    let i = chars.length;
    while (--i >= 0) if (!(chars[i] === ' ' || chars[i] === '\t' || chars[i] === '\f')) break;
    endOffset = i + 1;
  }
  const indent = indentLength(line);
  const strippedLength = chars.length - indent;
  const hasSecondary = leftEnd !== -1 || rightStart !== -1;
  if (endOffset - startOffset === strippedLength && !hasSecondary) return null;
  let out = '';
  // offset n stands for character n - 1; the first four are the margin that replaced the indent
  for (let offset = indent - 4 + 1; offset <= endOffset; offset++) {
    const ch = offset > indent && offset - 1 < chars.length ? chars[offset - 1] : ' ';
    const width = displayWidth(ch.codePointAt(0)!);
    let mark: string;
    if (offset <= startOffset) mark = ' ';
    else if (hasSecondary && leftEnd < offset && offset <= rightStart) mark = secondary;
    else mark = primary;
    out += mark.repeat(width);
  }
  return out;
}
