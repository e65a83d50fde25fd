/** The Export / Import progress buttons (ExerciseProgressFile.astro). */
import { loadEdits, saveEdits } from '../edits-store.ts';
import { loadProgress, saveProgress } from '../progress.ts';
import { readEntries } from './entry.ts';
import { importProgressFile, progressFileName, progressFileText } from './progress-file.ts';
import { CHECKED_EVENT } from './events.ts';

export function initProgressFile(): void {
  document.querySelectorAll<HTMLElement>('[data-progress-file]').forEach((root) => {
    const status = root.querySelector<HTMLElement>('[data-progress-file-status]')!;
    root.querySelector('[data-progress-export]')?.addEventListener('click', () => {
      const now = new Date().toISOString();
      const blob = new Blob([progressFileText(loadProgress(), now)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = progressFileName(now);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      status.textContent = `Your progress was saved as ${link.download}.`;
    });
    const input = root.querySelector<HTMLInputElement>('[data-progress-import]');
    input?.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      const result = importProgressFile(await file.text(), loadProgress());
      if (!result.ok) {
        status.textContent = result.error;
        status.dataset.result = 'failed';
        return;
      }
      if (!saveProgress(result.progress)) {
        status.textContent = 'This browser could not store the imported progress. Nothing was changed.';
        status.dataset.result = 'failed';
        return;
      }
      // a code exercise's editor opens with the imported code unless this browser has its own
      for (const [id, entry] of Object.entries(readEntries(result.progress.exercises))) {
        const key = `exercise:${id}`;
        if (entry.lastCode !== undefined && loadEdits(key) === null) saveEdits(key, entry.lastCode.replace(/\s+$/, ''), '');
      }
      const skipped = result.skipped > 0 ? ` ${result.skipped} damaged entries were left out.` : '';
      status.textContent = `Imported: ${result.lessons} lessons and ${result.exercises} exercises merged into your progress.${skipped}`;
      status.dataset.result = 'passed';
      document.dispatchEvent(new CustomEvent(CHECKED_EVENT, { detail: { id: null, passed: false } }));
    });
  });
}
