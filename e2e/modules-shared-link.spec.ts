import { expect, test } from '@playwright/test';
import { axeViolations, trapScripts } from './modules-helpers.ts';

const ok = '/modules/shared/?v=1&t=Friday+quiz&due=2026-12-04&pass=1&l=01-variables-are-references&e=refs-fix-grid&e=refs-alias-mutation';

test('a shared link opens the module it encodes, in order, without a rebuild', async ({ page }) => {
  await page.goto(ok);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Friday quiz');
  await expect(page.locator('[data-item-id]')).toHaveText([/Lesson.*Variables are references/, /Exercise.*Three rows/, /Exercise.*Two names, one list/]);
  await expect(page.getByText('Pass at least 1 of the 2 exercises to complete the module.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download report (JSON)' })).toBeVisible();
  await expect(page).toHaveTitle('Friday quiz · Python Memory Lab');
  await page.getByRole('link', { name: 'Two names, one list' }).click();
  await page.getByRole('link', { name: 'Back to the module', exact: true }).click();
  await expect(page).toHaveURL(ok);
  expect(await axeViolations(page)).toEqual([]);
});

test('an unknown id is reported and nothing of the module is shown', async ({ page }) => {
  await page.goto('/modules/shared/?v=1&t=Quiz&e=refs-fix-grid&e=refs-does-not-exist&l=99-nope');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('This module link can’t be opened');
  await expect(alert.getByRole('listitem')).toHaveText([
    'Unknown exercise id "refs-does-not-exist": no exercise of this course has it.',
    'Unknown lesson id "99-nope": no lesson of this course has it.',
  ]);
  await expect(page.locator('[data-item-id]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download report (JSON)' })).toBeHidden();
});

test('<script> in the title is shown as text and executes nothing', async ({ page }) => {
  const events = await trapScripts(page);
  const title = '<script>window.__pmlInjected("title")</script><img src=x onerror="window.__pmlInjected(\'img\')">';
  await page.goto(`/modules/shared/?v=1&t=${encodeURIComponent(title)}&d=${encodeURIComponent('<b onmouseover=alert(1)>hi</b>')}&e=refs-fix-grid`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.pml-module__description')).toHaveText('<b onmouseover=alert(1)>hi</b>');
  await expect(page.locator('[data-shared-slot] script, [data-shared-slot] img, [data-shared-slot] b')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(events).toEqual([]);
});

test('an unknown id next to a <script> title still shows a clear error and runs nothing', async ({ page }) => {
  const events = await trapScripts(page);
  await page.goto(`/modules/shared/?v=1&t=${encodeURIComponent('<script>window.__pmlInjected("t")</script>')}&e=${encodeURIComponent('"><script>window.__pmlInjected("id")</script>')}`);
  await expect(page.getByRole('alert')).toContainText('is not a valid exercise id');
  await expect(page.getByRole('alert')).toContainText('"\\"><script>window.__pmlInjected(\\"id\\")</script>"');
  await page.waitForTimeout(300);
  expect(events).toEqual([]);
});

test('a page without a module link says so', async ({ page }) => {
  await page.goto('/modules/shared/');
  await expect(page.getByRole('alert')).toContainText('This is not a module link');
});

test('a module past its due date says so', async ({ page }) => {
  await page.goto('/modules/shared/?v=1&t=Old&due=2020-01-31&e=refs-fix-grid');
  await expect(page.locator('.pml-module__meta')).toHaveText(/Due Friday, 31 January 2020 \(the due date has passed\)/);
});
