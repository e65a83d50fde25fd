/**
 * The "Traceback (most recent call last):" block of an uncaught exception, as CPython 3.11's
 * C printer writes it (Python/traceback.c `tb_printinternal`, `tb_displayline`): each frame's
 * File line, its source line and caret line, with runs of more than three identical frames
 * folded into "[Previous line repeated N more times]".
 *
 * The exception line itself ("ValueError: ...") and chained-exception separators are the
 * interpreter's: they depend on the exception objects.
 */
import type { AnyNode, Position } from '../parse/ast.ts';
import { caretLine, sourceLineDisplay } from './caret.ts';

export interface TracebackFrame {
  filename: string;
  lineno: number;
  /** the code object's name: '<module>', a function name, '<listcomp>'... */
  name: string;
  /**
   * The text of line `lineno` without its newline, or null to print no source (CPython shows
   * none when the file cannot be read, e.g. for '<stdin>'-style names).
   */
  line: string | null;
  /** the failing instruction's span; null prints no caret line */
  position: Position | null;
  /** the AST node with exactly that span (see caretLine) */
  node: AnyNode | null;
}

const TB_RECURSIVE_CUTOFF = 3;

function repeatedLine(count: number): string {
  const more = count - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more ${more > 1 ? 'times' : 'time'}]`;
}

function frameLines(frame: TracebackFrame): string[] {
  const out = [`  File "${frame.filename}", line ${frame.lineno}, in ${frame.name}`];
  if (frame.line === null) return out;
  out.push(sourceLineDisplay(frame.line));
  if (frame.position !== null) {
    const carets = caretLine(frame.line, frame.position, frame.node);
    if (carets !== null) out.push(carets);
  }
  return out;
}

/** The traceback block, one string per line (no newlines), header included. */
export function formatTraceback(frames: readonly TracebackFrame[]): string[] {
  const out = ['Traceback (most recent call last):'];
  let last: TracebackFrame | null = null;
  let count = 0;
  for (const frame of frames) {
    if (last === null || frame.filename !== last.filename || frame.lineno !== last.lineno || frame.name !== last.name) {
      if (count > TB_RECURSIVE_CUTOFF) out.push(repeatedLine(count));
      last = frame;
      count = 0;
    }
    count++;
    if (count <= TB_RECURSIVE_CUTOFF) out.push(...frameLines(frame));
  }
  if (count > TB_RECURSIVE_CUTOFF) out.push(repeatedLine(count));
  return out;
}
