/**
 * Ziv's strategy for correct rounding: approximate f(x) with a known error bound; if every value
 * within the bound rounds to the same double, that double is f(x) correctly rounded. Otherwise try
 * again with more precision. A transcendental function's value at a double is never exactly a
 * double's midpoint (except at the few exact points each function handles before calling this),
 * so more precision always settles it; the attempts are capped so nothing can loop.
 */
import { roundToDouble } from './binary64.ts';

/** An approximation m * 2**(-shift) whose error is at most `error` units of 2**(-shift). */
export interface Approximation {
  m: bigint;
  shift: number;
  error: bigint;
}

const ATTEMPTS = 5;

export function correctlyRounded(approximate: (extraBits: number) => Approximation): number {
  let last = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { m, shift, error } = approximate(attempt * 96);
    const low = roundToDouble(m - error, shift);
    last = roundToDouble(m, shift);
    if (Object.is(low, roundToDouble(m + error, shift))) return last;
  }
  return last;
}
