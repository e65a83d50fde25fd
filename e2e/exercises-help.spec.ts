import { expect, test } from '@playwright/test';

const LESSON = '/lessons/02-how-objects-are-stored/';

test('a failed check says what is wrong; hints come one at a time', async ({ page }) => {
  await page.goto(LESSON);
  const ex = page.locator('section[data-exercise-id="refs-alias-mutation"]');
  await ex.getByRole('button', { name: 'Check' }).click();
  const feedback = ex.locator('[data-feedback]');
  await expect(feedback).toContainText('backup and scores are still two names for ONE list');
  await expect(feedback).toContainText('Stuck? Show a hint.');
  const hints = ex.locator('[data-hints] > li');
  await expect(hints.first()).toBeHidden();
  await ex.getByRole('button', { name: 'Show a hint' }).click();
  await expect(hints.nth(0)).toBeVisible();
  await expect(hints.nth(0)).toContainText('does not copy anything');
  await expect(hints.nth(1)).toBeHidden();
  await ex.getByRole('button', { name: /Show another hint/ }).click();
  await expect(hints.nth(1)).toBeVisible();
  await expect(ex.locator('[data-exercise-state]')).toHaveText('Not solved yet (1 check)');
});

test('the solution needs a confirmation before three failed checks, and none after', async ({ page }) => {
  await page.goto(LESSON);
  const ex = page.locator('section[data-exercise-id="refs-object-three-parts"]');
  const solution = ex.locator('[data-solution]');
  await ex.getByRole('button', { name: 'Show the solution' }).click();
  await expect(ex.locator('[data-confirm]')).toBeVisible();
  await ex.getByRole('button', { name: 'Not yet' }).click();
  await expect(solution).toBeHidden();
  await ex.getByRole('radio').first().check();
  for (let i = 1; i <= 3; i++) {
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.locator('[data-exercise-state]')).toHaveText(`Not solved yet (${i} check${i > 1 ? 's' : ''})`);
  }
  await expect(ex.locator('[data-feedback]')).toContainText('You can now look at the solution.');
  await ex.getByRole('button', { name: 'Show the solution' }).click();
  await expect(ex.locator('[data-confirm]')).toBeHidden();
  await expect(solution).toBeVisible();
  await expect(solution).toContainText('A reference count, a type and a value');
});

test("a predict exercise's solution is the simulator's output", async ({ page }) => {
  await page.goto(LESSON);
  const ex = page.locator('section[data-exercise-id="refs-nested-alias"]');
  await ex.getByRole('button', { name: 'Show the solution' }).click();
  await ex.getByRole('button', { name: 'Yes, show the solution' }).click();
  await expect(ex.locator('[data-expected-output]')).toHaveText('[[5, 0], [5, 0]]\nTrue\n[[5, 0], [5, 0]]\n');
});
