import { expect, test } from '@playwright/test';

test('search finds the lesson by a word of its text', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Words to look for').fill('hexadecimal');
  await page.getByRole('button', { name: 'Search' }).click();
  const hit = page.locator('[data-search-results] a[href="/lessons/01-variables-are-references/"]');
  await expect(hit).toHaveText('Variables are references');
  await expect(page.locator('[data-search-results] mark').first()).toHaveText(/hexadecimal/i);
  await hit.click();
  await expect(page).toHaveURL(/\/lessons\/01-variables-are-references\/$/);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzzqqqxxx');
  await expect(page.getByRole('status')).toHaveText('No lesson mentions “zzzqqqxxx”.');
});
