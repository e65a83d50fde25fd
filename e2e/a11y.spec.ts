import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSON, editor } from './helpers.ts';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Every page of the built site (`npm run build` runs before the browser tests), as a URL path. */
function builtPages(dir = 'dist'): string[] {
  if (!existsSync(dir)) return [];
  const pages: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') pages.push(...builtPages(full));
    else if (entry.name === 'index.html') pages.push(`/${relative('dist', dir)}/`.replace(/\/+/g, '/'));
  }
  return pages.sort();
}

const pages = builtPages();

test('the built site has the pages the axe scan covers', () => {
  expect(pages).toContain('/');
  expect(pages).toContain(LESSON);
});

// One test per page, so the scan runs in parallel and each page gets its own time budget.
for (const path of pages) {
  test(`axe-core finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

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
