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

test('an error marked before Monaco loads stays marked when Monaco takes over', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('pml:edits:v1:/lessons/01-variables-are-references#hex-id', 'x = 1\nprint(x +)\n');
  });
  await page.goto(LESSON);
  const root = editor(page, 'hex-id');
  await page.keyboard.press('Tab'); // a keyboard user reaching for Run does not load Monaco
  await root.getByRole('button', { name: 'Run' }).focus();
  await page.keyboard.press('Enter');
  await expect(output(root)).toContainText('SyntaxError');
  await expect(root).toHaveAttribute('data-error-line', '2');
  await expect(root.locator('.pml-error-line')).toHaveCount(1);
  await root.locator('[data-code-host]').click();
  await expect(root).toHaveAttribute('data-state', 'monaco');
  await expect(root.locator('.monaco-editor .pml-error-line')).toHaveCount(1);
  await expect(root).toHaveAttribute('data-error-line', '2');
});
