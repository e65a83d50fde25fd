import { expect, test } from '@playwright/test';

test('an instructor builds a module with the keyboard only and gets a link and YAML', async ({ page }) => {
  await page.goto('/modules/new/');
  await page.getByLabel('Title (required)').focus();
  await page.keyboard.type('Week 3: <identity>');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Three items.');
  await page.getByLabel('Due date (optional)').fill('2026-12-18');

  // Search narrows the list; the count is announced.
  await page.getByLabel('Search').focus();
  await page.keyboard.type('one row three');
  await expect(page.locator('[data-catalog-count]')).toHaveText(/^1 of \d+ shown$/);
  await page.keyboard.press('Tab'); // the topic filter
  await page.keyboard.press('Tab'); // the only visible "Add" button
  await expect(page.getByRole('button', { name: 'Add exercise: Three rows, or one row three times?' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Filter by topic, then add a lesson.
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Topic').selectOption('lessons');
  await expect(page.locator('[data-catalog-item][data-kind="exercise"]:visible')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add lesson: Variables are references' }).press('Enter');
  await page.getByLabel('Topic').selectOption('references');
  await page.getByRole('button', { name: 'Add exercise: Two names, one list' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Add exercise: Two names, one list' })).toHaveText('Added');

  const chosen = page.getByRole('list', { name: 'Items of your module' }).getByRole('listitem');
  await expect(chosen).toHaveText([/^1\. Three rows/, /^2\. Variables are references/, /^3\. Two names/]);

  // Reorder: the lesson first; focus stays on the moved item's button.
  const up = page.getByRole('button', { name: 'Move Variables are references up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(chosen).toHaveText([/^1\. Variables are references/, /^2\. Three rows/, /^3\. Two names/]);
  await expect(page.getByRole('button', { name: 'Move Variables are references down' })).toBeFocused();
  await expect(page.locator('[data-announce]')).toHaveText('Moved Variables are references to position 1 of 3.');
  await page.getByRole('button', { name: 'Move Three rows, or one row three times? down' }).press('Enter');
  await expect(chosen).toHaveText([/^1\. Variables/, /^2\. Two names/, /^3\. Three rows/]);

  const link = await page.getByLabel('Shareable link').inputValue();
  expect(link).toMatch(/\/modules\/shared\/\?v=1&t=Week\+3%3A\+%3Cidentity%3E&d=Three\+items\.&due=2026-12-18&pass=all&l=01-variables-are-references&e=refs-alias-mutation&e=refs-fix-grid$/);
  const yaml = await page.getByLabel(/YAML for/).inputValue();
  expect(yaml).toContain('title: "Week 3: <identity>"');
  expect(yaml).toContain('items:\n  - lesson: 01-variables-are-references\n  - exercise: refs-alias-mutation\n  - exercise: refs-fix-grid\n');
  await expect(page.locator('[data-yaml-file]')).toHaveText('content/modules/week-3-identity.yaml');

  await page.getByRole('link', { name: 'Open the module' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3: <identity>');
  await expect(page.locator('[data-item-id]')).toHaveCount(3);
});

test('the builder says what is missing before it gives a link', async ({ page }) => {
  await page.goto('/modules/new/');
  await expect(page.locator('[data-output-problems]')).toHaveText('To get a link: Give the module a title. Add at least one lesson or exercise.');
  await expect(page.getByLabel('Shareable link')).toHaveValue('');
  await page.getByRole('button', { name: 'Add exercise: Two names, one list' }).click();
  await page.getByLabel('Title (required)').fill('Quiz');
  await page.getByLabel('at least this many exercises:').check();
  await page.getByLabel('Number of exercises to pass').fill('3');
  await expect(page.locator('[data-output-problems]')).toContainText('must be between 1 and 1');
  await page.getByLabel('Number of exercises to pass').fill('1');
  await expect(page.getByLabel('Shareable link')).toHaveValue(/pass=1&e=refs-alias-mutation$/);
  await page.getByRole('button', { name: 'Remove Two names, one list' }).click();
  await expect(page.getByLabel('Search')).toBeFocused();
  await expect(page.getByLabel('Shareable link')).toHaveValue('');
});
