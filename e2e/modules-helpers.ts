import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WEEK1 = '/modules/week-1-references/';

/** Progress as the exercise checker stores it (src/lib/progress.ts, `progress.exercises[id]`). */
export function progressWith(exercises: Record<string, { status: 'passed' | 'attempted'; code?: string; choice?: number }>): string {
  const now = '2026-12-01T10:00:00.000Z';
  const entries = Object.fromEntries(
    Object.entries(exercises).map(([id, e]) => [
      id,
      {
        status: e.status,
        attempts: 1,
        lastCode: e.code,
        lastAnswer: e.code !== undefined ? { kind: 'code', code: e.code } : e.choice !== undefined ? { kind: 'choose', choice: [e.choice] } : undefined,
        passedAt: e.status === 'passed' ? now : null,
        updatedAt: now,
      },
    ]),
  );
  return JSON.stringify({ version: 1, lessons: { '01-variables-are-references': { visited: now } }, exercises: entries });
}

export async function seedProgress(page: Page, value: string): Promise<void> {
  await page.addInitScript((v) => {
    if (!sessionStorage.getItem('pml:seeded')) {
      localStorage.setItem('pml:progress', v);
      sessionStorage.setItem('pml:seeded', '1');
    }
  }, value);
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails the test if the page ever opens a dialog or runs an injected script. */
export async function trapScripts(page: Page): Promise<string[]> {
  const events: string[] = [];
  page.on('dialog', async (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.exposeFunction('__pmlInjected', (what: string) => events.push(`script ran: ${what}`));
  return events;
}
