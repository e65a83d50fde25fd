/**
 * Contract between a HeapView in pick mode (`pickLine`, a `pick: heap` choose exercise) and the
 * Exercise island: the view keeps `data-picks` on its root (JSON list of indices into the marked
 * step's candidates, see src/checks/heap-candidates.ts) and dispatches this event, bubbling, with
 * detail `{ picks: number[] }` whenever they change. Separate from island.ts so the exercise need
 * not load the view's code.
 */
export const PICKS_EVENT = 'pml:heap-picks';

export interface PicksDetail {
  picks: number[];
}

/** The picks a view published (or, with `restorePicks`, the ones it is to restore), or []. */
export function readPicks(view: Element | null, key: 'picks' | 'restorePicks' = 'picks'): number[] {
  const raw = view instanceof HTMLElement ? view.dataset[key] : undefined;
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}
