/**
 * Tells the learner when their stored progress could not be read (damaged, truncated, from another
 * version or not ours): it was set aside by loadProgress() under a backup key, and this notice says
 * so, offers the raw data as a file, and goes away when dismissed. Built with DOM APIs only: the
 * stored text is untrusted and is never parsed as HTML.
 */
import { acknowledgeSetAside, loadProgress, setAsideProgress } from './progress.ts';

function readBackup(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function initProgressNotice(): void {
  loadProgress(); // sets a bad value aside, if there is one
  const backups = setAsideProgress();
  if (backups.length === 0 || document.querySelector('[data-progress-notice]')) return;

  const box = document.createElement('div');
  box.className = 'progress-notice';
  box.dataset.progressNotice = '';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent =
    'Your saved progress in this browser could not be read (it was damaged, cut short, or written by another version), ' +
    'so progress starts afresh. Nothing was thrown away: the unreadable data is kept in this browser’s storage under ' +
    `${backups.join(', ')}.`;
  const actions = document.createElement('p');
  const save = document.createElement('button');
  save.type = 'button';
  save.className = 'pml-button';
  save.textContent = 'Save the unreadable data as a file';
  save.addEventListener('click', () => {
    const raw = backups.map((key) => readBackup(key) ?? '').join('\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([raw], { type: 'text/plain' }));
    link.download = 'python-memory-lab-unreadable-progress.txt';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'pml-button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => {
    acknowledgeSetAside();
    box.remove();
  });
  actions.append(save, ' ', dismiss);
  box.append(text, actions);
  const main = document.querySelector('main');
  if (main) main.prepend(box);
  else document.body.prepend(box);
}
