import { expect, test } from '@playwright/test';

// A choose exercise answered in the heap view (`pick: heap`): the learner steps the program to the
// marked line, just before gc.collect(), and picks the objects the collector will free. Keyboard only.
const LESSON = '/lessons/09-cyclical-references/';

test('pick the objects gc.collect() frees in the heap view, with the keyboard only', async ({ page }) => {
  await page.goto(LESSON);
  const ex = page.locator('section[data-exercise-id="cycles-which-freed"]');
  const view = ex.locator('[data-heap-view]');
  await expect(view).toHaveAttribute('data-pick-line', '17');

  // checking before picking anything explains what to do
  await ex.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(ex.locator('[data-feedback]')).toContainText('Pick objects first');

  await view.getByRole('button', { name: 'Visualize' }).focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-state', 'traced');
  await view.getByRole('button', { name: /Go to the marked step/ }).focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-at-mark', 'true');
  // the marked step does not give the answer away: nothing is drawn as unreachable yet
  await expect(view.locator('.hv-obj.hv-unreachable')).toHaveCount(0);

  const objects = view.locator('.hv-obj');
  const nodeLocator = view.locator('.hv-obj[aria-label^="Node object"]');
  await expect(nodeLocator).toHaveCount(3);
  // the simulator allocates a, b, c at ascending addresses
  const addrs = (await nodeLocator.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-addr'))))).sort((x, y) => x - y);
  const node = (n: number) => view.locator(`.hv-obj[data-addr="${addrs[n]}"]`);
  await expect(objects.first()).toHaveAttribute('aria-pressed', 'false');

  // a wrong pick first: c, the self-loop that `keep` still reaches
  await node(2).focus();
  await page.keyboard.press('Enter');
  await expect(node(2)).toHaveAttribute('aria-pressed', 'true');
  await ex.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(ex.locator('[data-feedback]')).toContainText('Not yet');

  // unpick c (Space), pick a, b and the list [1, 2]
  await node(2).focus();
  await page.keyboard.press(' ');
  await expect(node(2)).toHaveAttribute('aria-pressed', 'false');
  for (const n of [0, 1]) {
    await node(n).focus();
    await page.keyboard.press('Enter');
    await expect(node(n)).toHaveAttribute('aria-pressed', 'true');
  }
  const items = view.locator('.hv-obj[aria-label^="list object"][aria-label*="length 2"]');
  await items.focus();
  await page.keyboard.press(' ');
  await expect(items).toHaveAttribute('aria-pressed', 'true');
  await expect(view.locator('.hv-obj[aria-pressed="true"]')).toHaveCount(3);

  await ex.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(ex.locator('[data-feedback]')).toHaveText('✓ Correct: the collector frees exactly those 3 objects.');
  await expect(ex.locator('[data-exercise-state]')).toHaveText('✓ Solved (2 checks)');

  // a return visit shows the same picks once the program is visualized again
  await page.reload();
  await view.getByRole('button', { name: 'Visualize' }).focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-state', 'traced');
  await view.getByRole('button', { name: /Go to the marked step/ }).focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-at-mark', 'true');
  await expect(view.locator('.hv-obj[aria-pressed="true"]')).toHaveCount(3);
  for (const n of [0, 1]) await expect(node(n)).toHaveAttribute('aria-pressed', 'true');
  await expect(node(2)).toHaveAttribute('aria-pressed', 'false');
  await expect(view).toHaveAttribute('data-picks', /^\[\d+,\d+,\d+\]$/);
});
