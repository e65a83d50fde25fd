/**
 * "Did you mean: 'x'?" for NameError and AttributeError, ported from CPython 3.11's
 * Python/suggestions.c. The C code works on UTF-8 bytes, so this does too.
 *
 * The interpreter picks the candidate lists as CPython does: for an AttributeError,
 * dir(obj) (sorted); for a NameError, the frame's local variable names, then (if that gives
 * nothing) the globals' keys in insertion order, then the builtins'.
 */

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST; // not the same letter, not even a case flip
  if (a === b) return 0;
  if (isUpper(a)) a += 32;
  if (isUpper(b)) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** Levenshtein distance with CPython's costs; anything above maxCost comes back as maxCost + 1. */
export function levenshteinDistance(aIn: Uint8Array, bIn: Uint8Array, maxCost: number): number {
  let a = aIn;
  let b = bIn;
  // trim common affixes
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.subarray(start);
  b = b.subarray(start);
  let aSize = a.length;
  let bSize = b.length;
  while (aSize && bSize && a[aSize - 1] === b[bSize - 1]) {
    aSize--;
    bSize--;
  }
  a = a.subarray(0, aSize);
  b = b.subarray(0, bSize);
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  if (bSize < aSize) {
    [a, b] = [b, a];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  // one row of the matrix, updated in place
  const buffer = new Array<number>(aSize);
  for (let i = 0, tmp = MOVE_COST; i < aSize; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bIndex = 0; bIndex < bSize; bIndex++) {
    const code = b[bIndex];
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Infinity;
    for (let index = 0; index < aSize; index++) {
      const substitute = distance + substitutionCost(code, a[index]);
      distance = buffer[index];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1; // everything in this row is too expensive
  }
  return result;
}

/** `calculate_suggestions`: the closest candidate, or null. */
export function suggestName(name: string, candidates: readonly string[]): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8.encode(name);
  let suggestion: string | null = null;
  let suggestionDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = utf8.encode(item);
    // no more than 1/3 of the involved characters should need changing
    let maxDistance = Math.trunc(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, suggestionDistance - 1); // don't take matches already beaten
    const current = levenshteinDistance(nameBytes, itemBytes, maxDistance);
    if (current > maxDistance) continue;
    if (suggestion === null || current < suggestionDistance) {
      suggestion = item;
      suggestionDistance = current;
    }
  }
  return suggestion;
}

/** NameError's three-step search (`offer_suggestions_for_name_error`). */
export function suggestForNameError(
  name: string,
  localNames: readonly string[],
  globalNames: readonly string[],
  builtinNames: readonly string[],
): string | null {
  return suggestName(name, localNames) ?? suggestName(name, globalNames) ?? suggestName(name, builtinNames);
}
