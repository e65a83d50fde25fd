/** Shows the stored progress on links and summaries that ask for it through data attributes. */
import { loadProgress, markLessonVisited } from './progress.ts';

export function initProgressMarks(): void {
  markLessonVisited(location.pathname);
  const { lessons } = loadProgress();
  document.querySelectorAll<HTMLElement>('[data-lesson-progress]').forEach((el) => {
    const entry = lessons[el.dataset.lessonProgress ?? ''];
    if (!entry) return;
    el.dataset.progress = entry.ran ? 'ran' : 'visited';
    const mark = document.createElement('span');
    mark.className = 'progress-mark';
    mark.textContent = entry.ran ? ' (examples run)' : ' (visited)';
    el.append(mark);
  });
  const summary = document.querySelector<HTMLElement>('[data-progress-summary]');
  if (summary) {
    const ids = (summary.dataset.progressSummary ?? '').split(' ').filter(Boolean);
    const visited = ids.filter((id) => lessons[id]).length;
    summary.textContent =
      visited === 0
        ? `You haven’t opened a lesson yet: ${ids.length} lessons are waiting.`
        : `You have opened ${visited} of ${ids.length} lessons.`;
  }
}
