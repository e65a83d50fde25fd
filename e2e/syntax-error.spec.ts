import { expect, test } from '@playwright/test';
import { LESSON, editor, output, setCode } from './helpers.ts';

test('a syntax error marks its line in the editor', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'hex-id');
  await setCode(page, root, 'num = 10\nprint(num\nx = 1');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(output(root)).toContainText('SyntaxError');
  const line = await root.getAttribute('data-error-line');
  // CPython 3.11 reports "'(' was never closed" on line 2.
  expect(line).toBe('2');
  const mark = root.locator('.pml-error-line');
  await expect(mark).toHaveCount(1);
  const markBox = (await mark.boundingBox())!;
  const lineBox = (await root.locator('.view-line', { hasText: 'print(num' }).boundingBox())!;
  expect(Math.abs(markBox.y - lineBox.y)).toBeLessThan(2);
});

test('an uncaught exception marks the line that raised', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'hex-id');
  await setCode(page, root, 'a = 1\nb = 0\nprint(a / b)');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(output(root)).toContainText('ZeroDivisionError: division by zero');
  await expect(root).toHaveAttribute('data-error-line', '3');
  await expect(root.locator('.pml-error-line')).toHaveCount(1);
});
