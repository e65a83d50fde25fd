/**
 * The parser's public face: source text → CPython 3.11 AST, or a PythonSyntaxError
 * carrying CPython's message and location.
 */
import type { Module } from './ast.ts';
import { checkModule } from './checks.ts';
import { PythonSyntaxError } from './errors.ts';
import { Parser } from './parser.ts';
import { Source } from './source.ts';
import { Tokenizer } from './tokenizer.ts';

export { PythonSyntaxError, formatSyntaxError } from './errors.ts';
export type { SyntaxErrorType } from './errors.ts';
export { dump } from './dump.ts';

/**
 * Parse a module. Throws PythonSyntaxError (never a JS Error) for invalid source, including
 * the errors CPython's compiler raises before running anything ('return' outside function...).
 * `filename` is accepted for API symmetry with compile(); errors carry no filename.
 */
export function parse(source: string, filename = '<string>'): Module {
  void filename;
  // CPython reads source in universal-newline mode.
  const text = source.indexOf('\r') === -1 ? source : source.replace(/\r\n?/g, '\n');
  const src = new Source(text);
  const tok = new Tokenizer(src);
  const parser = new Parser(src, tok);
  let mod: Module;
  try {
    mod = parser.parseModule();
    checkModule(mod, src);
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      // _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error further on wins.
      if (e.type === 'SyntaxError' && !tok.failed) {
        const later = tok.checkRest(parser.lastReadLine());
        if (later !== null) throw later;
      }
      throw e;
    }
    throw internal(e, src);
  }
  return mod;
}

/** A bug in the parser must still reach the learner as a SyntaxError, not a JS stack trace. */
function internal(e: unknown, src: Source): PythonSyntaxError {
  if (e instanceof RangeError) {
    // CPython: "Parser stack overflowed - Python source too complex to parse" (a MemoryError).
    return new PythonSyntaxError('SyntaxError', 'Python source too complex to parse', 1, 1, 1, 1, src.line(1) || null);
  }
  const what = e instanceof Error ? e.message : String(e);
  return new PythonSyntaxError('SyntaxError', `internal parser error: ${what}`, 1, 1, 1, 1, src.line(1) || null);
}
