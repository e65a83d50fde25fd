import { describe, expect, it } from 'vitest';
import type { AnyNode, Position } from '../parse/ast.ts';
import { caretLine, sourceLineDisplay } from './caret.ts';
import { loadFixture } from './fixtures.test-helpers.ts';

interface Case {
  origin: string;
  line: string;
  position: Position;
  node: (Position & { _type: string }) | null;
  source_shown: string;
  caret: string | null;
}
const cases = loadFixture<Case[]>('carets.json');

describe('caretLine matches CPython 3.11 tracebacks', () => {
  it('on every frame of the fixture programs', () => {
    const wrong = cases
      .map((c) => ({ c, got: caretLine(c.line, c.position, c.node as unknown as AnyNode | null) }))
      .filter(({ c, got }) => got !== c.caret);
    expect(wrong.map(({ c, got }) => ({ origin: c.origin, line: c.line, want: c.caret, got }))).toEqual([]);
    expect(cases.length).toBeGreaterThan(60);
  });

  it('shows the source line as CPython does', () => {
    const wrong = cases.filter((c) => sourceLineDisplay(c.line) !== c.source_shown);
    expect(wrong.map((c) => c.line)).toEqual([]);
  });
});
