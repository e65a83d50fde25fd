import { expect, type Locator, type Page } from '@playwright/test';

export const LESSON = '/lessons/01-variables-are-references/';

export function editor(page: Page, id: string): Locator {
  return page.locator(`figure[data-editor="${id}"]`);
}

/** Replaces the editor's code through Monaco, as a learner typing would. */
export async function setCode(page: Page, root: Locator, code: string): Promise<void> {
  await root.locator('[data-code-host]').click();
  await expect(root).toHaveAttribute('data-state', 'monaco');
  const input = root.locator('.monaco-editor [role="textbox"]');
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // Monaco auto-indents after a colon; typing line by line with Home keeps indentation exact.
  const lines = code.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Delete');
    }
    await page.keyboard.insertText(line);
  }
}

export function output(root: Locator): Locator {
  return root.locator('[data-output]');
}
