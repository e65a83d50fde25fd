import { describe, expect, it } from 'vitest';
import { decodeModuleLink, encodeModuleQuery, moduleLink, sharedModuleId, type SharedModule } from './link.ts';

const known = {
  lessons: new Set(['01-variables-are-references']),
  exercises: new Set(['refs-alias-mutation', 'refs-fix-grid']),
};

const shared: SharedModule = {
  title: 'Week 1: refs & "aliases"',
  description: 'Line one\nline two',
  instructor: 'Dr. Ada',
  due: '2026-12-04',
  pass: { kind: 'at-least', count: 1 },
  items: [
    { kind: 'exercise', id: 'refs-fix-grid' },
    { kind: 'lesson', id: '01-variables-are-references' },
    { kind: 'exercise', id: 'refs-alias-mutation' },
  ],
};

describe('shareable module links', () => {
  it('round-trips a module, keeping the order of mixed lessons and exercises', () => {
    const link = moduleLink(shared, 'https://lab.example');
    expect(link.startsWith('https://lab.example/modules/shared/?v=1&t=')).toBe(true);
    expect(link).toContain('&pass=1&e=refs-fix-grid&l=01-variables-are-references&e=refs-alias-mutation');
    const decoded = decodeModuleLink(link, known);
    expect(decoded).toEqual({ ok: true, module: { id: sharedModuleId(shared), ...shared } });
  });

  it('gives a stable id that changes when the module changes', () => {
    expect(sharedModuleId(shared)).toMatch(/^shared-[0-9a-f]{8}$/);
    expect(sharedModuleId(shared)).toBe(sharedModuleId({ ...shared }));
    expect(sharedModuleId({ ...shared, due: '2026-12-05' })).not.toBe(sharedModuleId(shared));
  });

  it('keeps a <script> title as plain text (the page renders it with textContent)', () => {
    const query = encodeModuleQuery({ ...shared, title: '<script>alert(1)</script>' });
    const decoded = decodeModuleLink(query, known);
    expect(decoded.ok && decoded.module.title).toBe('<script>alert(1)</script>');
  });

  it('reports unknown and malformed ids, quoted and shortened', () => {
    const long = 'x'.repeat(500);
    const decoded = decodeModuleLink(`?v=1&t=T&e=refs-nope&l=02-missing&e=${encodeURIComponent('<img src=x onerror=alert(1)>')}&e=${long}`, known);
    expect(decoded).toEqual({
      ok: false,
      problems: [
        'Unknown exercise id "refs-nope": no exercise of this course has it.',
        'Unknown lesson id "02-missing": no lesson of this course has it.',
        'Item 1: "<img src=x onerror=alert(1)>" is not a valid exercise id.',
        `Unknown exercise id "${'x'.repeat(60)}…": no exercise of this course has it.`,
      ],
    });
  });

  it('rejects links that are not module links, too long, empty, or with bad rules and dates', () => {
    expect(decodeModuleLink('?t=x&e=refs-fix-grid', known)).toEqual({ ok: false, problems: [expect.stringContaining('not a module link')] });
    expect(decodeModuleLink('https://lab.example/modules/shared/', known).ok).toBe(false);
    expect(decodeModuleLink(`?v=1&t=${'a'.repeat(9000)}`, known)).toEqual({ ok: false, problems: [expect.stringContaining('too long')] });
    expect(decodeModuleLink('?v=1&t=x', known)).toEqual({ ok: false, problems: ['The link lists no lessons or exercises.'] });
    expect(decodeModuleLink('?v=1&e=refs-fix-grid', known)).toEqual({ ok: false, problems: ['The link has no title.'] });
    expect(decodeModuleLink('?v=1&t=x&e=refs-fix-grid&pass=2', known)).toEqual({
      ok: false,
      problems: ['The passing rule asks for 2 exercises but the module has 1.'],
    });
    expect(decodeModuleLink('?v=1&t=x&e=refs-fix-grid&pass=most', known).ok).toBe(false);
    expect(decodeModuleLink('?v=1&t=x&e=refs-fix-grid&due=tomorrow', known)).toEqual({
      ok: false,
      problems: ['The due date "tomorrow" is not a date like 2026-12-04.'],
    });
    expect(decodeModuleLink('?v=1&t=x&e=refs-fix-grid&e=refs-fix-grid', known)).toEqual({
      ok: false,
      problems: ['The exercise "refs-fix-grid" is listed twice.'],
    });
  });

  it('strips control characters from texts', () => {
    const decoded = decodeModuleLink('?v=1&t=a%00b%1Bc&e=refs-fix-grid', known);
    expect(decoded.ok && decoded.module.title).toBe('abc');
  });
});
