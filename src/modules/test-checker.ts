/**
 * The checker double as a module a grading worker can load (`checkerUrl`), for the pool's tests
 * and for `npm run bench:grade -- --checker double`. `hang-forever` in code hangs the checker
 * itself (a simulator bug the step budget can't stop), which the pool's watchdog must handle;
 * `eat-memory` exhausts the worker's heap.
 */
import type { CheckExercise } from './check-contract.ts';
import { checkDouble } from './test-fixtures.ts';

export const checkExercise: CheckExercise = (exercise, answer, limits) => {
  if (answer.kind === 'code' && answer.code.includes('hang-forever')) for (;;);
  if (answer.kind === 'code' && answer.code.includes('eat-memory')) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(1_000_000).fill(hoard.length));
  }
  return checkDouble(exercise, answer, limits);
};
