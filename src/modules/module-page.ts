/**
 * The module page's client side (static and shared modules alike): fills each item's status
 * from the learner's local progress, draws the progress bar, and builds the completion report.
 * Works on the markup of ModuleView.astro / render-module.ts (data attributes, not classes).
 */
import { loadProgress } from '../lib/progress.ts';
import { dueInstant } from './due.ts';
import { exerciseIds, requiredPasses } from './pass-rule.ts';
import { exerciseProgress, lessonProgress } from './progress-adapter.ts';
import { buildReport, reportFileName } from './report.ts';
import type { ExerciseKind, ModuleData } from './types.ts';

export interface ModulePageData {
  module: ModuleData;
  /** Kind of each exercise of the module, to read answers of the right shape. */
  kinds: Record<string, ExerciseKind>;
  courseVersion: string;
  /** The shared link's query string, for modules opened from a link. */
  link: string | null;
}

const LEARNER_KEY = 'pml:learner-name';
const EXERCISE_TEXT = { passed: 'Passed', attempted: 'Attempted, not passed yet', 'not-started': 'Not started' } as const;
const LESSON_TEXT = { ran: 'Read, examples run', visited: 'Read', 'not-started': 'Not read yet' } as const;

function readProgress(): unknown {
  try {
    return loadProgress();
  } catch {
    return null;
  }
}

export function refreshStatuses(root: HTMLElement, data: ModulePageData): void {
  const progress = readProgress();
  let passed = 0;
  root.querySelectorAll<HTMLElement>('[data-item-id]').forEach((li) => {
    const id = li.dataset.itemId ?? '';
    const statusEl = li.querySelector<HTMLElement>('[data-item-status]');
    if (li.dataset.itemKind === 'exercise') {
      const kind = data.kinds[id];
      const { status } = kind ? exerciseProgress(progress, id, kind) : { status: 'not-started' as const };
      if (status === 'passed') passed++;
      li.dataset.status = status;
      if (statusEl) statusEl.textContent = EXERCISE_TEXT[status];
    } else {
      const { status } = lessonProgress(progress, id);
      li.dataset.status = status;
      if (statusEl) statusEl.textContent = LESSON_TEXT[status];
    }
  });
  const total = exerciseIds(data.module).length;
  const needed = requiredPasses(data.module);
  const bar = root.querySelector<HTMLProgressElement>('[data-module-progress-bar]');
  if (bar) {
    bar.max = Math.max(total, 1);
    bar.value = passed;
  }
  const text = root.querySelector<HTMLElement>('[data-module-progress-text]');
  if (text) {
    const done = passed >= needed && total > 0;
    text.textContent =
      `${passed} of ${total} exercise${total === 1 ? '' : 's'} passed. ` +
      (done ? 'You have completed this module.' : `${needed - passed} more to complete the module.`);
    root.dataset.complete = String(done);
  }
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function initReportForm(root: HTMLElement, data: ModulePageData): void {
  const form = root.querySelector<HTMLFormElement>('[data-report-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="learner"]');
  const status = root.querySelector<HTMLElement>('[data-report-status]');
  if (!form || !input || !status) return;
  try {
    input.value ||= localStorage.getItem(LEARNER_KEY) ?? '';
  } catch {
    // no storage: the learner types their name each time
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const learner = input.value.trim();
    if (!learner) {
      input.setAttribute('aria-invalid', 'true');
      status.textContent = 'Type your name first: your instructor needs it to find your report.';
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    try {
      localStorage.setItem(LEARNER_KEY, learner);
    } catch {
      // not remembered
    }
    const report = buildReport({
      module: data.module,
      exercises: new Map(Object.entries(data.kinds).map(([id, kind]) => [id, { kind }])),
      learner,
      progress: readProgress(),
      courseVersion: data.courseVersion,
      link: data.link,
    });
    const name = reportFileName(report);
    download(name, `${JSON.stringify(report, null, 2)}\n`);
    const submitted = report.exercises.filter((e) => e.answer).length;
    status.textContent = `Downloaded ${name} (${submitted} of ${report.exercises.length} exercises with an answer). Send this file to your instructor.`;
  });
}

/** A note beside the due date once it has passed (in the learner's own time zone). */
function markOverdue(root: HTMLElement, due: string | undefined): void {
  const time = root.querySelector<HTMLTimeElement>('.pml-module__meta time');
  if (!due || !time || Date.now() <= dueInstant(due, new Date().getTimezoneOffset())) return;
  const note = document.createElement('strong');
  note.textContent = ' (the due date has passed)';
  time.after(note);
}

export function initModulePage(root: HTMLElement, data: ModulePageData): void {
  refreshStatuses(root, data);
  markOverdue(root, data.module.due);
  initReportForm(root, data);
  // Coming back from an exercise (bfcache) or another tab: show the latest progress.
  window.addEventListener('pageshow', () => refreshStatuses(root, data));
  window.addEventListener('storage', () => refreshStatuses(root, data));
}

export function readPageData(root: ParentNode): ModulePageData | null {
  const script = root.querySelector<HTMLScriptElement>('script[data-module-json]');
  if (!script?.textContent) return null;
  try {
    return JSON.parse(script.textContent) as ModulePageData;
  } catch {
    return null;
  }
}
