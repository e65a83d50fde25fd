import { expect, test } from '@playwright/test';
import { LESSON, editor, output } from './helpers.ts';

test('keyboard only: Tab to the editor, type, Ctrl+Enter runs', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'hex-id');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await root.evaluate((el) => el.contains(document.activeElement));
  }
  expect(reached).toBe(true);
  // Focus turns the static code into Monaco and hands the focus to it.
  await expect(root).toHaveAttribute('data-state', 'monaco');
  await expect(root.locator('.monaco-editor [role="textbox"]')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('print("typed")');
  await page.keyboard.press('Control+Enter');
  await expect(output(root)).toContainText('typed');
  await expect(root.locator('[data-status]')).toHaveText(/Finished/);
});

test('keys typed while Monaco is still loading are not lost', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'same-object');
  await root.locator('[data-code-host]').focus();
  await page.keyboard.type('x = 1');
  await expect(root).toHaveAttribute('data-state', 'monaco');
  await expect(root.locator('.monaco-editor .view-lines')).toContainText('x = 1');
});
