import { describe, expect, it } from 'vitest';
import { loadCourseContent } from './catalog.ts';
import { loadModules, parseModuleFile } from './load-modules.ts';
import { validateModule, type KnownIds } from './module-schema.ts';

const known: KnownIds = {
  lessons: new Set(['01-variables-are-references', '02-how-objects-are-stored']),
  exercises: new Set(['refs-alias-mutation', 'refs-fix-grid', 'refs-hex-id']),
};
const FILE = 'content/modules/week-1.yaml';

function parse(text: string) {
  return parseModuleFile(text, FILE, 'week-1', known);
}

const good = `
title: "Week 1: references"
description: Read and practise.
due: "2026-12-04"
pass:
  atLeast: 1
items:
  - lesson: 01-variables-are-references
  - exercise: refs-alias-mutation
  - exercise: refs-fix-grid
`;

describe('module files', () => {
  it('accepts a valid module and keeps the item order', () => {
    const { module, errors } = parse(good);
    expect(errors).toEqual([]);
    expect(module).toEqual({
      id: 'week-1',
      title: 'Week 1: references',
      description: 'Read and practise.',
      due: '2026-12-04',
      pass: { kind: 'at-least', count: 1 },
      items: [
        { kind: 'lesson', id: '01-variables-are-references' },
        { kind: 'exercise', id: 'refs-alias-mutation' },
        { kind: 'exercise', id: 'refs-fix-grid' },
      ],
    });
  });

  it('names the file, the field and the unknown id', () => {
    const { errors } = parse(good.replace('refs-fix-grid', 'refs-no-such-thing'));
    expect(errors).toEqual([
      'content/modules/week-1.yaml: items[2].exercise: unknown exercise id "refs-no-such-thing" (no such exercise in content/exercises/)',
    ]);
  });

  it('reports an unknown lesson id and a lesson id used as an exercise', () => {
    const { errors } = parse(good.replace('lesson: 01-variables-are-references', 'lesson: 99-nope').replace('exercise: refs-alias-mutation', 'exercise: 02-how-objects-are-stored'));
    expect(errors).toContain('content/modules/week-1.yaml: items[0].lesson: unknown lesson id "99-nope" (no such lesson in content/lessons/)');
    expect(errors).toContain(
      'content/modules/week-1.yaml: items[1].exercise: unknown exercise id "02-how-objects-are-stored" (no such exercise in content/exercises/)',
    );
  });

  it('reports missing fields, unknown keys, bad dates and bad items by field', () => {
    const { errors } = parse(`
title: ""
colour: red
due: "2026-02-30"
items:
  - chapter: 3
  - lesson: Not A Slug
`);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/modules\/week-1\.yaml: title: must not be empty$/),
        expect.stringMatching(/^content\/modules\/week-1\.yaml: description: /),
        expect.stringMatching(/^content\/modules\/week-1\.yaml: \(top level\): .*colour/),
        expect.stringMatching(/^content\/modules\/week-1\.yaml: due: must be a date/),
      ]),
    );
    const items = parse(good.replace('- exercise: refs-fix-grid', '- chapter: 3\n  - lesson: Not A Slug')).errors;
    expect(items).toEqual([
      'content/modules/week-1.yaml: items[2]: must have exactly one key, `lesson` or `exercise` (found "chapter")',
      'content/modules/week-1.yaml: items[3].lesson: must be a lesson id (a lowercase slug), got "Not A Slug"',
    ]);
  });

  it('rejects a passing rule above the number of exercises, duplicates and a mismatched id', () => {
    const { errors } = parse(`id: week-2\n${good.replace('atLeast: 1', 'atLeast: 3')}  - exercise: refs-fix-grid\n`);
    expect(errors).toEqual([
      'content/modules/week-1.yaml: id: "week-2" must match the file name ("week-1")',
      'content/modules/week-1.yaml: items[3].exercise: "refs-fix-grid" is listed twice',
      "content/modules/week-1.yaml: pass.atLeast: 3 is more than the module's 2 exercises",
    ]);
  });

  it('reports YAML syntax errors with the file and line', () => {
    const { errors } = parse('title: [unclosed\nitems: {');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/modules\/week-1\.yaml \(line \d+\): not valid YAML: /);
  });

  it('rejects a document that is not a mapping', () => {
    expect(validateModule(['a'], FILE, 'week-1', known)).toEqual({ ok: false, errors: [expect.stringContaining(FILE)] });
  });

  it('validates every module committed in content/modules against the real course', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const content = loadCourseContent(root);
    const modules = loadModules(root, content.known);
    expect(modules.length).toBeGreaterThanOrEqual(2);
    for (const module of modules) {
      expect(module.items.some((item) => item.kind === 'exercise')).toBe(true);
    }
  });
});
