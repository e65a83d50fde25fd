import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { setCode } from './helpers.ts';

/**
 * The whole instructor journey with nothing seeded: a learner opens a module link, solves its
 * exercises in the exercise widget, downloads the report, and the grader re-checks it → passed.
 */
const LINK = '/modules/shared/?v=1&t=Hand-in+journey&pass=all&l=02-how-objects-are-stored&e=refs-alias-mutation&e=refs-object-three-parts';

function solutionOf(id: string): string {
  const text = readFileSync(`content/exercises/references/${id}.md`, 'utf8');
  const match = /^solution: \|\n((?: {2}.*\n|\n)+)/m.exec(text);
  if (!match) throw new Error(`no solution in ${id}`);
  return match[1].replace(/^ {2}/gm, '');
}

function answerIndexOf(id: string): number {
  const match = /^answer: (\d+)$/m.exec(readFileSync(`content/exercises/references/${id}.md`, 'utf8'));
  if (!match) throw new Error(`no single answer in ${id}`);
  return Number(match[1]);
}

test('a learner solves a module from its link, downloads the report, and the grader passes it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(LINK);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hand-in journey');

  // code exercise, opened from the module and solved in its editor
  await page.getByRole('link', { name: 'Two names, one list' }).click();
  const code = page.locator('section[data-exercise-id="refs-alias-mutation"]');
  await setCode(page, code.locator('figure[data-editor]'), solutionOf('refs-alias-mutation'));
  await code.getByRole('button', { name: 'Check' }).click();
  await expect(code.locator('[data-feedback]')).toContainText('Passed');
  await page.getByRole('link', { name: 'Back to the module', exact: true }).click();

  // choose exercise
  await page.getByRole('link', { name: 'What every object carries' }).click();
  const choose = page.locator('section[data-exercise-id="refs-object-three-parts"]');
  await choose.getByRole('radio').nth(answerIndexOf('refs-object-three-parts')).check();
  await choose.getByRole('button', { name: 'Check' }).click();
  await expect(choose.locator('[data-feedback]')).toContainText('Correct');
  await page.getByRole('link', { name: 'Back to the module', exact: true }).click();

  // the report, then the grader
  await page.getByLabel('Your name').fill('Grace');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (JSON)' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'pml-handin-'));
  const report = join(dir, download.suggestedFilename());
  await download.saveAs(report);
  const csv = execFileSync(process.execPath, ['--import', 'tsx', 'src/tools/grade.ts', '--module', LINK, report], { encoding: 'utf8' });
  const [header, grace] = csv.trim().split('\r\n').map((line) => line.split(','));
  const col = (name: string) => grace[header.indexOf(name)];
  expect([col('learner'), col('refs-alias-mutation'), col('refs-object-three-parts'), col('result'), col('flagged')]).toEqual([
    'Grace',
    'passed',
    'passed',
    'passed',
    '',
  ]);
});
