/**
 * The only heap-view code a page loads up front (a few hundred bytes): the island itself (layout
 * library, drawing, ~25 KB gzip) is imported when the learner asks for a trace, or at once for a
 * view marked `autoplay`.
 */
function start(root: HTMLElement, record: boolean): void {
  void import('./island.ts').then((m) => m.initHeapView(root, record));
}

export function bootHeapViews(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-heap-view]')) {
    if (root.dataset.booted === 'true') continue;
    root.dataset.booted = 'true';
    if (root.dataset.autoplay === 'true') {
      start(root, true);
      continue;
    }
    root.querySelector('[data-trace]')?.addEventListener('click', () => start(root, true), { once: true });
  }
}
