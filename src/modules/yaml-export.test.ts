import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateModule } from './module-schema.ts';
import { moduleYaml, slugify } from './yaml-export.ts';

const known = { lessons: new Set(['01-variables-are-references']), exercises: new Set(['refs-fix-grid', 'refs-hex-id']) };

describe('module YAML export', () => {
  it('writes a file that validates back to the same module, whatever the title holds', () => {
    const module = {
      title: 'Week 1: "refs" # not a comment\n<script>',
      description: 'a: b\n- c',
      instructor: "O'Brien",
      due: '2026-12-04',
      pass: { kind: 'at-least' as const, count: 1 },
      items: [
        { kind: 'exercise' as const, id: 'refs-hex-id' },
        { kind: 'lesson' as const, id: '01-variables-are-references' },
        { kind: 'exercise' as const, id: 'refs-fix-grid' },
      ],
    };
    const text = moduleYaml(module, 'week-1');
    expect(text.split('\n')[0]).toBe('# content/modules/week-1.yaml');
    expect(validateModule(parse(text), 'x.yaml', 'week-1', known)).toEqual({ ok: true, module: { id: 'week-1', ...module } });
  });

  it('slugifies titles into file names', () => {
    expect(slugify('Week 1: Références & IDs!')).toBe('week-1-references-ids');
    expect(slugify('<<>>')).toBe('module');
  });
});
