import { expect, test, type Page } from '@playwright/test';
import { LESSON, editor, output, setCode } from './helpers.ts';

/**
 * Page security (issue 8): the Content-Security-Policy holds while the site is used, and program
 * output, exception messages, imported progress and exercise answers are shown as text only.
 * Every payload sets `window.__xss`; it must stay undefined and no dialog may open.
 */

/** Records CSP violations and dialogs from the first script of every page on. */
async function watch(page: Page): Promise<{ violations: string[]; dialogs: string[]; console: string[] }> {
  const seen = { violations: [] as string[], dialogs: [] as string[], console: [] as string[] };
  await page.exposeFunction('__pmlCsp', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __pmlCsp(v: string): void }).__pmlCsp(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) seen.console.push(m.text());
  });
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  return seen;
}

const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

test('every page carries a CSP without unsafe-eval or script unsafe-inline', async ({ page }) => {
  for (const path of ['/', LESSON, '/search/', '/modules/', '/map/']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toBeTruthy();
    const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d]));
    expect(directives['script-src']).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(directives['base-uri']).toBe("base-uri 'none'");
    expect(directives['connect-src']).toBe("connect-src 'self'");
    expect(directives['worker-src']).toBe("worker-src 'self'");
  }
});

test('no CSP violation while editing, running, visualizing, checking an exercise and searching', async ({ page }) => {
  test.setTimeout(60_000);
  const seen = await watch(page);
  await page.goto(LESSON);
  const root = editor(page, 'same-object');
  await setCode(page, root, 'a = [1, 2]\nb = a\nprint(a is b)');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(output(root)).toHaveText('True\n');
  // Monaco's suggest widget and hover create styles at run time
  await page.keyboard.press('Control+Space');
  const view = page.locator('[data-heap-view="same-object-heap"]');
  await view.getByRole('button', { name: /Visualize/ }).click();
  await expect(view).toHaveAttribute('data-state', 'traced');
  await view.getByRole('button', { name: 'Next step' }).click();

  await page.goto('/lessons/02-how-objects-are-stored/');
  const ex = page.locator('section[data-exercise-id="refs-alias-mutation"]');
  await setCode(page, ex.locator('figure[data-editor]'), 'print(1)');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).not.toBeEmpty();

  await page.goto('/search/');
  await page.getByRole('searchbox').fill('refcount');
  await page.keyboard.press('Enter');
  await expect(page.locator('main li').first()).toBeVisible();

  expect(seen.violations).toEqual([]);
  expect(seen.console).toEqual([]);
});

test('program output and exception messages are shown as text', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(LESSON);
  const root = editor(page, 'same-object');
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  await setCode(page, root, `print(${JSON.stringify(payload)})\nraise ValueError(${JSON.stringify(payload)})`);
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(output(root)).toContainText(`${payload}\nTraceback`);
  await expect(output(root)).toContainText(`ValueError: ${payload}`);
  await expect(output(root).locator('img, script')).toHaveCount(0);
  // the error line's hover message in the editor is text too
  await expect(root.locator('.monaco-editor img')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await xss(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('a module link with HTML in its title and item ids runs nothing', async ({ page }) => {
  const seen = await watch(page);
  const title = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
  const id = '"><img src=x onerror="window.__xss=3">';
  await page.goto(`/modules/shared/?v=1&t=${encodeURIComponent(title)}&e=${encodeURIComponent(id)}&l=${encodeURIComponent('<svg onload="window.__xss=4">')}`);
  // the page quotes what it was given (JSON-style), as text
  await expect(page.getByRole('alert')).toContainText(JSON.stringify(id));
  await expect(page.locator('main img, main svg[onload], main script:not([type="application/json"])')).toHaveCount(0);
  await page.goto(`/modules/shared/?v=1&t=${encodeURIComponent(title)}&e=refs-fix-grid`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.waitForTimeout(300);
  expect(await xss(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
});

test('an imported progress file with HTML in its code and answers runs nothing', async ({ page }) => {
  const seen = await watch(page);
  const code = '# <img src=x onerror="window.__xss=1">\nprint("</script><script>window.__xss=2</script>")';
  const now = '2026-12-01T10:00:00.000Z';
  const file = {
    format: 'python-memory-lab-progress',
    version: 1,
    exportedAt: now,
    progress: {
      version: 1,
      lessons: { '02-how-objects-are-stored': { visited: now }, '<img src=x onerror="window.__xss=3">': { visited: now } },
      exercises: {
        'refs-alias-mutation': { status: 'attempted', attempts: 1, lastCode: code, lastAnswer: { kind: 'code', code }, passedAt: null, updatedAt: now },
        'refs-nested-alias': { status: 'attempted', attempts: 1, lastAnswer: { kind: 'predict', text: '<img src=x onerror="window.__xss=4">' }, passedAt: null, updatedAt: now },
        '<svg onload="window.__xss=5">': { status: 'passed', attempts: 1, passedAt: now, updatedAt: now },
      },
    },
  };
  await page.goto('/');
  await page.locator('input[data-progress-import]').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('[data-progress-file-status]')).toContainText('Imported:');
  await page.goto('/lessons/02-how-objects-are-stored/');
  const ex = page.locator('section[data-exercise-id="refs-alias-mutation"]');
  await expect(ex.locator('figure[data-editor]')).toContainText('onerror="window.__xss=1"');
  await ex.getByRole('button', { name: 'Run' }).click();
  await expect(ex.locator('[data-output]')).toHaveText('</script><script>window.__xss=2</script>\n');
  await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await xss(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
});

test('an exercise answer with HTML is shown back as text', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/lessons/02-how-objects-are-stored/');
  const ex = page.locator('section[data-exercise-id="refs-nested-alias"]');
  const answer = '<img src=x onerror="window.__xss=1">';
  await ex.getByLabel('Your prediction: what does the program print?').fill(answer);
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('[data-feedback]')).toContainText('Not yet');
  await expect(ex.locator('img')).toHaveCount(0);
  await page.reload();
  await expect(ex.getByLabel('Your prediction: what does the program print?')).toHaveValue(answer);
  await page.waitForTimeout(300);
  expect(await xss(page)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
});

test.describe('unreadable stored progress', () => {
  for (const [name, raw] of [
    ['corrupt', '{"version": 1, "lessons": {'],
    ['old-version', '{"version": 0, "lessons": {}}'],
    ['foreign', '{"<img src=x onerror=window.__xss=1>": true}'],
  ] as const) {
    test(`${name} progress is kept aside, reported, and the page keeps working`, async ({ page }) => {
      const seen = await watch(page);
      await page.addInitScript((v) => {
        if (!sessionStorage.getItem('pml:seeded')) {
          localStorage.setItem('pml:progress', v);
          sessionStorage.setItem('pml:seeded', '1');
        }
      }, raw);
      await page.goto(LESSON);
      const notice = page.locator('[data-progress-notice]');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveAttribute('role', 'alert');
      await expect(notice).toContainText('could not be read');
      await expect(notice).toContainText('pml:progress:unreadable:');
      const kept = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('pml:progress:unreadable:')).map((k) => localStorage.getItem(k)),
      );
      expect(kept).toEqual([raw]);

      // the page works: code runs and progress is recorded again
      const root = editor(page, 'same-object');
      await setCode(page, root, 'print(6 * 7)');
      await root.getByRole('button', { name: 'Run' }).click();
      await expect(output(root)).toHaveText('42\n');

      const download = page.waitForEvent('download');
      await notice.getByRole('button', { name: 'Save the unreadable data as a file' }).click();
      expect((await download).suggestedFilename()).toBe('python-memory-lab-unreadable-progress.txt');

      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
      await page.reload();
      await expect(page.locator('[data-progress-notice]')).toHaveCount(0);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pml:progress') ?? 'null'));
      expect(stored.version).toBe(1);
      expect(await xss(page)).toBeUndefined();
      expect(seen.violations).toEqual([]);
    });
  }
});
