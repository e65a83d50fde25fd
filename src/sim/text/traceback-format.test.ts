import { describe, expect, it } from 'vitest';
import type { AnyNode, Position } from '../parse/ast.ts';
import { formatTraceback, type TracebackFrame } from './traceback-format.ts';
import { loadFixture } from './fixtures.test-helpers.ts';

interface Case {
  origin: string;
  frames: { filename: string; lineno: number; name: string; line: string; position: Position; node: unknown }[];
  printed: string[];
}

describe('formatTraceback matches CPython 3.11 uncaught-exception output', () => {
  it('on every fixture program, recursion folding included', () => {
    const cases = loadFixture<Case[]>('tracebacks.json');
    const wrong = cases
      .map((c) => {
        const frames: TracebackFrame[] = c.frames.map((f) => ({ ...f, node: f.node as AnyNode | null }));
        return { origin: c.origin, want: c.printed, got: formatTraceback(frames) };
      })
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(cases.length).toBeGreaterThan(60);
  });

  it('says "time" for a single folded repetition', () => {
    const frame: TracebackFrame = { filename: 'f.py', lineno: 1, name: 'f', line: null, position: null, node: null };
    expect(formatTraceback([frame, frame, frame, frame]).at(-1)).toBe('  [Previous line repeated 1 more time]');
  });
});
