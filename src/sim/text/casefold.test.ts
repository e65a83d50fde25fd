import { describe, expect, it } from 'vitest';
import { casefold } from './casefold.ts';

// expected values: python3.11 -c "print(repr(s.casefold()))"
describe('str.casefold() matches CPython 3.11', () => {
  it('folds beyond lower()', () => {
    expect(casefold('ß')).toBe('ss');
    expect(casefold('Straße ΣΑΣ ﬁ ſ')).toBe('strasse σασ fi s');
    expect(casefold('Ꭰꭰ')).toBe('ᎠᎠ');
    expect(casefold('ABC déf 𐐀')).toBe('abc déf 𐐨');
  });
});
