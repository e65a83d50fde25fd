import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradedReport } from './grade.ts';
import { gradeInPool, PoolStartError } from './grade-pool.ts';
import { allPassed, fixtureModule, fixtureReport } from './test-fixtures.ts';

/** A course root holding just the fixture exercises, as the worker reads them from content/. */
function fixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'pml-grade-'));
  mkdirSync(join(root, 'content', 'exercises', 'x'), { recursive: true });
  const write = (id: string, body: string) => writeFileSync(join(root, 'content', 'exercises', 'x', `${id}.md`), `---\nid: ${id}\ntitle: ${id}\ntopic: references\nlesson: 01-x\n${body}---\nPrompt.\n`);
  write('ex-copy', 'kind: code\nstarter: ""\nsolution: "backup = scores.copy()"\ncheck: ""\n');
  write('ex-grid', 'kind: code\nstarter: ""\nsolution: "grid.append([0, 0, 0])"\ncheck: ""\n');
  write('ex-pick', 'kind: choose\noptions: [a, b]\nanswer: 1\n');
  return root;
}

const base = {
  module: fixtureModule,
  limits: { stepBudget: 100_000 },
  checkerUrl: new URL('./test-checker.ts', import.meta.url).href,
  execArgv: ['--import', 'tsx'],
};

describe('grading pool (worker threads)', () => {
  it('grades in parallel, keeps input order, and survives a hanging check', async () => {
    const hanging = fixtureReport('Hang', { ...allPassed, 'ex-copy': { status: 'passed', answer: { kind: 'code', code: 'hang-forever' } } });
    const inputs = [
      { source: 'a.json', text: JSON.stringify(fixtureReport('Ada', allPassed)) },
      { source: 'hang.json', text: JSON.stringify(hanging) },
      { source: 'big.json', text: { rejected: 'too large (50.0 MB; a report is at most 5 MB)' } },
      { source: 'bad.json', text: '{{' },
      { source: 'c.json', text: JSON.stringify(fixtureReport('Cy', allPassed)) },
    ];
    const seen: number[] = [];
    const results = await gradeInPool(inputs, { ...base, root: fixtureRoot(), workers: 2, timeoutMs: 3000, onResult: (done) => seen.push(done) });
    expect(results.map((r) => r.source)).toEqual(['a.json', 'hang.json', 'big.json', 'bad.json', 'c.json']);
    expect(results.map((r) => (r.ok ? (r as GradedReport).passed : r.reason.slice(0, 30)))).toEqual([
      true,
      'grading took longer than 3 s a',
      'too large (50.0 MB; a report i',
      'not valid JSON (Expected prope',
      true,
    ]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('a submission that exhausts memory costs its report, not the run', async () => {
    const greedy = fixtureReport('Greedy', { ...allPassed, 'ex-grid': { status: 'passed', answer: { kind: 'code', code: 'eat-memory' } } });
    const inputs = [
      { source: 'greedy.json', text: JSON.stringify(greedy) },
      { source: 'ada.json', text: JSON.stringify(fixtureReport('Ada', allPassed)) },
    ];
    const results = await gradeInPool(inputs, { ...base, root: fixtureRoot(), workers: 1, timeoutMs: 20_000, maxHeapMb: 64 });
    expect(results[0]).toEqual({ ok: false, source: 'greedy.json', reason: expect.stringMatching(/^grading crashed/) });
    expect(results[1]).toMatchObject({ ok: true, learner: 'Ada', passed: true });
  });

  it('fails to start with a clear error when the checker cannot be loaded', async () => {
    const inputs = [{ source: 'a.json', text: '{}' }];
    await expect(
      gradeInPool(inputs, { ...base, checkerUrl: new URL('./no-such-checker.ts', import.meta.url).href, root: fixtureRoot(), workers: 1, timeoutMs: 1000 }),
    ).rejects.toBeInstanceOf(PoolStartError);
  });
});
