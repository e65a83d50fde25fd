/**
 * Random token streams: mostly-Python-looking soup (keywords, names, operators, odd number and
 * string literals, indentation, brackets) plus what editors let learners paste: non-ASCII names,
 * NUL, lone surrogates, BOM, form feeds, CR. None of it needs to parse; all of it must end in a
 * SyntaxError (or a run), never an internal error.
 */
import fc from 'fast-check';

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', '_', 'type', 'print',
  'gc', 'sys', 'len', 'object', 'super', '__init__', '__del__', 'self',
];
const OPERATORS = [
  '+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^', '~', ':=', '<', '>', '<=', '>=', '==', '!=',
  '=', '+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^=', '@=', '->', '.', '...', ',', ':',
  ';', '!', '$', '?', '`', '\\', '\\\n',
];
const BRACKETS = ['(', ')', '[', ']', '{', '}'];
const NUMBERS = [
  '0', '1', '007', '00', '1_000', '1__0', '0x', '0xG', '0b12', '0o8', '1e', '1e+', '1.e5', '.5', '5.', '1j', '0b_1',
  '1_', '9' .repeat(30), '1e400', '0x_ff', '1if', '0else', '1.2.3', '٣',
];
const STRINGS = [
  "''", '""', "'''", '"""', "'a", '"b', "'''x'''", 'f"{x}"', "f'{'", "f'{}'", "f'{x!}'", "f'{x:{y}}'", "f'{{}}'",
  "rb'\\x'", "b'é'", "u'x'", "'\\N{BULLET}'", "'\\N{nope}'", "'\\x4'", "'\\777'", "'''\n\n'''", "f'''{\n1}'''",
  "br''", "Rb'x'", "fr'{x}'", "'\\", "'\\\n'", "f'{x=}'", "f'{x!r:>{w}}'",
];
const LAYOUT = ['\n', '\n    ', '\n\t', '\n  ', '    ', '\t', '\r', '\r\n', '\f', '\n\n', '#', '# é\n', '\\\n'];
const ODD = ['\0', '\uD800', '\uDFFF', '\uFEFF', 'é', 'ñame', 'λ', '变量', '😀', '\u200b', '\u0301', 'ℌ', 'ﬁ', 'Ω', '\u2028', '\x7f', '\x1b'];

const NAME_START = [...'abcdefghijklmnopqrstuvwxyz_XY'];
const NAME_REST = [...NAME_START, ...'0123456789'];

export function tokenArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...NAME_START), fc.array(fc.constantFrom(...NAME_REST), { maxLength: 4 })).map(([a, b]) => a + b.join('')) },
    { weight: 4, arbitrary: fc.constantFrom(...OPERATORS) },
    { weight: 3, arbitrary: fc.constantFrom(...BRACKETS) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...LAYOUT) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    // Any code point, lone surrogates included (String.fromCodePoint(0xd800) is one).
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) },
  );
}

export function tokenStreamArb(): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(tokenArb(), fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 80, size: 'medium' })
    .map((ts) => ts.map(([t, sep]) => t + sep).join(''));
}
