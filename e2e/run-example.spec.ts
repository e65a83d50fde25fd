import { expect, test } from '@playwright/test';
import { LESSON, editor, output } from './helpers.ts';

test('runs the lesson example and shows what CPython prints', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'same-object');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(output(root)).toHaveText('True\nTrue\nFalse 10 11\n');
  await expect(root.locator('[data-status]')).toHaveText('Finished (exit status 0).');
});

test('the address example prints a 0x… address', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'hex-id');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(output(root)).toHaveText(/^0x[0-9a-f]+\n<class 'int'>\n$/);
});
