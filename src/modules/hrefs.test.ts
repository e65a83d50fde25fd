import { describe, expect, it } from 'vitest';
import { dueInstant, isValidDue } from './due.ts';
import { exerciseHref, safeBackHref } from './hrefs.ts';

const ORIGIN = 'https://lab.example';

describe('the way back from an exercise to its module', () => {
  it('accepts module pages and shared links of this site only', () => {
    expect(safeBackHref('/modules/week-1/', ORIGIN)).toBe('/modules/week-1/');
    expect(safeBackHref('/modules/shared/?v=1&t=x&e=a', ORIGIN)).toBe('/modules/shared/?v=1&t=x&e=a');
    for (const bad of ['javascript:alert(1)', 'https://evil.example/modules/week-1/', '//evil.example/modules/x/', '/lessons/01-a/', '/modules/new/', '/modules/exercise/', '/modules/a/b/', null, '']) {
      expect(safeBackHref(bad, ORIGIN)).toBeNull();
    }
  });

  it('round-trips through the exercise link', () => {
    const back = '/modules/shared/?v=1&t=A+%26+B&e=x';
    const href = exerciseHref('x', back);
    expect(safeBackHref(new URL(href, ORIGIN).searchParams.get('back'), ORIGIN)).toBe(back);
  });
});

describe('due dates', () => {
  it('accepts real days and offset date-times only', () => {
    expect(['2026-12-04', '2024-02-29', '2026-12-04T17:00:00+01:00', '2026-12-04T17:00Z'].every(isValidDue)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '04/12/2026', '2026-12-04T17:00:00', 'soon', ''].some(isValidDue)).toBe(false);
  });

  it('ends a bare day at its last millisecond', () => {
    expect(new Date(dueInstant('2026-12-04')).toISOString()).toBe('2026-12-04T23:59:59.999Z');
  });
});
