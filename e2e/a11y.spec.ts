import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSON, editor } from './helpers.ts';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Every page reachable from the home page by same-site links. */
async function sitePages(page: Page): Promise<string[]> {
  const seen = new Set<string>(['/', '/search/', '/map/']);
  const queue = [...seen];
  while (queue.length) {
    await page.goto(queue.shift()!);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    for (const href of hrefs) {
      if (!seen.has(href) && !href.startsWith('/pagefind/') && !/\.\w+$/.test(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return [...seen].sort();
}

test('axe-core finds no violations on any page', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = await sitePages(page);
  expect(pages).toContain(LESSON);
  const report: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    for (const v of await violations(page)) report.push(`${path}: ${v}`);
  }
  expect(report).toEqual([]);
});

test('axe-core finds no violations in a live editor with output', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'same-object');
  await root.locator('[data-code-host]').click();
  await expect(root).toHaveAttribute('data-state', 'monaco');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(root.locator('[data-output]')).not.toBeEmpty();
  await expect(root).toHaveAttribute('data-outcome', /.+/);
  expect(await violations(page)).toEqual([]);
});

test('axe-core finds no violations in dark mode or on a phone', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const path of ['/', LESSON, '/map/']) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
  await context.close();
});

test('a 404 page is accessible too', async ({ page }) => {
  await page.goto('/no-such-page/');
  expect(await violations(page)).toEqual([]);
});
