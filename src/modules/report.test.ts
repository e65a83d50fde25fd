import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, parseReport, reportJsonSchema } from './report-schema.ts';
import { reportFileName } from './report.ts';
import { allPassed, fixtureReport } from './test-fixtures.ts';

describe('completion report', () => {
  it('is built from progress with the submitted answers, the claimed status and timestamps', () => {
    const report = fixtureReport('  Ada Lovelace ', { 'ex-copy': allPassed['ex-copy'] });
    expect(report).toMatchObject({
      format: 'pml-completion-report',
      version: 1,
      courseVersion: '0.1.0',
      learner: 'Ada Lovelace',
      createdAt: '2026-12-02T12:00:00.000Z',
      module: { id: 'week-1', title: 'Week 1', link: null },
      lessons: [{ id: '01-x', visited: '2026-12-01T09:00:00.000Z', ran: null }],
    });
    expect(report.exercises).toEqual([
      { id: 'ex-copy', kind: 'code', status: 'passed', attempts: 1, answer: allPassed['ex-copy'].answer, passedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' },
      { id: 'ex-grid', kind: 'code', status: 'not-started', attempts: 0, answer: null, passedAt: null, updatedAt: null },
      { id: 'ex-pick', kind: 'choose', status: 'not-started', attempts: 0, answer: null, passedAt: null, updatedAt: null },
    ]);
    expect(parseReport(JSON.stringify(report))).toEqual({ ok: true, report });
    expect(reportFileName(report)).toBe('report-week-1-Ada-Lovelace.json');
  });

  it('rejects malformed JSON and non-reports with a reason', () => {
    expect(parseReport('{"format": "pml-completion-report",')).toEqual({ ok: false, reason: expect.stringMatching(/^not valid JSON/) });
    expect(parseReport('[]')).toEqual({ ok: false, reason: 'not a JSON object' });
    expect(parseReport('{"hello": 1}')).toEqual({ ok: false, reason: 'not a completion report (format is not "pml-completion-report")' });
    expect(parseReport('')).toMatchObject({ ok: false });
  });

  it('rejects a 50 MB report before parsing it', () => {
    const big = `{"format":"pml-completion-report","junk":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    expect(parseReport(big)).toEqual({ ok: false, reason: expect.stringMatching(/^too large \(50\.0 MB; a report is at most 5 MB\)$/) });
    expect(performance.now() - started).toBeLessThan(100);
    expect(MAX_REPORT_BYTES).toBe(5 * 1024 * 1024);
  });

  it('rejects hostile shapes: extra keys, __proto__, wrong types, oversized code, kind mismatches, deep nesting', () => {
    const report = fixtureReport('Ada', allPassed);
    const text = JSON.stringify(report);
    const reasonOf = (value: unknown) => {
      const parsed = parseReport(typeof value === 'string' ? value : JSON.stringify(value));
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    expect(reasonOf(text.replace('{"format"', '{"__proto__":{"polluted":true},"format"'))).toMatch(/Unrecognized key.*__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(reasonOf({ ...report, exercises: [{ ...report.exercises[0], answer: { kind: 'code', code: 42 } }] })).toMatch(/^does not match the report schema: exercises\[0\]\.answer\.code/);
    expect(reasonOf({ ...report, exercises: [{ ...report.exercises[0], answer: { kind: 'code', code: 'x'.repeat(60_000) } }] })).toMatch(/exercises\[0\]\.answer\.code/);
    expect(reasonOf({ ...report, exercises: [{ ...report.exercises[2], kind: 'code' }] })).toMatch(/a choose answer for a code exercise/);
    expect(reasonOf({ ...report, learner: '=HYPERLINK("x")\u0007' })).toMatch(/control characters/);
    expect(reasonOf({ ...report, learner: '   ' })).toMatch(/learner name is empty/);
    expect(reasonOf({ ...report, createdAt: 'yesterday' })).toMatch(/^does not match the report schema: createdAt/);
    expect(reasonOf({ ...report, exercises: [report.exercises[0], report.exercises[0]] })).toMatch(/appears twice/);
    expect(reasonOf({ ...report, version: 2 })).toMatch(/^does not match the report schema: version/);
    expect(reasonOf(`{"format":"pml-completion-report","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toMatch(/^does not match the report schema/);
  });

  it('has a JSON Schema for instructors and other tools', () => {
    const schema = reportJsonSchema();
    expect(schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['format', 'learner', 'module', 'exercises']) });
    expect(JSON.stringify(schema)).toContain('pml-completion-report');
  });
});
