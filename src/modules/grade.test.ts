import { describe, expect, it } from 'vitest';
import { gradeReportText, type GradeContext, type GradedReport } from './grade.ts';
import { gradebookCsv } from './gradebook.ts';
import { allPassed, checkDouble, fixtureExercises, fixtureModule, fixtureReport } from './test-fixtures.ts';

const context: GradeContext = { module: fixtureModule, exercises: fixtureExercises, check: checkDouble, limits: { stepBudget: 200_000, maxOutputChars: 1000 } };
const grade = (value: unknown, source = 'r.json') => gradeReportText(typeof value === 'string' ? value : JSON.stringify(value), source, context);

describe('grading a report', () => {
  it('re-checks every exercise and passes a learner who solved them all', () => {
    const result = grade(fixtureReport('Ada', allPassed));
    expect(result).toEqual({
      ok: true,
      source: 'r.json',
      learner: 'Ada',
      submittedAt: '2026-12-02T12:00:00.000Z',
      items: [
        { id: 'ex-copy', result: 'passed', claimed: 'passed', message: 'All checks passed.' },
        { id: 'ex-grid', result: 'passed', claimed: 'passed', message: 'All checks passed.' },
        { id: 'ex-pick', result: 'passed', claimed: 'passed', message: 'choice' },
      ],
      total: 3,
      required: 3,
      passed: true,
      flags: [],
    });
  });

  it('fails and flags a report whose code was edited to a wrong answer but still claims passed', () => {
    const forged = fixtureReport('Mallory', { ...allPassed, 'ex-copy': { status: 'passed', answer: { kind: 'code', code: 'backup = scores\n' } } });
    const result = grade(forged) as GradedReport;
    expect(result.passed).toBe(false);
    expect(result.total).toBe(2);
    expect(result.flags).toEqual(['ex-copy: claimed passed, re-check failed']);
    expect(result.items[0]).toEqual({ id: 'ex-copy', result: 'failed', claimed: 'passed', message: 'AssertionError: backup and scores are still one list' });
  });

  it('applies an at-least rule and flags an under-claimed pass', () => {
    const module = { ...fixtureModule, pass: { kind: 'at-least' as const, count: 2 } };
    const report = fixtureReport('Bo', { ...allPassed, 'ex-grid': { status: 'attempted', answer: allPassed['ex-grid'].answer }, 'ex-pick': { status: 'attempted', answer: { kind: 'choose', choice: [0] } } }, module);
    const result = gradeReportText(JSON.stringify(report), 'b.json', { ...context, module }) as GradedReport;
    expect([result.total, result.required, result.passed]).toEqual([2, 2, true]);
    expect(result.flags).toEqual(['ex-grid: claimed attempted, re-check passed']);
  });

  it('stops an infinite loop with the step limit and still grades the other learners', () => {
    const looping = fixtureReport('Loopy', { ...allPassed, 'ex-grid': { status: 'passed', answer: { kind: 'code', code: 'while True:\n    pass\n' } } });
    const results = [grade(fixtureReport('Ada', allPassed), 'a.json'), grade(looping, 'loop.json'), grade(fixtureReport('Cy', allPassed), 'c.json')];
    expect(results.map((r) => r.ok && [r.learner, r.passed])).toEqual([['Ada', true], ['Loopy', false], ['Cy', true]]);
    const loop = results[1] as GradedReport;
    expect(loop.items[1]).toEqual({ id: 'ex-grid', result: 'limit', claimed: 'passed', message: 'stopped by the steps limit: StepLimitError: stopped after 200000 steps' });
    expect(loop.flags).toEqual(['ex-grid: claimed passed, re-check limit']);
  });

  it('marks missing answers, and a checker crash costs one item, not the run', () => {
    const report = fixtureReport('Dee', { 'ex-copy': { status: 'attempted', answer: { kind: 'code', code: 'raise-in-checker' } } });
    const result = grade(report) as GradedReport;
    expect(result.items.map((item) => item.result)).toEqual(['error', 'missing', 'missing']);
    expect(result.items[0].message).toBe('the checker failed: internal simulator bug');
  });

  it('rejects malformed, hostile and foreign reports with a reason', () => {
    expect(grade('not json')).toEqual({ ok: false, source: 'r.json', reason: expect.stringMatching(/^not valid JSON/) });
    expect(grade({ ...fixtureReport('Ada', allPassed), module: { ...fixtureReport('Ada', allPassed).module, id: 'week-9' } })).toEqual({
      ok: false,
      source: 'r.json',
      reason: 'the report is for module "week-9", not "week-1"',
    });
    const reordered = fixtureReport('Ed', allPassed);
    reordered.module.items.reverse();
    expect((grade(reordered) as GradedReport).flags).toEqual(['the report lists different module items']);
  });
});

describe('gradebook CSV', () => {
  it('has a row per file with per-item results, total, rule result, submitted-at and the flag column', () => {
    const forged = fixtureReport('=cmd|"/c calc"!A1, Mallory', { ...allPassed, 'ex-copy': { status: 'passed', answer: { kind: 'code', code: 'backup = scores' } } });
    const csv = gradebookCsv(fixtureModule, [grade(fixtureReport('Ada', allPassed), 'ada.json'), grade(forged, 'm.json'), grade('{', 'bad.json')]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('learner,file,submitted_at,ex-copy,ex-grid,ex-pick,total,required,result,flagged,notes');
    expect(lines[1]).toBe('Ada,ada.json,2026-12-02T12:00:00.000Z,passed,passed,passed,3,3,passed,,');
    expect(lines[2]).toBe(`"'=cmd|""/c calc""!A1, Mallory",m.json,2026-12-02T12:00:00.000Z,failed,passed,passed,2,3,failed,yes,"ex-copy: claimed passed, re-check failed"`);
    expect(lines[3]).toMatch(/^,bad\.json,,,,,,,rejected,,"?not valid JSON/);
    expect(lines[4]).toBe('');
  });
});
