import { expect, test } from '@playwright/test';

// Every example editor of every lesson runs to completion in the simulator: normally with exit
// status 0, or with an uncaught exception when the lesson marks it `expectError`.
test('every lesson example runs as the lesson says it does', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/map/');
  const lessons = await page.locator('.course-map__item h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(lessons.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const path of lessons) {
    await page.goto(path);
    const editors = page.locator('article figure[data-editor]:not([data-exercise-id] figure)');
    const count = await editors.count();
    for (let i = 0; i < count; i++) {
      const root = editors.nth(i);
      const id = await root.getAttribute('data-editor');
      const expectError = (await root.getAttribute('data-expect-error')) === 'true';
      await root.getByRole('button', { name: 'Run' }).click();
      await expect(root).toHaveAttribute('data-running', 'false', { timeout: 15_000 });
      const outcome = await root.getAttribute('data-outcome');
      const wanted = expectError ? 'error' : 'ok';
      if (outcome !== wanted) {
        const output = (await root.locator('[data-output]').textContent())?.trim().split('\n').slice(-2).join(' | ');
        problems.push(`${path}#${id}: ${outcome}, expected ${wanted} — ${output}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
