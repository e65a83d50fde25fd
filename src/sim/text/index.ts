/**
 * Text helpers of the simulator: CPython 3.11's exact repr/str/format output, number parsing,
 * traceback caret lines and "Did you mean" suggestions. Pure functions, no simulator state.
 *
 * Errors are PyTextError: a Python exception type + CPython's message, for the interpreter to
 * raise as the matching Python exception.
 *
 * Every expected value in the tests comes from CPython 3.11.7; regenerate with
 *   python3 src/sim/text/gen_fixtures.py        (fixtures/*.json)
 *   python3 src/sim/text/gen_unicode_tables.py  (unicode-tables.ts)
 */
export { PyTextError, type PyTextErrorType } from './errors.ts';

// repr() / str()
export { floatRepr, floatStr, doubleToString, type FloatCode, type DoubleToStringFlags } from './float-to-string.ts';
export { strRepr, isPrintable, codePointLength } from './str-repr.ts';
export { complexRepr } from './complex-repr.ts';
export { bytesRepr } from './bytes-repr.ts';
export { intToStr, intToBase, INT_MAX_STR_DIGITS } from './int-to-str.ts';

// format() and str % args
export { parseFormatSpec, type FormatSpec } from './format-spec.ts';
export { formatInt, intToFloat } from './format-int.ts';
export { formatFloat } from './format-float.ts';
export { formatStr } from './format-str.ts';
export { percentFormat, asciiEscape, type PercentOperand, type PercentMapping } from './percent-format.ts';

// round()
export { roundFloat, roundFloatToInt, roundInt } from './round.ts';

// float(str), int(str, base)
export { floatFromString, intFromString, transformDecimalAndSpaceToAscii } from './parse-number.ts';

// tracebacks
export { formatTraceback, type TracebackFrame } from './traceback-format.ts';
export { caretLine, sourceLineDisplay, byteToCharOffset, displayWidth } from './caret.ts';
export { suggestName, suggestForNameError, levenshteinDistance } from './suggestions.ts';
