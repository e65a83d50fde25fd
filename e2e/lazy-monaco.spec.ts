import { expect, test, type Page } from '@playwright/test';
import { LESSON } from './helpers.ts';

function monacoRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => {
    if (/monaco|codicon|editor\.worker/i.test(req.url())) urls.push(req.url());
  });
  return urls;
}

test('pages without an editor load nothing of Monaco', async ({ page }) => {
  const urls = monacoRequests(page);
  for (const path of ['/', '/map/', '/search/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(urls).toEqual([]);
  expect(await page.locator('link[rel=stylesheet][href*=monaco], style[data-monaco]').count()).toBe(0);
});

test('a lesson shows static code first and loads Monaco on first interaction', async ({ page }) => {
  const urls = monacoRequests(page);
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  expect(urls).toEqual([]);
  await expect(page.locator('figure[data-editor="hex-id"] .astro-code')).toContainText('print(hex(id(num)))');
  await page.locator('figure[data-editor="hex-id"] [data-code-host]').click();
  await expect(page.locator('figure[data-editor="hex-id"]')).toHaveAttribute('data-state', 'monaco');
  expect(urls.some((u) => /monaco/.test(u))).toBe(true);
});
