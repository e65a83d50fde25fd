/**
 * The one error the text helpers throw. It names a Python exception type and carries CPython's
 * exact message, so the interpreter can turn it into a real Python exception
 * (`ValueError: Unknown format code 'd' for object of type 'float'`) instead of leaking a JS stack.
 */
export type PyTextErrorType = 'ValueError' | 'OverflowError' | 'TypeError' | 'MemoryError';

export class PyTextError extends Error {
  readonly pyType: PyTextErrorType;

  constructor(pyType: PyTextErrorType, message: string) {
    super(message);
    this.name = 'PyTextError';
    this.pyType = pyType;
  }
}

export function valueError(message: string): PyTextError {
  return new PyTextError('ValueError', message);
}

export function overflowError(message: string): PyTextError {
  return new PyTextError('OverflowError', message);
}

/**
 * Longest string we agree to build. JS engines cap strings near 2**29 characters and throw a
 * RangeError past it; CPython would try to allocate and raise MemoryError, so we do that.
 */
export const MAX_TEXT_LENGTH = 1 << 28;

/** `fill` repeated n times, or MemoryError where CPython would run out of memory. */
export function repeatFill(fill: string, n: number): string {
  if (n <= 0) return '';
  if (n > MAX_TEXT_LENGTH) throw new PyTextError('MemoryError', '');
  return fill.repeat(n);
}
