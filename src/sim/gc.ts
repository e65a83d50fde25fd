/**
 * PLACEHOLDER for the generational cycle collector (next wave replaces this file).
 * The heap (heap.ts) keeps what the collector needs: per-generation lists of tracked objects
 * (`generations`), `gcCount`, each object's gc header, and `deallocHooks.contents` / a type's
 * references (tp_traverse). Until then, collect() finds nothing.
 */
import { gcCount, generations } from './heap.ts';

export const gcState = {
  enabled: true,
  thresholds: [700, 10, 10] as [number, number, number],
  debug: 0,
};

/** gc.collect(generation): number of unreachable objects found (placeholder: 0). */
export function collect(generation = 2): number {
  for (let g = 0; g <= generation && g < 3; g++) gcCount[g] = 0;
  if (generation + 1 < 3) gcCount[generation + 1]++;
  // survivors move to the next generation, as in CPython
  const dest = generations[Math.min(generation + 1, 2)];
  for (let g = 0; g <= generation && g < 3; g++) if (generations[g] !== dest) generations[g].mergeInto(dest);
  return 0;
}
