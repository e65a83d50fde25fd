/** Literal pools: values chosen to sit on the edges CPython cares about (small-int cache, bigints, float repr). */
export const SMALL_INTS = ['0', '1', '2', '3', '4', '5', '7', '10'];
export const EDGE_INTS = [
  '-1', '-5', '-6', '42', '100', '255', '256', '257', '1000', '-1000', '2**31', '2**63', '-2**63',
  '10**18', '12345678901234567890', '0x1F', '0o17', '0b1011', '1_000_000', '-7', '99',
];
export const FLOATS = [
  '0.0', '0.1', '0.5', '1.5', '2.25', '-3.75', '1e10', '1e-5', '3.14159', '1e300', '-0.0', '2.0', '100.0',
  '1e16', '123456789.125', '0.2', '7.0', '1/3',
];
export const STRS = [
  "''", "'a'", "'ab'", "'hello'", "'Hello World'", "'x y z'", "'42'", "'é'", "'€uro'", "'naïve'",
  "'tab\\there'", '"it\'s"', "'line\\nbreak'", "'  pad  '", "'a,b,c'", "'ABC'", "'mixed Case'", "'zz'", "'3.5'",
  "'ß'", "'日本'", "'\\x00'", "'back\\\\slash'", "'👍'",
];
/** Substrings and separators that make str methods do something. */
export const SUBSTRS = ["'a'", "'l'", "'o'", "' '", "','", "'z'", "''", "'ab'", "'é'"];
export const KEYS = ["'a'", "'b'", "'c'", "'d'", "'key'", "'x'"];
export const FORMAT_INT = [':5d', ':>6', ':<4', ':^7', ':x', ':08b', ':,', ':+d', ':o', ':X', ':05', ':e', ':.2f', ':#x', '!r', ':_'];
export const FORMAT_FLOAT = [':.3f', ':10.2e', ':g', ':.1%', ':>8.2f', ':+.1f', '!r', ':.0f', ':e', ':,.2f', ''];
export const FORMAT_STR = [':*^9', ':>6', ':<6', ':.2', '!r', '!s', ':^5', ''];
