import { expect, test } from '@playwright/test';

// Lessons embed exercises with <Exercise id="…" />; any code exercise will do, found through the map.
test('a code exercise shows its prompt and a runnable editor with the starter code', async ({ page }) => {
  await page.goto('/lessons/02-how-objects-are-stored/');
  const exercise = page.locator('[data-exercise-kind="code"]').first();
  await expect(exercise).toBeVisible();
  const data = JSON.parse((await exercise.locator('script[data-exercise-json]').textContent())!) as {
    id: string;
    title: string;
    starter: string;
  };
  await expect(exercise).toHaveAttribute('data-exercise-id', data.id);
  await expect(exercise.getByRole('heading')).toHaveText(`Exercise: ${data.title}`);
  const firstLine = data.starter.split('\n')[0];
  await expect(exercise.locator('[data-code-host]')).toContainText(firstLine);
  await expect(exercise.locator('[data-exercise-check]')).toHaveCount(1);
  await exercise.getByRole('button', { name: 'Run' }).click();
  await expect(exercise.locator('[data-output]')).not.toBeEmpty();
  await expect(exercise.locator('figure[data-editor]')).toHaveAttribute('data-outcome', /.+/);
});
