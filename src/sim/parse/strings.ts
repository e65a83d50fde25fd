/**
 * Adjacent string literals and f-strings, as CPython 3.11 builds them
 * (Parser/action_helpers.c: _PyPegen_concatenate_strings; Parser/string_parser.c).
 *
 * 3.11 quirks reproduced on purpose (they are what `ast.dump` shows):
 * - every Constant and FormattedValue inside a JoinedStr has the position of the whole
 *   concatenation (first token to last token), not of its own text;
 * - a format spec's JoinedStr has the position of the one string token it sits in;
 * - expressions are parsed from "(" + text + ")" and shifted to where the text sits in the
 *   token, so a nested expression's nodes have real positions, except that lines after the
 *   first of a multi-line expression keep the columns of the sub-parse.
 * - errors inside an expression are prefixed "f-string: " and located in the "(...)" text.
 */
import type * as A from './ast.ts';
import { PythonSyntaxError } from './errors.ts';
import { decodeBytes, decodeStrEscapes, EscapeError, parsePrefix, stringBody } from './literals.ts';
import { ExprParser } from './expressions.ts';
import { Source, utf8Length } from './source.ts';
import { Tokenizer } from './tokenizer.ts';
import type { Token } from './tokenizer.ts';

interface State {
  lastStr: string | null;
  values: (A.Constant | A.FormattedValue)[];
}

export function concatenateStrings(p: ExprParser, toks: Token[], after: Token): A.expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  const pos: A.Position = {
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.end_lineno,
    end_col_offset: last.end_col,
  };
  const kind = first.string[0] === 'u' ? 'u' : null;
  const err = (msg: string): PythonSyntaxError => p.errorAtToken(msg, after);
  const bytesmode = parsePrefix(first.string).bytes;
  let fmode = false;
  for (const t of toks) {
    const pre = parsePrefix(t.string);
    if (pre.bytes !== bytesmode) throw err('cannot mix bytes and nonbytes literals');
    if (pre.fstring) fmode = true;
  }
  if (bytesmode) {
    const parts: Uint8Array[] = [];
    for (const t of toks) {
      const pre = parsePrefix(t.string);
      const { body } = stringBody(t.string, pre.length);
      let b: Uint8Array | null;
      try {
        b = decodeBytes(body, pre.raw);
      } catch (e) {
        if (e instanceof EscapeError) throw err(e.msg);
        throw e;
      }
      if (b === null) {
        // RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, ...)
        throw p.errorAtToken('bytes can only contain ASCII literal characters', t);
      }
      parts.push(b);
    }
    let n = 0;
    for (const b of parts) n += b.length;
    const all = new Uint8Array(n);
    let o = 0;
    for (const b of parts) {
      all.set(b, o);
      o += b.length;
    }
    return { _type: 'Constant', value: { bytes: all }, kind: null, ...pos };
  }
  if (!fmode) {
    let s = '';
    for (const t of toks) s += decodeToken(t, err);
    return { _type: 'Constant', value: s, kind, ...pos };
  }
  const state: State = { lastStr: null, values: [] };
  const ctx: FCtx = { p, first, last, pos, constPos: pos, after, err };
  for (const t of toks) {
    const pre = parsePrefix(t.string);
    if (!pre.fstring) {
      concat(state, decodeToken(t, err));
      continue;
    }
    const { body, bodyStart } = stringBody(t.string, pre.length);
    const cur = { i: 0 };
    fstringParse(ctx, state, t, body, bodyStart, cur, pre.raw, 0);
  }
  flush(state, pos, kind);
  return { _type: 'JoinedStr', values: state.values, ...pos };
}

interface FCtx {
  p: ExprParser;
  first: Token;
  last: Token;
  pos: A.Position;
  /** Position of literal parts (differs from `pos` inside a format spec). */
  constPos: A.Position;
  after: Token;
  err: (msg: string) => PythonSyntaxError;
}

function decodeToken(t: Token, err: (msg: string) => PythonSyntaxError): string {
  const pre = parsePrefix(t.string);
  const { body } = stringBody(t.string, pre.length);
  if (pre.raw) return body;
  try {
    return decodeStrEscapes(body);
  } catch (e) {
    if (e instanceof EscapeError) throw err(e.msg);
    throw e;
  }
}

function concat(state: State, s: string): void {
  if (s.length === 0) return;
  state.lastStr = state.lastStr === null ? s : state.lastStr + s;
}

function flush(state: State, pos: A.Position, kind: string | null): void {
  if (state.lastStr !== null) {
    state.values.push({ _type: 'Constant', value: state.lastStr, kind, ...pos });
    state.lastStr = null;
  }
}

/**
 * fstring_parse: literal and expression parts of one f-string token body, from cur.i up to
 * the end (recurse level 0) or up to the '}' closing a format spec (level 1).
 */
function fstringParse(
  ctx: FCtx,
  state: State,
  t: Token,
  body: string,
  bodyStart: number,
  cur: { i: number },
  raw: boolean,
  level: number,
): void {
  const kind = ctx.first.string[0] === 'u' ? 'u' : null;
  for (;;) {
    const lit = findLiteral(ctx, body, cur, raw, level);
    if (lit.literal.length > 0) concat(state, lit.literal);
    if (lit.doubled) continue;
    if (cur.i >= body.length || body[cur.i] === '}') break;
    // body[cur.i] === '{'
    const fv = findExpr(ctx, t, body, bodyStart, cur, raw, level);
    if (fv.exprText !== null) concat(state, fv.exprText);
    flush(state, ctx.constPos, kind);
    state.values.push(fv.node);
  }
}

function findLiteral(
  ctx: FCtx,
  body: string,
  cur: { i: number },
  raw: boolean,
  level: number,
): { literal: string; doubled: boolean } {
  const start = cur.i;
  let s = cur.i;
  const end = body.length;
  let doubled = false;
  let litEnd = -1;
  while (s < end) {
    let ch = body[s++];
    if (!raw && ch === '\\' && s < end) {
      ch = body[s++];
      if (ch === 'N') {
        if (s < end && body[s++] === '{') {
          while (s < end && body[s++] !== '}') {
            /* skip \N{name} */
          }
          continue;
        }
        continue;
      }
    }
    if (ch === '{' || ch === '}') {
      if (level === 0) {
        if (s < end && body[s] === ch) {
          litEnd = s;
          cur.i = s + 1;
          doubled = true;
          break;
        }
        if (ch === '}') {
          throw ctx.err("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (!doubled) {
    cur.i = s;
    litEnd = s;
  }
  const text = body.slice(start, litEnd);
  let literal = text;
  if (!raw && text.length > 0) {
    try {
      literal = decodeStrEscapes(text);
    } catch (e) {
      if (e instanceof EscapeError) throw ctx.err(e.msg);
      throw e;
    }
  }
  return { literal, doubled };
}

function findExpr(
  ctx: FCtx,
  t: Token,
  body: string,
  bodyStart: number,
  cur: { i: number },
  raw: boolean,
  level: number,
): { node: A.FormattedValue; exprText: string | null } {
  const end = body.length;
  const brace = cur.i;
  cur.i++; // '{'
  if (level >= 2) throw ctx.err('f-string: expressions nested too deeply');
  const exprStart = cur.i;
  let quote: string | null = null;
  let stringType = 0;
  let depth = 0;
  const parens: string[] = [];
  while (cur.i < end) {
    const ch = body[cur.i];
    if (ch === '\\') throw ctx.err('f-string expression part cannot include a backslash');
    if (quote !== null) {
      if (ch === quote) {
        if (stringType === 3) {
          if (cur.i + 2 < end && body[cur.i + 1] === ch && body[cur.i + 2] === ch) {
            cur.i += 3;
            stringType = 0;
            quote = null;
            continue;
          }
        } else {
          stringType = 0;
          quote = null;
          cur.i++;
          continue;
        }
      }
      cur.i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (cur.i + 2 < end && body[cur.i + 1] === ch && body[cur.i + 2] === ch) {
        stringType = 3;
        cur.i += 2;
      } else stringType = 1;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (depth >= 200) throw ctx.err('f-string: too many nested parenthesis');
      parens.push(ch);
      depth++;
    } else if (ch === '#') {
      throw ctx.err("f-string expression part cannot include '#'");
    } else if (depth === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
      if (cur.i + 1 < end) {
        const next = body[cur.i + 1];
        if ((ch === '!' && next === '=') || (ch === '=' && next === '=') || (ch === '<' && next === '=') || (ch === '>' && next === '=')) {
          cur.i += 2;
          continue;
        }
      }
      if (ch === '>' || ch === '<') {
        cur.i++;
        continue;
      }
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      if (depth === 0) throw ctx.err(`f-string: unmatched '${ch}'`);
      depth--;
      const open = parens.pop();
      if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
        throw ctx.err(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
    cur.i++;
  }
  const exprEnd = cur.i;
  if (quote !== null) throw ctx.err('f-string: unterminated string');
  if (depth > 0) throw ctx.err(`f-string: unmatched '${parens[depth - 1]}'`);
  if (cur.i >= end) throw ctx.err("f-string: expecting '}'");
  const value = compileExpr(ctx, t, body, bodyStart, brace, exprStart, exprEnd);
  let exprText: string | null = null;
  if (body[cur.i] === '=') {
    cur.i++;
    while (cur.i < end && /\s/.test(body[cur.i])) cur.i++;
    if (cur.i >= end) throw ctx.err("f-string: expecting '}'");
    exprText = body.slice(exprStart, cur.i);
  }
  let conversion = -1;
  if (body[cur.i] === '!') {
    cur.i++;
    if (cur.i >= end) throw ctx.err("f-string: expecting '}'");
    const c = body[cur.i];
    cur.i++;
    if (c !== 's' && c !== 'r' && c !== 'a') {
      throw ctx.err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = c.charCodeAt(0);
  }
  let format_spec: A.JoinedStr | null = null;
  if (cur.i < end && body[cur.i] === ':') {
    cur.i++;
    if (cur.i >= end) throw ctx.err("f-string: expecting '}'");
    const spec: State = { lastStr: null, values: [] };
    // Inside a format spec CPython 3.11 gives literal parts the current token's position and
    // nested replacement fields the span from the current token to the last one.
    const tokPos: A.Position = { lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
    const specCtx: FCtx = { ...ctx, first: t, pos: { ...ctx.pos, lineno: t.lineno, col_offset: t.col }, constPos: tokPos };
    fstringParse(specCtx, spec, t, body, bodyStart, cur, raw, level + 1);
    flush(spec, tokPos, t.string[0] === 'u' ? 'u' : null);
    format_spec = {
      _type: 'JoinedStr',
      values: spec.values,
      lineno: t.lineno,
      col_offset: t.col,
      end_lineno: t.end_lineno,
      end_col_offset: t.end_col,
    };
  }
  if (cur.i >= end || body[cur.i] !== '}') throw ctx.err("f-string: expecting '}'");
  cur.i++;
  if (exprText !== null && format_spec === null && conversion === -1) conversion = 114;
  return {
    node: { _type: 'FormattedValue', value, conversion, format_spec, ...ctx.pos },
    exprText,
  };
}

/** fstring_compile_expr: parse "(" + text + ")" with positions shifted into the token. */
function compileExpr(
  ctx: FCtx,
  t: Token,
  body: string,
  bodyStart: number,
  brace: number,
  exprStart: number,
  exprEnd: number,
): A.expr {
  const text = body.slice(exprStart, exprEnd);
  if (/^[ \t\n\f]*$/.test(text)) {
    const next = body[exprEnd];
    if (next === '!' || next === ':' || next === '=') throw ctx.err(`f-string: expression required before '${next}'`);
    throw ctx.err('f-string: empty expression not allowed');
  }
  // fstring_find_expr_location, on the token's text (prefix and quotes included)
  const tokText = t.string;
  const braceInTok = bodyStart + brace;
  let newlineAfterBrace = true;
  for (let k = braceInTok + 1; k < tokText.length && tokText[k] !== '}' && tokText[k] !== '\n'; k++) {
    const c = tokText[k];
    if (c !== ' ' && c !== '\t' && c !== '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  let lines = 0;
  if (!newlineAfterBrace) {
    let k = braceInTok;
    while (k > 0 && tokText[k] !== '\n') k--;
    cols = utf8Length(tokText.slice(k, braceInTok));
    if (tokText[k] === '\n') cols -= 1;
  }
  for (let k = 0; k < braceInTok; k++) if (tokText[k] === '\n') lines++;
  const lineShift = t.lineno + lines - 1;
  const colShift = lines !== 0 ? cols : t.col + cols;
  const src = new Source('(' + text + ')');
  const tok = new Tokenizer(src, lineShift, colShift);
  const sub = new ExprParser(src, tok, { fstring: true });
  // Parser errors get the "f-string: " prefix (Parser.mkError); the sub-tokenizer's own
  // errors do not, as in CPython.
  const e = sub.starExpressions();
  const nx = sub.peek();
  if (nx.type !== 'NEWLINE' && nx.type !== 'ENDMARKER') throw sub.invalidSyntax();
  return e;
}
