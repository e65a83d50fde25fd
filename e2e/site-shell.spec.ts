import { expect, test } from '@playwright/test';
import { LESSON } from './helpers.ts';

test('home → start → lessons in order with previous/next links', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));

  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  const links = sidebar.getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs[0]).toBe(LESSON);
  expect(hrefs).toEqual([...hrefs].sort()); // NN- prefixes follow `order`
  await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute('href', LESSON);

  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  await pager.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(hrefs[1]!);
  await page.getByRole('navigation', { name: 'Previous and next lesson' }).locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(LESSON);
});

test('the home page shows progress at a glance', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-progress-summary]')).toContainText('You haven’t opened a lesson yet');
  await page.goto(LESSON);
  await page.goto('/');
  await expect(page.locator('[data-progress-summary]')).toContainText(/You have opened 1 of \d+ lessons/);
  await expect(page.locator(`a[href="${LESSON}"]`).last()).toHaveAttribute('data-progress', 'visited');
});

test('the course map lists every lesson with its exercises', async ({ page }) => {
  await page.goto('/map/');
  const items = page.locator('.course-map__item');
  expect(await items.count()).toBeGreaterThanOrEqual(1);
  await expect(items.first().getByRole('link')).toHaveAttribute('href', LESSON);
});

test('themes follow the OS setting', async ({ browser }) => {
  const colours: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(LESSON);
    colours.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
    await context.close();
  }
  expect(colours[0]).toBe('rgb(255, 255, 255)');
  expect(colours[1]).toBe('rgb(13, 17, 23)');
});

test('on a phone the lesson fits the screen and the lesson list follows the article', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(LESSON);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const article = (await page.locator('article').boundingBox())!;
  const sidebar = (await page.getByRole('navigation', { name: 'Lessons' }).boundingBox())!;
  expect(sidebar.y).toBeGreaterThan(article.y + article.height - 1);
  await page.getByRole('link', { name: 'All lessons' }).tap();
  await expect(page).toHaveURL(/#lessons$/);
  await context.close();
});
