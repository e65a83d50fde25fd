import { expect, test } from '@playwright/test';
import { axeViolations, progressWith, seedProgress, WEEK1 } from './modules-helpers.ts';

test('the modules list links to each module with its due date', async ({ page }) => {
  await page.goto('/modules/');
  await expect(page.getByRole('heading', { level: 1, name: 'Modules' })).toBeVisible();
  const link = page.getByRole('link', { name: /Week 1: names, references/ });
  await expect(link).toHaveAttribute('href', WEEK1);
  await expect(page.locator('time[datetime="2026-12-04"]')).toHaveText(/4 December 2026/);
  await link.click();
  await expect(page).toHaveURL(WEEK1);
});

test('a module page shows its items in order with the learner’s status and a progress bar', async ({ page }) => {
  await seedProgress(page, progressWith({ 'refs-alias-mutation': { status: 'passed', code: 'x = 1' }, 'refs-fix-grid': { status: 'attempted', code: 'y' } }));
  await page.goto(WEEK1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 1: names, references and pass-by-assignment');
  await expect(page.getByText('Pass all 9 exercises to complete the module.')).toBeVisible();
  const items = page.locator('[data-item-id]');
  await expect(items).toHaveCount(15);
  await expect(items.first()).toHaveAttribute('data-item-id', '01-variables-are-references');
  await expect(items.first()).toContainText('Read');
  await expect(page.locator('[data-item-id="refs-alias-mutation"]')).toContainText('Passed');
  await expect(page.locator('[data-item-id="refs-fix-grid"]')).toContainText('Attempted, not passed yet');
  await expect(page.locator('[data-item-id="refs-object-three-parts"]')).toContainText('Not started');
  const bar = page.getByRole('progressbar', { name: 'Your progress' });
  await expect(bar).toHaveAttribute('value', '1');
  await expect(bar).toHaveAttribute('max', '9');
  await expect(page.locator('[data-module-progress-text]')).toHaveText('1 of 9 exercises passed. 8 more to complete the module.');
});

test('an exercise opened from a module leads back to it, and to its lesson', async ({ page }) => {
  await page.goto(WEEK1);
  await page.getByRole('link', { name: 'Two names, one list' }).click();
  await expect(page).toHaveURL(/\/modules\/exercise\/refs-alias-mutation\/\?back=/);
  await expect(page.locator('[data-exercise-id="refs-alias-mutation"]')).toBeVisible();
  await expect(page.getByRole('link', { name: /Read the lesson/ })).toHaveAttribute('href', '/lessons/02-how-objects-are-stored/');
  await page.getByRole('link', { name: 'Back to the module', exact: true }).click();
  await expect(page).toHaveURL(WEEK1);
});

test('a foreign ?back= on an exercise page is ignored', async ({ page }) => {
  await page.goto('/modules/exercise/refs-fix-grid/?back=javascript%3Aalert(1)');
  await expect(page.getByRole('link', { name: 'Back to the modules' })).toHaveAttribute('href', '/modules/');
  await page.goto('/modules/exercise/refs-fix-grid/?back=https%3A%2F%2Fevil.example%2Fmodules%2Fx%2F');
  await expect(page.getByRole('link', { name: 'Back to the modules' })).toHaveAttribute('href', '/modules/');
});

test('module pages have no axe violations', async ({ page }) => {
  const report: string[] = [];
  for (const path of ['/modules/', WEEK1, '/modules/new/', '/modules/exercise/refs-fix-grid/', '/modules/shared/?v=1&t=x&e=nope']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    for (const v of await axeViolations(page)) report.push(`${path}: ${v}`);
  }
  expect(report).toEqual([]);
});
