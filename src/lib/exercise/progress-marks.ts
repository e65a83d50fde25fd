/**
 * Exercise progress on the pages that list lessons (home page, lesson sidebar): an element with
 * `data-lesson-exercises="id id …"` gets "n of m exercises solved"; one with
 * `data-exercise-summary="id id …"` gets a sentence for the whole course. Updated after every check.
 */
import { loadProgress } from '../progress.ts';
import { readEntries } from './entry.ts';
import { CHECKED_EVENT } from './events.ts';

function ids(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

function render(): void {
  const entries = readEntries(loadProgress().exercises);
  const solved = (list: string[]) => list.filter((id) => entries[id]?.status === 'passed').length;
  document.querySelectorAll<HTMLElement>('[data-lesson-exercises]').forEach((el) => {
    const list = ids(el.dataset.lessonExercises);
    if (list.length === 0) return;
    const n = solved(list);
    let mark = el.querySelector<HTMLElement>(':scope > .exercise-mark');
    if (!mark) {
      mark = document.createElement('span');
      mark.className = 'exercise-mark';
      el.append(mark);
    }
    el.dataset.exercisesSolved = String(n);
    el.dataset.exercisesDone = String(n === list.length);
    mark.textContent = n === list.length ? ` (all ${list.length} exercises solved ✓)` : ` (${n} of ${list.length} exercises solved)`;
  });
  const summary = document.querySelector<HTMLElement>('[data-exercise-summary]');
  if (summary) {
    const list = ids(summary.dataset.exerciseSummary);
    const n = solved(list);
    const tried = list.filter((id) => entries[id] !== undefined).length;
    summary.textContent =
      tried === 0
        ? `${list.length} exercises are waiting for you in the lessons.`
        : `You have solved ${n} of ${list.length} exercises${tried > n ? ` and started ${tried - n} more` : ''}.`;
  }
}

export function initExerciseMarks(): void {
  render();
  document.addEventListener(CHECKED_EVENT, render);
}
