import { expect, test } from '@playwright/test';
import { LESSON, editor, output, setCode } from './helpers.ts';

// The watchdog is the backstop: a wall-clock limit below the simulator's own (1.5 s, counted from
// the run's start in the worker) and a huge step budget make it, not the simulator, stop the loop
// — a real termination of a real busy worker. (With both at 1.5 s, a loaded machine let the
// simulator's clock win the race once.)
test('the watchdog stops an endless loop; the page keeps answering and the code is kept', async ({ page }) => {
  await page.goto(`${LESSON}?timeLimit=800&stepBudget=1000000000000`);
  const root = editor(page, 'same-object');
  await setCode(page, root, 'n = 0\nwhile True:\n    n += 1');
  const started = Date.now();
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(root).toHaveAttribute('data-running', 'true');

  // While the worker spins, the page still answers: another editor's Reset works at once.
  const other = editor(page, 'hex-id');
  await other.getByRole('button', { name: 'Reset' }).click();
  await expect(other.locator('[data-status]')).toHaveText('Reset to the lesson’s code.', { timeout: 500 });

  await expect(output(root)).toContainText('Stopped: the program ran for more than 0.8 s', { timeout: 5000 });
  expect(Date.now() - started).toBeLessThan(5000);
  await expect(root).toHaveAttribute('data-outcome', 'timeout');
  await expect(root.locator('.monaco-editor')).toContainText('while True:');

  // A fresh worker takes over: the next run works.
  await setCode(page, root, 'print("still alive")');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(root).not.toHaveAttribute('data-outcome', 'timeout');
});

test('the simulator’s step budget stops `while True: pass` with a clear message', async ({ page }) => {
  await page.goto(LESSON);
  const root = editor(page, 'same-object');
  await setCode(page, root, 'while True: pass');
  await root.getByRole('button', { name: 'Run' }).click();
  await expect(root).toHaveAttribute('data-outcome', /limit|timeout/, { timeout: 8000 });
  await expect(root.locator('[data-status]')).toHaveText(/Stopped/);
  await expect(output(root)).not.toBeEmpty();
});
