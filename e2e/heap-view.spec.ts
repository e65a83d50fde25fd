import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSON, editor, setCode } from './helpers.ts';

/** The article's Students/Boys example (lines numbered for the assertions below). */
const STUDENTS_BOYS = [
  'import gc',
  'class Students:',
  '    def __init__(self):',
  '        self.boys = Boys(self)',
  'class Boys:',
  '    def __init__(self, students):',
  '        self.students = students',
  'gc.disable()',
  'students = Students()',
  'students = None',
  'n = gc.collect()',
  "print('collected', n)",
].join('\n');

function heapView(page: Page): Locator {
  return page.locator('[data-heap-view="same-object-heap"]');
}

/** Press "Next step" until the text description starts with `pattern`. */
async function stepUntil(view: Locator, pattern: RegExp): Promise<void> {
  const description = view.locator('[data-description]');
  for (let i = 0; i < 200; i++) {
    if (pattern.test((await description.textContent()) ?? '')) return;
    await view.getByRole('button', { name: 'Next step' }).click();
  }
  throw new Error(`never reached ${pattern}`);
}

test('the heap view steps through the Students/Boys cycle and its collection', async ({ page }, testInfo) => {
  await page.goto(LESSON);
  await setCode(page, editor(page, 'same-object'), STUDENTS_BOYS);
  const view = heapView(page);
  await view.getByRole('button', { name: /Visualize/ }).click();
  await expect(view).toHaveAttribute('data-state', 'traced');
  const description = view.locator('[data-description]');
  await expect(description).toContainText('Step 1 of');

  // the step after `students = None`: the two instances are alive, unreachable, one reference each
  await stepUntil(view, /Next line to run: line 11, n = gc\.collect\(\)/);
  const cycle = view.locator('.hv-obj.hv-unreachable');
  await expect(cycle).toHaveCount(2);
  for (const obj of await cycle.all()) await expect(obj).toHaveAttribute('aria-label', /reference count 1, .*unreachable/);
  await expect(view.locator('.hv-obj.hv-unreachable[aria-label^="Students object"]')).toHaveCount(1);
  await expect(view.locator('.hv-obj.hv-unreachable[aria-label^="Boys object"]')).toHaveCount(1);
  await expect(description).toContainText(/Students object at 0x[0-9a-f]+, reference count 1, unreachable but still alive/);
  await expect(description).toContainText(/Boys object at 0x[0-9a-f]+, reference count 1, unreachable but still alive/);
  await expect(description).toContainText('a cycle awaiting the garbage collector');

  // the refcount of one of them, explained
  await view.locator('.hv-obj.hv-unreachable[aria-label^="Students object"]').click();
  await expect(view.locator('[data-explain]')).toContainText('.students of Boys');
  await expect(view.locator('[data-explain]')).toContainText('Total: 1, every reference accounted for.');
  await view.locator('[data-stage]').screenshot({ path: testInfo.outputPath('heap-view-cycle.png') });
  await testInfo.attach('heap-view-cycle', { path: testInfo.outputPath('heap-view-cycle.png'), contentType: 'image/png' });

  // into gc.collect(): after subtract_refs nothing outside refers to the two instances
  await stepUntil(view, /Inside gc\.collect\(\) on line 11: phase subtract_refs/);
  await expect(view.locator('[data-phase]')).toContainText('subtract_refs');
  await expect(view.locator('.hv-obj[aria-label^="Students object"]')).toHaveAttribute('aria-label', /gc_refs 0/);
  await expect(view.locator('.hv-obj[aria-label^="Boys object"]')).toHaveAttribute('aria-label', /gc_refs 0/);
  await stepUntil(view, /phase move_unreachable/);
  await view.locator('[data-stage]').screenshot({ path: testInfo.outputPath('heap-view-gc.png') });
  await testInfo.attach('heap-view-gc', { path: testInfo.outputPath('heap-view-gc.png'), contentType: 'image/png' });

  // then the cycle is gone
  await stepUntil(view, /Next line to run: line 12/);
  await expect(view.locator('.hv-obj.hv-unreachable')).toHaveCount(0);
  await expect(view.locator('.hv-obj[aria-label^="Students object"], .hv-obj[aria-label^="Boys object"]')).toHaveCount(0);
  await expect(description).not.toContainText('Students object');
  await expect(description).not.toContainText('unreachable');
  await view.locator('[data-stage]').screenshot({ path: testInfo.outputPath('heap-view-collected.png') });
  await testInfo.attach('heap-view-collected', { path: testInfo.outputPath('heap-view-collected.png'), contentType: 'image/png' });
});

test('the heap view is keyboard operable and shows the output up to the step', async ({ page }) => {
  await page.goto(LESSON);
  const view = heapView(page);
  const visualize = view.getByRole('button', { name: /Visualize/ });
  await visualize.focus();
  await page.keyboard.press('Enter');
  await expect(view).toHaveAttribute('data-state', 'traced');
  const description = view.locator('[data-description]');
  await expect(description).toContainText('Step 1 of');
  await page.keyboard.press('End');
  await expect(description).toContainText('The program has finished.');
  await expect(view.locator('[data-output]')).toHaveText('True\nTrue\nFalse 10 11\n');
  await page.keyboard.press('Home');
  await expect(description).toContainText('Step 1 of');
  await expect(view.locator('[data-output]')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(description).toContainText('Step 2 of');
  await expect(description).toContainText('num refers to int 10');
  // the editor marks the line about to run (line 2: `print(id(num) == id(10))`) and only that line
  const sameObject = page.locator('figure[data-editor="same-object"]');
  await expect(sameObject).toHaveAttribute('data-trace-line', '2');
  await expect(sameObject.locator('.pml-trace-line')).toHaveCount(1);
  // every control has a name
  for (const name of ['First step', 'Previous step', 'Next step', 'Last step', 'Step', 'Hide cached objects']) {
    await expect(view.getByLabel(name, { exact: true }).or(view.getByRole('button', { name, exact: true }))).toHaveCount(1);
  }
  // cached objects (the small ints) can be shown
  await expect(view.locator('.hv-obj.hv-cached')).toHaveCount(0);
  await view.getByLabel('Hide cached objects').uncheck();
  await expect(view.locator('.hv-obj.hv-cached').first()).toBeVisible();
  // the drawn view, with an object selected and its count explained, passes axe too
  await view.locator('.hv-obj').first().click();
  await expect(view.locator('[data-explain]')).toContainText('Total:');
  const scan = await new AxeBuilder({ page }).include('[data-heap-view]').analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the line a step marks on the static code stays marked when Monaco takes over', async ({ page }) => {
  await page.goto(LESSON);
  const view = heapView(page);
  await view.getByRole('button', { name: /Visualize/ }).focus();
  await page.keyboard.press('Enter'); // the keyboard alone does not load Monaco
  await expect(view).toHaveAttribute('data-state', 'traced');
  await page.keyboard.press('ArrowRight');
  const sameObject = editor(page, 'same-object');
  await expect(sameObject).toHaveAttribute('data-trace-line', '2');
  await expect(sameObject.locator('.pml-trace-line')).toHaveCount(1);
  await sameObject.locator('[data-code-host]').click();
  await expect(sameObject).toHaveAttribute('data-state', 'monaco');
  await expect(sameObject.locator('.monaco-editor .pml-trace-line')).toHaveCount(1);
  await expect(sameObject).toHaveAttribute('data-trace-line', '2');
});

test('"why is it 3?": inside sys.getrefcount every reference is listed, the argument included', async ({ page }) => {
  await page.goto(LESSON);
  await setCode(page, editor(page, 'same-object'), 'import sys\na = []\nb = a\nprint(sys.getrefcount(a))');
  const view = heapView(page);
  await view.getByRole('button', { name: /Visualize/ }).click();
  await expect(view).toHaveAttribute('data-state', 'traced');
  await page.keyboard.press('End');
  const printed = Number((await view.locator('[data-output]').textContent())?.trim());
  expect(printed).toBeGreaterThan(0);
  await view.getByRole('button', { name: 'First step' }).click();
  await stepUntil(view, /Inside sys\.getrefcount\(\) on line 4/);
  await view.locator('.hv-obj[aria-label^="list object"]').click();
  const explain = view.locator('[data-explain]');
  await expect(explain).toContainText("name 'a' in the module (global)");
  await expect(explain).toContainText("name 'b' in the module (global)");
  await expect(explain).toContainText('the first argument of sys.getrefcount()');
  // the same number the program printed
  await expect(explain).toContainText(`Total: ${printed}, every reference accounted for.`);
});

test("the caller's evaluation stack: print(a, sys.getrefcount(a)) holds a while getrefcount runs", async ({ page }) => {
  await page.goto(LESSON);
  await setCode(page, editor(page, 'same-object'), 'import sys\na = []\nprint(a, sys.getrefcount(a))');
  const view = heapView(page);
  await view.getByRole('button', { name: /Visualize/ }).click();
  await expect(view).toHaveAttribute('data-state', 'traced');
  await page.keyboard.press('End');
  const printed = Number((await view.locator('[data-output]').textContent())?.trim().split(' ').pop());
  expect(printed).toBe(3);
  await view.getByRole('button', { name: 'First step' }).click();
  await stepUntil(view, /Inside sys\.getrefcount\(\) on line 3/);
  await view.locator('.hv-obj[aria-label^="list object"]').click();
  const explain = view.locator('[data-explain]');
  await expect(explain).toContainText("name 'a' in the module (global)");
  await expect(explain).toContainText('the first argument of print(), held by the caller while the call runs');
  await expect(explain).toContainText('the first argument of sys.getrefcount()');
  await expect(explain).toContainText('Total: 3, every reference accounted for.');
  // the text description names the same references
  await expect(view.locator('[data-description]')).toContainText('has reference count 3');
});
