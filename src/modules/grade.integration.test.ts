/**
 * The grader with the real checker (src/checks) and simulator (src/sim), on real exercises.
 */
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from './catalog.ts';
import { GRADER_LIMITS, loadRealChecker } from './checker-adapter.ts';
import { gradeReportText, type GradedReport } from './grade.ts';
import { buildReport } from './report.ts';
import type { ModuleData } from './types.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('grading with the real checker', () => {
  const content = loadCourseContent(ROOT);
  const ids = ['refs-alias-mutation', 'refs-fix-grid'];
  const module: ModuleData = { id: 'it', title: 'it', description: 'it', pass: { kind: 'all' }, items: ids.map((id) => ({ kind: 'exercise', id })) };
  const kinds = new Map(content.catalog.exercises.map((e) => [e.id, e]));

  function report(learner: string, code: Record<string, string>): string {
    const exercises = Object.fromEntries(
      Object.entries(code).map(([id, c]) => [id, { status: 'passed', attempts: 1, lastAnswer: { kind: 'code', code: c }, passedAt: null, updatedAt: null }]),
    );
    return JSON.stringify(buildReport({ module, exercises: kinds, learner, progress: { exercises }, courseVersion: 'test' }));
  }
  const solution = (id: string) => content.exercises.get(id)!.solution!;
  const starter = (id: string) => content.exercises.get(id)!.starter!;

  it('passes solutions, fails and flags starters, and stops an infinite loop without stopping the batch', async () => {
    const context = { module, exercises: content.exercises, check: await loadRealChecker(), limits: GRADER_LIMITS };
    const honest = gradeReportText(report('Ada', { [ids[0]]: solution(ids[0]), [ids[1]]: solution(ids[1]) }), 'a', context) as GradedReport;
    const forged = gradeReportText(report('Mal', { [ids[0]]: solution(ids[0]), [ids[1]]: starter(ids[1]) }), 'm', context) as GradedReport;
    const loop = gradeReportText(report('Loop', { [ids[0]]: 'while True:\n    pass\n', [ids[1]]: solution(ids[1]) }), 'l', context) as GradedReport;
    expect([honest.passed, honest.flags]).toEqual([true, []]);
    expect([forged.passed, forged.items[1].result, forged.flags]).toEqual([false, 'failed', [`${ids[1]}: claimed passed, re-check failed`]]);
    expect(loop.items.map((item) => item.result)).toEqual(['limit', 'passed']);
    expect(loop.passed).toBe(false);
  });
});
