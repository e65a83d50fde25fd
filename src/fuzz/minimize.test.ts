import { describe, expect, it } from 'vitest';
import { minimizeProgram, topLevelUnits, unwrapCandidates } from './minimize.ts';

describe('minimizer', () => {
  it('splits top-level statements with their blocks and clauses', () => {
    expect(topLevelUnits('a = 1\nif a:\n    b = 2\nelse:\n    b = 3\nprint(b)\n')).toEqual(['a = 1', 'if a:\n    b = 2\nelse:\n    b = 3', 'print(b)']);
  });

  it('unwraps a try statement into its body', () => {
    const lines = ['try:', '    x = 1', 'except Exception:', '    pass', 'print(x)'];
    expect(unwrapCandidates(lines, 0)[0]).toEqual(['x = 1', 'print(x)']);
  });

  it('keeps only what the predicate needs (a fake predicate: the program must define x and print it)', async () => {
    const src = 'a = 1\nfor i in range(3):\n    x = 5\n    b = 2\nc = 3\nprint(x)\nd = 4\n';
    const keeps = async (s: string) => /^\s*x = 5$/m.test(s) && /^print\(x\)$/m.test(s) && !/^ /m.test(s.replace(/^for .*\n((    .*\n)*)/m, ''));
    const small = await minimizeProgram(src, keeps);
    expect(small).toBe('x = 5\nprint(x)\n');
  });
});
