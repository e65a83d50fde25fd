import { expect, test } from '@playwright/test';
import { LESSON, editor, output, setCode } from './helpers.ts';

test('edits survive a reload, and Reset brings back the lesson code', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'hex-id');
  await setCode(page, root, 'answer = 6 * 7\nprint(answer)');
  await page.reload();

  const again = editor(page, 'hex-id');
  // Before Monaco loads, the saved code is already what the page shows.
  await expect(again.locator('[data-code-host]')).toContainText('answer = 6 * 7');
  await expect(again).toHaveAttribute('data-edited', 'true');
  await again.getByRole('button', { name: 'Run' }).click();
  await expect(output(again)).not.toBeEmpty();

  // The other editor on the page kept its own code.
  await expect(editor(page, 'same-object').locator('[data-code-host]')).toContainText('other = num');

  await again.getByRole('button', { name: 'Reset' }).click();
  await expect(again.locator('[data-code-host]')).toContainText('print(hex(id(num)))');
  await page.reload();
  await expect(editor(page, 'hex-id').locator('[data-code-host]')).toContainText('print(hex(id(num)))');
  await expect(editor(page, 'hex-id').locator('[data-code-host]')).not.toContainText('answer');
});
