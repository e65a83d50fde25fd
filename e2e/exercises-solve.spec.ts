import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { setCode } from './helpers.ts';

// Lesson 2 embeds one exercise of each kind.
const LESSON = '/lessons/02-how-objects-are-stored/';
const cpython = JSON.parse(readFileSync(new URL('../src/checks/fixtures/cpython-outputs.json', import.meta.url), 'utf8')) as {
  exercises: Record<string, string>;
};

function exercise(page: Page, id: string): Locator {
  return page.locator(`section[data-exercise-id="${id}"]`);
}

test('a code exercise: fix the starter, run it, check it, see success', async ({ page }) => {
  await page.goto(LESSON);
  const ex = exercise(page, 'refs-alias-mutation');
  await setCode(page, ex.locator('figure[data-editor]'), 'scores = [90, 75]\nbackup = scores.copy()\nbackup.append(60)\nprint(scores)\nprint(backup)');
  await ex.getByRole('button', { name: 'Run' }).click();
  await expect(ex.locator('[data-output]')).toHaveText('[90, 75]\n[90, 75, 60]\n');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).toHaveText('✓ Passed: your code does what the exercise asks.');
  await expect(ex.locator('[data-exercise-state]')).toHaveText('✓ Solved (1 check)');
  await expect(ex.locator('[data-explanation]')).toBeVisible();
});

test('a predict exercise: type the prediction, check it, see success', async ({ page }) => {
  await page.goto(LESSON);
  const ex = exercise(page, 'refs-nested-alias');
  const box = ex.getByLabel('Your prediction: what does the program print?');
  await box.fill('[[5, 0], [5, 0]]\nTrue\n');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).toHaveText('Not yet. The program prints 3 lines; your prediction has 2 lines. Stuck? Show a hint.');
  await box.fill(cpython.exercises['refs-nested-alias']);
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).toHaveText('✓ Correct: that is exactly what the program prints.');
  await expect(ex.locator('[data-exercise-state]')).toHaveText('✓ Solved (2 checks)');
});

test('a choose exercise, with the keyboard only: pick the option, check it, see success', async ({ page }) => {
  await page.goto(LESSON);
  const ex = exercise(page, 'refs-object-three-parts');
  const options = ex.getByRole('radio');
  await expect(options).toHaveCount(4);
  await options.first().focus();
  await page.keyboard.press('ArrowDown'); // moves to and selects option 1, like any radio group
  await expect(options.nth(1)).toBeChecked();
  await ex.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(ex.locator('[data-feedback]')).toHaveText('✓ Correct.');
});
