import { expect, test } from '@playwright/test';
import { LESSON, editor, output, setCode } from './helpers.ts';

/**
 * Runaway programs in the browser (issue 8): each is stopped with a clear message, the page answers
 * clicks while the worker is busy, and the learner's code stays in the editor.
 */
const CASES: { name: string; code: string; message: RegExp; status: RegExp; marker: string }[] = [
  { name: 'an endless loop', code: 'n = 0\nwhile True:\n    n += 1', message: /SimulatorLimit: the program ran for more than 1\.5 seconds|SimulatorLimit: the program ran more than \d+ steps/, status: /^Stopped: the (time|step) limit/, marker: 'while True:' },
  { name: 'deep recursion', code: 'def f(n):\n    return f(n + 1)\nf(0)', message: /RecursionError: maximum recursion depth exceeded/, status: /RecursionError/, marker: 'return f(n + 1)' },
  { name: '[0] * 10**9', code: 'big = [0] * 10**9\nprint(len(big))', message: /SimulatorLimit: the program used too much memory and was stopped/, status: /^Stopped: the memory limit/, marker: 'big = [0] * 10**9' },
  { name: 'doubling a list', code: 'x = [0]\nwhile True:\n    x = x + x', message: /SimulatorLimit: the program used too much memory and was stopped/, status: /^Stopped: the memory limit/, marker: 'x = x + x' },
  { name: 'a print flood', code: 'while True:\n    print("spam " * 20)', message: /SimulatorLimit: the program printed more than \d+ characters/, status: /^Stopped: the output limit/, marker: 'print("spam " * 20)' },
];

for (const c of CASES) {
  test(`${c.name} is stopped with a clear message; the page answers meanwhile; the code is kept`, async ({ page }) => {
    await page.goto(LESSON);
    const root = editor(page, 'same-object');
    await setCode(page, root, c.code);
    const started = Date.now();
    await root.getByRole('button', { name: 'Run' }).click();

    // the main thread is free while the worker works: another editor's Reset answers at once
    const other = editor(page, 'hex-id');
    await other.getByRole('button', { name: 'Reset' }).click();
    await expect(other.locator('[data-status]')).toHaveText('Reset to the lesson’s code.', { timeout: 1000 });

    await expect(root.locator('[data-status]')).toHaveText(c.status, { timeout: 15_000 });
    await expect(output(root)).toContainText(c.message);
    // a generous bound for a loaded 2-core machine; the simulator's own budget is checked in src/fuzz/limits.test.ts
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(root.locator('.monaco-editor')).toContainText(c.marker);
    await expect(root.getByRole('button', { name: 'Run' })).toBeEnabled();
  });
}
