import { describe, expect, it } from 'vitest';
import { bytesRepr } from './bytes-repr.ts';
import { complexRepr } from './complex-repr.ts';
import { fromBits, loadFixture } from './fixtures.test-helpers.ts';

describe('repr(complex) and repr(bytes) match CPython 3.11', () => {
  it('complex', () => {
    const cases = loadFixture<{ real: string; imag: string; repr: string }[]>('complex_repr.json');
    const wrong = cases.filter((c) => complexRepr(fromBits(c.real), fromBits(c.imag)) !== c.repr);
    expect(wrong.map((c) => [c.repr, complexRepr(fromBits(c.real), fromBits(c.imag))])).toEqual([]);
    expect(cases.length).toBeGreaterThan(10);
  });

  it('bytes', () => {
    const cases = loadFixture<{ data: number[]; repr: string }[]>('bytes_repr.json');
    const wrong = cases.filter((c) => bytesRepr(Uint8Array.from(c.data)) !== c.repr);
    expect(wrong.map((c) => [c.repr, bytesRepr(Uint8Array.from(c.data))])).toEqual([]);
    expect(cases.length).toBeGreaterThan(5);
  });
});
