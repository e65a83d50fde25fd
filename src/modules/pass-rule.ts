/** The module's passing rule, shared by the module page (browser) and the grader. */
import type { ModuleData } from './types.ts';

export function exerciseIds(module: Pick<ModuleData, 'items'>): string[] {
  return module.items.filter((item) => item.kind === 'exercise').map((item) => item.id);
}

/** How many exercises a learner must pass. */
export function requiredPasses(module: Pick<ModuleData, 'items' | 'pass'>): number {
  const count = exerciseIds(module).length;
  return module.pass.kind === 'all' ? count : Math.min(module.pass.count, count);
}

export function describePassRule(module: Pick<ModuleData, 'items' | 'pass'>): string {
  const count = exerciseIds(module).length;
  const needed = requiredPasses(module);
  if (count === 0) return 'This module has no exercises to pass.';
  return needed === count
    ? `Pass all ${count} exercise${count === 1 ? '' : 's'} to complete the module.`
    : `Pass at least ${needed} of the ${count} exercises to complete the module.`;
}
