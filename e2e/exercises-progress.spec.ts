import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const LESSON = '/lessons/02-how-objects-are-stored/';

test('progress is kept across a reload and shown on the home page and in the sidebar', async ({ page }) => {
  await page.goto(LESSON);
  const ex = page.locator('section[data-exercise-id="refs-object-three-parts"]');
  await ex.getByRole('radio').nth(0).check();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).toContainText('Not this one');
  await ex.getByRole('button', { name: 'Show a hint' }).click();
  await ex.getByRole('radio').nth(1).check();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).toHaveText('✓ Correct.');
  const sidebarLink = page.locator('.lesson-sidebar a[data-lesson-progress="02-how-objects-are-stored"]');
  await expect(sidebarLink).toContainText('1 of 6 exercises solved');

  await page.reload();
  await expect(ex.locator('[data-exercise-state]')).toHaveText('✓ Solved (2 checks)');
  await expect(ex.getByRole('radio').nth(1)).toBeChecked();
  await expect(ex.locator('[data-hints] > li').first()).toBeVisible();
  await expect(sidebarLink).toContainText('1 of 6 exercises solved');

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pml:progress') ?? '{}'));
  expect(stored.exercises['refs-object-three-parts']).toMatchObject({
    status: 'passed',
    attempts: 2,
    failures: 1,
    hintsShown: 1,
    passedAnswer: { kind: 'choose', choice: [1] },
  });

  await page.goto('/');
  await expect(page.locator('[data-exercise-summary]')).toHaveText(/^You have solved 1 of \d+ exercises\.$/);
});

test('progress can be exported to a file and imported back; a bad file changes nothing', async ({ page }, testInfo) => {
  await page.goto(LESSON);
  const ex = page.locator('section[data-exercise-id="refs-object-three-parts"]');
  await ex.getByRole('radio').nth(1).check();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).toHaveText('✓ Correct.');

  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'python-memory-lab-progress', version: 1 });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const input = page.locator('input[data-progress-import]');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.locator('[data-progress-file-status]')).toHaveText('This file is not a Python Memory Lab progress file. Nothing was changed.');
  await input.setInputFiles(file);
  await expect(page.locator('[data-progress-file-status]')).toContainText('Imported:');
  await expect(page.locator('[data-exercise-summary]')).toHaveText(/^You have solved 1 of \d+ exercises\.$/);
});
